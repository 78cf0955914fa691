/** The SQLSTATE of a database error from either driver (drizzle may wrap it in `cause`). */
export function pgErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") {
      const code = (e as { code: string }).code;
      if (/^[0-9A-Z]{5}$/.test(code)) return code;
    }
    e = typeof e === "object" && e !== null && "cause" in e ? (e as { cause: unknown }).cause : undefined;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = "23505";
export const FOREIGN_KEY_VIOLATION = "23503";
export const CHECK_VIOLATION = "23514";

// Driver and socket codes of a database that cannot be reached (postgres.js names its own; Node the socket's).
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
]);

/**
 * True when an error (from either driver, however wrapped) says the database is out of reach for now rather than
 * that the request was wrong: the server refused or dropped the connection, timed out, is shutting down or
 * starting (SQLSTATE 57P01–57P03), a connection exception (class 08), or too many connections (53300). Such a
 * request may succeed if tried again later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const code = "code" in e ? (e as { code: unknown }).code : undefined;
    if (typeof code === "string" && (UNREACHABLE.has(code) || /^(08...|57P0[123]|53300)$/.test(code))) return true;
    e = "cause" in e ? (e as { cause: unknown }).cause : undefined;
  }
  return false;
}
