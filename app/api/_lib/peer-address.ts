import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { clientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";

/**
 * The socket address of a request, for the sign-in limit. Next.js gives route handlers a `Request` without its
 * socket, and `next start` only fills in `X-Forwarded-For` when the client did not send one, so neither can be
 * believed. Instead, as each request reaches Node's HTTP server (the `http.server.request.start` diagnostics
 * channel, which runs before Next.js sees the request), its peer address is written into a header of our own,
 * replacing any the client sent, together with a secret made at start and known only to this process: a client
 * cannot forge a header that carries it. A request without it (one that arrived before the server finished
 * starting, or a test) has no known peer.
 */

export const PEER_HEADER = "x-claimlens-peer";

type Globals = { [key: symbol]: string | boolean | undefined };
const SECRET = Symbol.for("claimlens.peerSecret");
const STAMPING = Symbol.for("claimlens.peerStamping");

/** The process's secret (shared by every bundle of the app in it through `globalThis`). */
function secret(): string {
  const globals = globalThis as unknown as Globals;
  globals[SECRET] ??= randomBytes(24).toString("base64url");
  return globals[SECRET] as string;
}

/** Starts writing each request's peer address into PEER_HEADER (once per process; instrumentation.ts calls it). */
export function stampPeerAddresses(): void {
  const globals = globalThis as unknown as Globals;
  if (globals[STAMPING]) return;
  globals[STAMPING] = true;
  const key = secret();
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = `${key} ${socket.remoteAddress ?? "unknown"}`;
  });
}

/** The headers a request from `address` carries once stamped: for tests, which call route handlers directly. */
export function peerHeaders(address: string): Record<string, string> {
  return { [PEER_HEADER]: `${secret()} ${address}` };
}

/** The stamped peer address of a request, or null when it was not stamped by this process. */
export function peerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_HEADER);
  const prefix = `${secret()} `;
  return value?.startsWith(prefix) ? value.slice(prefix.length) : null;
}

/** Who a request comes from, for counting: its peer, or behind trusted proxies the client they forwarded for. */
export function requestAddress(request: Request): string {
  return clientAddress(
    { peer: peerAddress(request.headers), forwardedFor: request.headers.get("x-forwarded-for"), realIp: request.headers.get("x-real-ip") },
    env().trustedProxies,
  );
}
