import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, servedOverHttps } from "./security-headers";

describe("security headers", () => {
  it("give a page a script policy bound to its nonce, and no frame, base or plugin", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", https: false, development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", https: false, development: true })).toMatch(/'unsafe-eval'.*connect-src 'self' ws: wss:/);
  });

  it("give the API and files a policy that allows nothing", () => {
    expect(contentSecurityPolicy({ https: false, development: false })).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });

  it("add HSTS and upgrade-insecure-requests over https only", () => {
    expect(securityHeaders({ nonce: "n", https: false, development: false })).not.toHaveProperty("strict-transport-security");
    const https = securityHeaders({ nonce: "n", https: true, development: false });
    expect(https).toMatchObject({ "strict-transport-security": "max-age=31536000", "x-content-type-options": "nosniff", "x-frame-options": "DENY" });
    expect(https["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("tell https from the configured address or the first forwarded protocol", () => {
    expect(servedOverHttps("https://claims.example.org", null)).toBe(true);
    expect(servedOverHttps("http://localhost:3000", null)).toBe(false);
    expect(servedOverHttps(undefined, "https, http")).toBe(true);
    expect(servedOverHttps(undefined, "http")).toBe(false);
    expect(servedOverHttps(undefined, null)).toBe(false);
  });

  it("make a different 128-bit nonce each time", () => {
    const [a, b] = [newNonce(), newNonce()];
    expect(a).not.toBe(b);
    expect(atob(a)).toHaveLength(16);
  });
});
