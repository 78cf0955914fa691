import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clientAddress, normaliseAddress, parseTrustedProxies } from "./client-address";

const proxies = (value: string) => parseTrustedProxies(value).proxies;
const none = proxies("");
const behind = proxies("10.0.0.1, 172.16.0.0/12, fd00::/8");

describe("clientAddress", () => {
  it.each<[string, { peer: string | null; forwardedFor: string | null; realIp: string | null }, string]>([
    ["no proxy trusted: the socket's peer, whatever the headers say", { peer: "203.0.113.7", forwardedFor: "1.2.3.4", realIp: "5.6.7.8" }, "203.0.113.7"],
    ["an IPv4 address in IPv6 form is its IPv4 form", { peer: "::ffff:203.0.113.7", forwardedFor: null, realIp: null }, "203.0.113.7"],
    ["an unknown peer shares one bucket", { peer: null, forwardedFor: "1.2.3.4", realIp: null }, "unknown"],
  ])("%s", (_name, request, expected) => {
    expect(clientAddress(request, none)).toBe(expected);
  });

  it.each<[string, { peer: string | null; forwardedFor: string | null; realIp: string | null }, string]>([
    ["behind a trusted proxy: the address it appended", { peer: "10.0.0.1", forwardedFor: "198.51.100.4", realIp: null }, "198.51.100.4"],
    ["the right-most untrusted hop, not what the client wrote before it", { peer: "10.0.0.1", forwardedFor: "1.1.1.1, 9.9.9.9, 198.51.100.4, 172.16.3.3", realIp: null }, "198.51.100.4"],
    ["X-Real-IP when there is no X-Forwarded-For", { peer: "10.0.0.1", forwardedFor: null, realIp: "198.51.100.9" }, "198.51.100.9"],
    ["a peer that is not a trusted proxy is the client, headers or not", { peer: "198.51.100.4", forwardedFor: "1.1.1.1", realIp: null }, "198.51.100.4"],
    ["an IPv6 range", { peer: "fd00::1", forwardedFor: "2001:db8::5", realIp: null }, "2001:db8::5"],
    ["a trusted proxy with nothing forwarded is itself", { peer: "10.0.0.1", forwardedFor: null, realIp: null }, "10.0.0.1"],
  ])("%s", (_name, request, expected) => {
    expect(clientAddress(request, behind)).toBe(expected);
  });

  it("cannot be steered by anything a client prepends to X-Forwarded-For", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 20 })), { maxLength: 8 }), (forged) => {
        const forwardedFor = [...forged, "198.51.100.4"].join(", ");
        expect(clientAddress({ peer: "10.0.0.1", forwardedFor, realIp: null }, behind)).toBe("198.51.100.4");
        expect(clientAddress({ peer: "198.51.100.4", forwardedFor, realIp: null }, none)).toBe("198.51.100.4");
      }),
    );
  });
});

describe("parseTrustedProxies", () => {
  it("names each entry that is neither an address nor a range", () => {
    expect(parseTrustedProxies("10.0.0.1, nginx, 10.0.0.0/40, ::1").problems).toEqual([
      "“nginx” is not an IP address or a CIDR range such as 10.0.0.0/8",
      "“10.0.0.0/40” is not an IP address or a CIDR range such as 10.0.0.0/8",
    ]);
  });

  it("normalises bracketed and mapped addresses", () => {
    expect(normaliseAddress("[::FFFF:10.0.0.1]")).toBe("10.0.0.1");
  });
});
