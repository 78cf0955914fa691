import { BlockList, isIP } from "node:net";

/**
 * Who is signing in, as an address to count attempts by. The socket's peer is the only address a client cannot
 * choose; `X-Forwarded-For` and `X-Real-IP` are read only when that peer is one of the proxies the operator
 * trusts (`CLAIMLENS_TRUSTED_PROXIES`), and then from the right: each trusted proxy appends the address it was
 * reached from, so the right-most address that is not a trusted proxy is the client. What a client writes
 * further left (any number of made-up addresses) is never reached.
 */

/** The proxies whose forwarded headers are believed: addresses and CIDR ranges, IPv4 or IPv6. */
export interface TrustedProxies {
  list: BlockList;
  /** As configured, for messages. */
  entries: string[];
}

/** An IPv4 address written as IPv6 (`::ffff:10.0.0.1`, as dual-stack sockets give it) in its IPv4 form. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

/**
 * Reads `CLAIMLENS_TRUSTED_PROXIES`: comma-separated addresses and CIDR ranges (`10.0.0.1, 172.16.0.0/12,
 * fd00::/8`). Returns the problems instead when an entry is neither.
 */
export function parseTrustedProxies(value: string | undefined): { proxies: TrustedProxies; problems: string[] } {
  const list = new BlockList();
  const entries = (value ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  const problems: string[] = [];
  for (const entry of entries) {
    const [address = "", prefix, extra] = entry.split("/");
    const ip = normaliseAddress(address);
    const family = isIP(ip);
    const bits = family === 4 ? 32 : 128;
    const length = prefix === undefined ? bits : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (family === 0 || extra !== undefined || !(length >= 0 && length <= bits)) {
      problems.push(`“${entry}” is not an IP address or a CIDR range such as 10.0.0.0/8`);
      continue;
    }
    list.addSubnet(ip, length, family === 4 ? "ipv4" : "ipv6");
  }
  return { proxies: { list, entries }, problems };
}

/** True when `address` is one of the trusted proxies. */
export function isTrustedProxy(address: string, proxies: TrustedProxies): boolean {
  const ip = normaliseAddress(address);
  const family = isIP(ip);
  return family !== 0 && proxies.list.check(ip, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The address a request came from: the socket's `peer` when it is not a trusted proxy (or is unknown: null, then
 * "unknown", which every such request shares); behind trusted proxies, the right-most address of
 * `X-Forwarded-For` (then `X-Real-IP`) that is not one of them.
 */
export function clientAddress(
  request: { peer: string | null; forwardedFor: string | null; realIp: string | null },
  proxies: TrustedProxies,
): string {
  if (request.peer === null) return "unknown";
  const peer = normaliseAddress(request.peer);
  if (!isTrustedProxy(peer, proxies)) return peer;
  const hops = (request.forwardedFor ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  if (hops.length === 0 && request.realIp) hops.push(request.realIp.trim());
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]!);
    // Anything that is not an address cannot be a trusted proxy: it is what the next hop said the client was.
    if (isIP(hop) === 0 || !isTrustedProxy(hop, proxies)) return hop.slice(0, 100);
  }
  // Every hop is a trusted proxy: the left-most is the closest to the client there is.
  return hops.length > 0 ? normaliseAddress(hops[0]!) : peer;
}
