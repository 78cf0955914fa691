import { AppError } from "../errors";
import { checkAddress, isAddressLiteral } from "./address";

/** An address the fetcher may request: parsed, its host and port, and whether the test-only allow list named it. */
export interface CheckedUrl {
  url: URL;
  /** The hostname to resolve (an IPv6 literal without its brackets). */
  host: string;
  port: number;
  /** Named in CLAIMLENS_FETCH_ALLOW_HOSTS (tests only): its addresses are not checked. */
  allowListed: boolean;
}

/** The limits of one fetch: how long, how many bytes, how many redirects. */
export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

/** The content types a page may have: HTML, XHTML or plain text. */
export const ACCEPTED_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;

/** A refused fetch: 422 with `details.reason` (a stable word for scripts) and a message for the analyst. */
export function refused(reason: string, message: string): AppError {
  return new AppError("invalid", message, { reason });
}

/**
 * Checks an address before anything is fetched: http or https only, no user name or password in it, the
 * scheme's default port (unless the test-only allow list names host:port), and a host that is a public address
 * when it is written as one (the URL parser has already turned decimal, octal and hex spellings such as
 * `http://2130706433/` or `http://0x7f.1/` into dotted quads). Names are resolved and checked by the fetcher.
 */
export function checkUrl(raw: string, allowHosts: readonly string[]): CheckedUrl {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refused("malformed_url", `"${raw.slice(0, 200)}" is not a web address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw refused("scheme", `Only http and https addresses can be imported, not ${url.protocol.replace(/:$/, "")}.`);
  }
  if (url.username !== "" || url.password !== "") {
    throw refused("credentials", "The address holds a user name or password; Claimlens never sends credentials. Remove them from the address.");
  }
  const port = url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const allowListed = allowHosts.includes(`${host}:${port}`.toLowerCase());
  if (allowListed) return { url, host, port, allowListed };
  if (url.port !== "") {
    throw refused("port", `Only the standard port of ${url.protocol.replace(/:$/, "")} can be fetched, not port ${url.port}.`);
  }
  if (isAddressLiteral(host)) refuseAddress(host, url);
  else if (host === "localhost" || host.endsWith(".localhost") || !host.includes(".")) {
    throw refused("private_address", `${host} is not a public web address.`);
  }
  return { url, host, port, allowListed };
}

/** Throws the 422 for an address that may not be connected to. */
export function refuseAddress(address: string, url: URL): void {
  const verdict = checkAddress(address);
  if (!verdict.allowed) {
    const shown = address === url.hostname.replace(/^\[|\]$/g, "") ? address : `${url.hostname} (${address})`;
    throw refused("private_address", `${shown} is ${verdict.reason}; Claimlens only fetches pages from public addresses.`);
  }
}

/** The media type of a Content-Type header, if it is one a page may have; null otherwise. */
export function acceptedType(contentType: string | undefined): (typeof ACCEPTED_TYPES)[number] | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return ACCEPTED_TYPES.find((t) => t === type) ?? null;
}

/** The charset named in a Content-Type header or a page's `<meta>` (in its first bytes); utf-8 otherwise. */
export function charsetOf(contentType: string | undefined, head: string): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  const label = (fromHeader ?? fromMeta ?? "utf-8").toLowerCase();
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return "utf-8";
  }
}
