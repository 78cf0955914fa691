import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage } from "./fetch-page";
import { startPageServer, type PageServer } from "./page-server";
import { isAppError } from "../lib/errors";

let server: PageServer;
let other: PageServer;
beforeAll(async () => {
  other = await startPageServer();
  // The private redirect goes to a second local server that is NOT allow-listed: loopback, so refused.
  server = await startPageServer(`${other.origin}/news`);
});
afterAll(async () => {
  await server.close();
  await other.close();
});

const allowed = () => ({ allowHosts: [server.hostPort] });

/** The refusal's reason and message, or a failure when the fetch succeeded. */
async function refusal(promise: Promise<unknown>): Promise<{ reason: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error) && error.code === "invalid") return { reason: (error.details as { reason: string }).reason, message: error.message };
    throw error;
  }
  throw new Error("the fetch was not refused");
}

describe("fetchPage against a local server", () => {
  it("fetches a news page (allow-listed for the test), decoded, with its bytes and no cookie or credential sent", async () => {
    const page = await fetchPage(`${server.origin}/news`, allowed());
    expect(page.contentType).toBe("text/html");
    expect(page.text).toContain("Kirby warns on air defense");
    expect(page.bytes.length).toBeGreaterThan(1000);
    const headers = JSON.parse((await fetchPage(`${server.origin}/headers`, allowed())).text) as Record<string, string>;
    expect(Object.keys(headers).sort()).toEqual(["accept", "accept-encoding", "connection", "host", "user-agent"]);
  });

  it("decodes the charset the server names", async () => {
    expect((await fetchPage(`${server.origin}/latin1`, allowed())).text).toBe("<p>Café crème</p>");
  });

  it("follows a redirect chain of up to 5 by hand, and refuses a longer one", async () => {
    expect((await fetchPage(`${server.origin}/chain?n=4`, allowed())).url).toBe(`${server.origin}/news`);
    expect(await refusal(fetchPage(`${server.origin}/chain?n=5`, allowed()))).toMatchObject({ reason: "too_many_redirects" });
  });

  it("checks every redirect: one to a private address is refused", async () => {
    const { reason, message } = await refusal(fetchPage(`${server.origin}/redirect-private`, allowed()));
    expect(reason).toBe("port"); // a non-default port on a host not allow-listed
    expect(message).toMatch(/standard port/);
    const toLoopback = await startPageServer("http://127.0.0.1/news");
    try {
      expect(await refusal(fetchPage(`${toLoopback.origin}/redirect-private`, { allowHosts: [toLoopback.hostPort] }))).toEqual({
        reason: "private_address",
        message: "127.0.0.1 is this machine (loopback); Claimlens only fetches pages from public addresses.",
      });
    } finally {
      await toLoopback.close();
    }
  });

  it("stops reading an oversize body while it streams", async () => {
    expect(await refusal(fetchPage(`${server.origin}/oversize`, allowed()))).toMatchObject({ reason: "too_large", message: expect.stringMatching(/larger than 5 MB/) });
  });

  it("gives up on a slow body at the deadline", async () => {
    expect(await refusal(fetchPage(`${server.origin}/slow`, { ...allowed(), timeoutMs: 300 }))).toMatchObject({ reason: "timeout" });
  });

  it("refuses a PDF and a missing page", async () => {
    expect(await refusal(fetchPage(`${server.origin}/pdf`, allowed()))).toEqual({
      reason: "content_type",
      message: "The address holds application/pdf, not a web page: only HTML and plain text can be imported.",
    });
    expect(await refusal(fetchPage(`${server.origin}/nothing`, allowed()))).toMatchObject({ reason: "http_status", message: expect.stringMatching(/answered 404/) });
  });

  it("refuses the local server itself when it is not allow-listed (the guard is on by default)", async () => {
    expect(await refusal(fetchPage(`${server.origin}/news`))).toMatchObject({ reason: "port" });
    expect(await refusal(fetchPage("http://127.0.0.1/news"))).toMatchObject({ reason: "private_address" });
  });

  it("refuses a name that resolves to a private address, and pins the connection to the address it checked", async () => {
    const resolve = async () => [{ address: "10.1.2.3", family: 4 }];
    expect(await refusal(fetchPage("http://intranet.example/", { resolve }))).toEqual({
      reason: "private_address",
      message: "intranet.example (10.1.2.3) is a private network; Claimlens only fetches pages from public addresses.",
    });
    // A name allow-listed for tests, resolved once to the local server: the request reaches the pinned address.
    const [, port] = server.hostPort.split(":");
    let lookups = 0;
    const page = await fetchPage(`http://pages.test:${port}/news`, {
      allowHosts: [`pages.test:${port}`],
      resolve: async () => {
        lookups++;
        return [{ address: "127.0.0.1", family: 4 }];
      },
    });
    expect(page.text).toContain("Kirby");
    expect(lookups).toBe(1);
  });
});
