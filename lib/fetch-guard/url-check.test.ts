import { describe, expect, it } from "vitest";
import { checkAddress, parseIPv6 } from "./address";
import { acceptedType, charsetOf, checkUrl } from "./url-check";
import { isAppError } from "../errors";

function reasonOf(url: string, allow: string[] = []): string | null {
  try {
    checkUrl(url, allow);
    return null;
  } catch (error) {
    if (isAppError(error)) return (error.details as { reason: string }).reason;
    throw error;
  }
}

describe("checkAddress", () => {
  it.each([
    ["127.0.0.1", "this machine (loopback)"],
    ["127.255.1.2", "this machine (loopback)"],
    ["10.9.8.7", "a private network"],
    ["172.31.0.1", "a private network"],
    ["192.168.1.1", "a private network"],
    ["169.254.1.1", "a link-local network"],
    ["169.254.169.254", "a cloud metadata service"],
    ["100.64.0.1", "a carrier-grade NAT network"],
    ["100.127.255.255", "a carrier-grade NAT network"],
    ["0.0.0.0", "an unspecified address"],
    ["255.255.255.255", "the broadcast address"],
    ["224.0.0.251", "a multicast address"],
    ["::", "an unspecified address"],
    ["::1", "this machine (loopback)"],
    ["::ffff:127.0.0.1", "this machine (loopback)"],
    ["::ffff:7f00:1", "this machine (loopback)"],
    ["::ffff:a9fe:a9fe", "a cloud metadata service"],
    ["64:ff9b::10.0.0.1", "a private network"],
    ["2002:c0a8:0101::1", "a private network"],
    ["fd00:ec2::254", "a cloud metadata service"],
    ["fc00::1", "a unique-local network"],
    ["fe80::1", "a link-local network"],
    ["ff02::1", "a multicast address"],
    ["2001:db8::1", "a documentation network"],
    ["fe80::1%eth0", "not an IP address"],
  ])("refuses %s as %s", (address, reason) => {
    expect(checkAddress(address)).toEqual({ allowed: false, reason });
  });

  it.each(["93.184.216.34", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2606:4700:4700::1111", "::ffff:93.184.216.34"])("allows the public address %s", (address) => {
    expect(checkAddress(address)).toEqual({ allowed: true });
  });

  it("parses IPv6 spellings", () => {
    expect(parseIPv6("[::1]")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("1:2:3:4:5:6:7:8:9")).toBeNull();
    expect(parseIPv6("1::2::3")).toBeNull();
  });
});

describe("checkUrl", () => {
  it.each([
    ["ftp://example.org/a", "scheme"],
    ["file:///etc/passwd", "scheme"],
    ["javascript:alert(1)", "scheme"],
    ["not a url", "malformed_url"],
    ["https://user:pw@example.org/", "credentials"],
    ["https://example.org:8443/", "port"],
    ["http://localhost/", "private_address"],
    ["http://intranet/", "private_address"],
    ["http://127.0.0.1/", "private_address"],
    // Decimal, octal, hex and short spellings of 127.0.0.1, and an IPv4-mapped IPv6 literal.
    ["http://2130706433/", "private_address"],
    ["http://0177.0.0.1/", "private_address"],
    ["http://0x7f.0.0.1/", "private_address"],
    ["http://0x7f000001/", "private_address"],
    ["http://127.1/", "private_address"],
    ["http://[::ffff:127.0.0.1]/", "private_address"],
    ["http://[::1]/", "private_address"],
    ["http://169.254.169.254/latest/meta-data/", "private_address"],
    ["http://[fd00:ec2::254]/", "private_address"],
  ])("refuses %s (%s)", (url, reason) => {
    expect(reasonOf(url)).toBe(reason);
  });

  it("accepts public http(s) addresses on their default port, and an allow-listed host:port (tests only)", () => {
    expect(reasonOf("https://www.example.org/news?id=1")).toBeNull();
    expect(reasonOf("http://93.184.216.34/")).toBeNull();
    expect(reasonOf("http://127.0.0.1:3261/page", ["127.0.0.1:3261"])).toBeNull();
    expect(reasonOf("http://127.0.0.1:3262/page", ["127.0.0.1:3261"])).toBe("port");
  });

  it("takes HTML, XHTML and plain text only, and reads the charset", () => {
    expect(acceptedType("text/html; charset=utf-8")).toBe("text/html");
    expect(acceptedType("Application/XHTML+XML")).toBe("application/xhtml+xml");
    expect(acceptedType("application/pdf")).toBeNull();
    expect(acceptedType(undefined)).toBeNull();
    expect(charsetOf("text/html; charset=ISO-8859-1", "")).toBe("iso-8859-1");
    expect(charsetOf("text/html", '<meta charset="windows-1252">')).toBe("windows-1252");
    expect(charsetOf("text/html; charset=bogus", "")).toBe("utf-8");
  });
});
