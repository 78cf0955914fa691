import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { PEER_HEADER, peerAddress, stampPeerAddresses } from "./peer-address";

/** Sends a request with `headers` to a Node HTTP server and answers what the handler saw as the peer address. */
async function seenPeer(headers: Record<string, string>): Promise<string | null> {
  const server = createServer((req, res) => {
    const seen = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])));
    res.end(JSON.stringify(peerAddress(seen)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, headers }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve(JSON.parse(body) as string | null));
      });
      req.on("error", reject);
      req.end();
    });
  } finally {
    server.close();
  }
}

describe("the socket address of a request", () => {
  it("is unknown until stamping starts, whatever the client sends", async () => {
    expect(await seenPeer({ [PEER_HEADER]: "anything 198.51.100.1" })).toBeNull();
  });

  it("is the socket's peer once stamped, replacing a header the client forged", async () => {
    stampPeerAddresses();
    expect(await seenPeer({})).toBe("127.0.0.1");
    expect(await seenPeer({ [PEER_HEADER]: "forged 198.51.100.1", "x-forwarded-for": "198.51.100.2" })).toBe("127.0.0.1");
  });
});
