import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import zlib from "node:zlib";
import { acceptedType, charsetOf, checkUrl, FETCH_LIMITS, refuseAddress, refused, type CheckedUrl } from "../lib/fetch-guard/url-check";
import { isAddressLiteral, parseIPv4 } from "../lib/fetch-guard/address";

/** A page fetched through the guard: where it ended up, its decoded text and its original bytes. */
export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  contentType: "text/html" | "application/xhtml+xml" | "text/plain";
  text: string;
  bytes: Buffer;
  fetchedAt: Date;
}

export interface FetchOptions {
  /** host:port pairs exempt from the address check: for tests only (CLAIMLENS_FETCH_ALLOW_HOSTS). */
  allowHosts?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** How names are resolved (tests may stand in for DNS); node's resolver by default. */
  resolve?: (host: string) => Promise<LookupAddress[]>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a web page for import with the guard of lib/fetch-guard around every step: the address is checked,
 * its name resolved once and every resolved address checked, and the connection pinned to the checked address
 * (so a second DNS answer cannot point it elsewhere); redirects are followed by hand, each one checked again;
 * the whole fetch has one deadline; the body is counted while it streams and cut off at the limit; only HTML and
 * plain text are taken; no cookie, credential or referrer is ever sent. Every refusal is a 422 saying why.
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const limits = {
    timeoutMs: options.timeoutMs ?? FETCH_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? FETCH_LIMITS.maxBytes,
    maxRedirects: options.maxRedirects ?? FETCH_LIMITS.maxRedirects,
  };
  const allowHosts = options.allowHosts ?? [];
  const resolve = options.resolve ?? resolveAll;
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  let target = checkUrl(address, allowHosts);
  for (let redirects = 0; ; redirects++) {
    const pinned = await pin(target, resolve);
    const response = await request(target, pinned, deadline, limits.timeoutMs);
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      response.destroy();
      const location = response.headers.location;
      if (!location) throw refused("bad_redirect", `${target.url.host} answered ${status} (a redirect) without saying where to.`);
      if (redirects >= limits.maxRedirects) {
        throw refused("too_many_redirects", `The page redirected more than ${limits.maxRedirects} times; Claimlens stopped following it.`);
      }
      let next: string;
      try {
        next = new URL(location, target.url).href;
      } catch {
        throw refused("bad_redirect", `${target.url.host} redirected to "${location.slice(0, 200)}", which is not a web address.`);
      }
      target = checkUrl(next, allowHosts);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw refused("http_status", `${target.url.host} answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ""} instead of the page.`);
    }
    const contentType = acceptedType(response.headers["content-type"]);
    if (!contentType) {
      response.destroy();
      const given = response.headers["content-type"]?.split(";")[0] ?? "no content type";
      throw refused("content_type", `The address holds ${given}, not a web page: only HTML and plain text can be imported.`);
    }
    const declared = Number(response.headers["content-length"] ?? "0");
    if (declared > limits.maxBytes) {
      response.destroy();
      throw tooLarge(limits.maxBytes);
    }
    const bytes = await readBody(response, limits.maxBytes, deadline, limits.timeoutMs);
    const head = bytes.subarray(0, 2048).toString("latin1");
    const text = new TextDecoder(charsetOf(response.headers["content-type"], head)).decode(bytes);
    return { url: target.url.href, contentType, text, bytes, fetchedAt: new Date() };
  }
}

async function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));
}

/** Resolves the host once and checks every address it has; the first one is the one connected to. */
async function pin(target: CheckedUrl, resolve: (host: string) => Promise<LookupAddress[]>): Promise<LookupAddress> {
  if (isAddressLiteral(target.host)) {
    if (!target.allowListed) refuseAddress(target.host, target.url);
    return { address: target.host, family: parseIPv4(target.host) !== null ? 4 : 6 };
  }
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(target.host);
  } catch {
    addresses = [];
  }
  const [first] = addresses;
  if (!first) throw refused("dns", `${target.host} could not be found (no DNS answer).`);
  if (!target.allowListed) for (const a of addresses) refuseAddress(a.address, target.url);
  return first;
}

function request(target: CheckedUrl, pinned: LookupAddress, deadline: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  // Every connection goes to the checked address, whatever the resolver would say now.
  const lookup: LookupFunction = (_hostname, opts, callback) => {
    if (opts.all) (callback as (e: null, a: LookupAddress[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      {
        protocol: target.url.protocol,
        hostname: target.host,
        port: target.port,
        path: `${target.url.pathname}${target.url.search}`,
        method: "GET",
        lookup,
        agent: false,
        signal: deadline,
        headers: {
          "user-agent": "Claimlens/0.1 (article import)",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.8",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    req.on("error", (error) => reject(networkError(error, target, deadline, timeoutMs)));
    req.end();
  });
}

/** The body, decompressed, counted as it arrives and abandoned as soon as it passes the limit. */
function readBody(response: IncomingMessage, maxBytes: number, deadline: AbortSignal, timeoutMs: number): Promise<Buffer> {
  const encoding = (response.headers["content-encoding"] ?? "identity").toLowerCase().trim();
  const stream =
    encoding === "gzip" || encoding === "x-gzip"
      ? response.pipe(zlib.createGunzip())
      : encoding === "deflate"
        ? response.pipe(zlib.createInflate())
        : encoding === "br"
          ? response.pipe(zlib.createBrotliDecompress())
          : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (error: Error) => {
      response.destroy();
      if (stream !== response) stream.destroy();
      reject(error);
    };
    const onAbort = () => fail(timedOut(timeoutMs));
    deadline.addEventListener("abort", onAbort, { once: true });
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) fail(tooLarge(maxBytes));
      else chunks.push(chunk);
    });
    stream.on("end", () => {
      deadline.removeEventListener("abort", onAbort);
      resolve(Buffer.concat(chunks));
    });
    stream.on("error", (error) => {
      deadline.removeEventListener("abort", onAbort);
      reject(deadline.aborted ? timedOut(timeoutMs) : refused("network", `The page could not be read: ${error.message}.`));
    });
  });
}

const tooLarge = (maxBytes: number) => refused("too_large", `The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; Claimlens stopped reading it.`);
const timedOut = (timeoutMs: number) => refused("timeout", `The page took longer than ${timeoutMs / 1000} seconds to arrive; Claimlens gave up.`);

function networkError(error: Error, target: CheckedUrl, deadline: AbortSignal, timeoutMs: number): Error {
  if (deadline.aborted) return timedOut(timeoutMs);
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code === "ECONNREFUSED") return refused("network", `${target.url.host} refused the connection.`);
  if (code.startsWith("ERR_TLS") || code.includes("CERT")) return refused("tls", `${target.url.host}'s certificate could not be verified (${code}).`);
  return refused("network", `${target.url.host} could not be reached (${code || error.message}).`);
}
