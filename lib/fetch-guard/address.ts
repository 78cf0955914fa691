/**
 * Which network addresses a server-side fetch may connect to. Everything that is not a public unicast address is
 * refused, each with the reason a person can read: loopback, private networks, link-local, unique-local,
 * multicast, carrier-grade NAT, unspecified, broadcast, documentation and reserved ranges, and the cloud metadata
 * services. IPv6 addresses that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged by
 * the IPv4 address inside. Pure: no DNS, no sockets.
 */

/** Why an address may not be fetched from, or null when it is a public address. */
export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

type Range4 = [base: number, bits: number, reason: string];

const ip4 = (a: number, b: number, c: number, d: number) => ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;

// Most specific first: the first range that holds the address gives the reason.
const BLOCKED_V4: Range4[] = [
  [ip4(169, 254, 169, 254), 32, "a cloud metadata service"],
  [ip4(255, 255, 255, 255), 32, "the broadcast address"],
  [ip4(0, 0, 0, 0), 8, "an unspecified address"],
  [ip4(10, 0, 0, 0), 8, "a private network"],
  [ip4(100, 64, 0, 0), 10, "a carrier-grade NAT network"],
  [ip4(127, 0, 0, 0), 8, "this machine (loopback)"],
  [ip4(169, 254, 0, 0), 16, "a link-local network"],
  [ip4(172, 16, 0, 0), 12, "a private network"],
  [ip4(192, 0, 0, 0), 24, "a reserved network"],
  [ip4(192, 0, 2, 0), 24, "a documentation network"],
  [ip4(192, 88, 99, 0), 24, "a reserved network"],
  [ip4(192, 168, 0, 0), 16, "a private network"],
  [ip4(198, 18, 0, 0), 15, "a benchmarking network"],
  [ip4(198, 51, 100, 0), 24, "a documentation network"],
  [ip4(203, 0, 113, 0), 24, "a documentation network"],
  [ip4(224, 0, 0, 0), 4, "a multicast address"],
  [ip4(240, 0, 0, 0), 4, "a reserved address"],
];

/** Parses a dotted-quad IPv4 address (four decimal parts, as DNS answers and `URL` hostnames give them). */
export function parseIPv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** Parses an IPv6 address (with `::`, an embedded dotted quad, brackets; a zone id is refused) to 8 groups. */
export function parseIPv6(text: string): number[] | null {
  const address = text.replace(/^\[|\]$/g, "");
  if (address.includes("%") || !/^[0-9a-fA-F:.]+$/.test(address)) return null;
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === "") return [];
    const out: number[] = [];
    const pieces = half.split(":");
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] ?? "";
      if (i === pieces.length - 1 && piece.includes(".")) {
        const v4 = parseIPv4(piece);
        if (v4 === null) return null;
        out.push(v4 >>> 16, v4 & 0xffff);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) {
        out.push(parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const head = groups(halves[0] ?? "");
  const tail = halves.length === 2 ? groups(halves[1] ?? "") : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : null;
}

function checkIPv4(value: number): AddressVerdict {
  for (const [base, bits, reason] of BLOCKED_V4) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if (((value & mask) >>> 0) === base) return { allowed: false, reason };
  }
  return { allowed: true };
}

function checkIPv6(g: number[]): AddressVerdict {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embedded = ((g6 << 16) >>> 0) + g7;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return { allowed: false, reason: "an unspecified address" };
  if (zeroUpTo(7) && g7 === 1) return { allowed: false, reason: "this machine (loopback)" };
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64): the IPv4 address decides.
  if (zeroUpTo(5) && (g5 === 0xffff || g5 === 0)) return checkIPv4(embedded);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return checkIPv4(embedded);
  if (g0 === 0x2002) {
    const inner = checkIPv4(((g1 << 16) >>> 0) + g2);
    if (!inner.allowed) return inner;
  }
  if (g0 === 0xfd00 && g1 === 0x0ec2 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 && g6 === 0 && g7 === 0x254) {
    return { allowed: false, reason: "a cloud metadata service" };
  }
  if ((g0 & 0xfe00) === 0xfc00) return { allowed: false, reason: "a unique-local network" };
  if ((g0 & 0xffc0) === 0xfe80) return { allowed: false, reason: "a link-local network" };
  if ((g0 & 0xffc0) === 0xfec0) return { allowed: false, reason: "a site-local network" };
  if ((g0 & 0xff00) === 0xff00) return { allowed: false, reason: "a multicast address" };
  if (g0 === 0x2001 && g1 === 0x0db8) return { allowed: false, reason: "a documentation network" };
  // Global unicast is 2000::/3; everything else (discard-only, reserved, Teredo's 2001::/32 aside) is refused.
  if ((g0 & 0xe000) !== 0x2000) return { allowed: false, reason: "a reserved address" };
  if (g0 === 0x2001 && g1 === 0) return { allowed: false, reason: "a tunnelling address (Teredo)" };
  return { allowed: true };
}

/** Whether a connection to this IP address (IPv4 or IPv6 text) may be made; not an address at all is refused. */
export function checkAddress(address: string): AddressVerdict {
  const v4 = parseIPv4(address);
  if (v4 !== null) return checkIPv4(v4);
  const v6 = parseIPv6(address);
  if (v6 !== null) return checkIPv6(v6);
  return { allowed: false, reason: "not an IP address" };
}

/** True when `host` (a URL hostname) is an IP address literal rather than a name to resolve. */
export function isAddressLiteral(host: string): boolean {
  return parseIPv4(host) !== null || parseIPv6(host) !== null;
}
