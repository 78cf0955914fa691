import { describe, expect, it } from "vitest";
import { sameSiteOrigins } from "./origins";

const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe("sameSiteOrigins", () => {
  it("is the site as the request reached it", () => {
    expect([...sameSiteOrigins(request("http://127.0.0.1:3100/api/x", { host: "127.0.0.1:3100" }), undefined)]).toEqual(["http://127.0.0.1:3100"]);
  });

  it("adds the configured public address and a proxy's forwarded host", () => {
    const origins = sameSiteOrigins(
      request("http://10.0.0.5:3000/api/x", { host: "10.0.0.5:3000", "x-forwarded-host": "claims.example.org", "x-forwarded-proto": "https" }),
      "https://claims.example.org/",
    );
    expect(origins.has("https://claims.example.org")).toBe(true);
    expect(origins.has("http://10.0.0.5:3000")).toBe(true);
    expect(origins.has("https://evil.example")).toBe(false);
  });
});
