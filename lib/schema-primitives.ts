import { z } from "zod";

/**
 * The building blocks of every input schema (request bodies, query strings, path segments, import documents), so
 * that each rule about a value the database will hold is written once:
 * - text never holds U+0000, which PostgreSQL's `text` cannot store (it would fail as a server error);
 * - a whole number bound for an `integer` column fits in one (PostgreSQL's int4: at most 2,147,483,647);
 * - an id (a UUID) is compared in lower case, as PostgreSQL prints it, whatever case it was sent in.
 */

/** The largest value of a PostgreSQL `integer` (int4) column. */
export const INT4_MAX = 2_147_483_647;

export const NUL_MESSAGE = "must not contain the NUL character (U+0000)";

/** Text that can be stored: any string without U+0000. Chain `.trim()`, `.min()`, `.max()` as on `z.string()`. */
// eslint-disable-next-line no-control-regex
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).regex(/^[^\u0000]*$/, NUL_MESSAGE);

/** True when a string can be stored as text (holds no U+0000). */
export const isStorableText = (value: string) => !value.includes("\u0000");

/** A whole number that fits an `integer` column. */
export const int4 = (message = "must be a whole number") =>
  z.int(message).max(INT4_MAX, `must be at most ${INT4_MAX.toLocaleString("en")}`);

/** A whole number from a query string or path that fits an `integer` column. */
export const coercedInt4 = (message = "must be a whole number") =>
  z.coerce.number({ error: message }).int(message).max(INT4_MAX, `must be at most ${INT4_MAX.toLocaleString("en")}`);

/** A UUID in any letter case, given back in lower case. */
export const uuid = (message = "must be an id (a UUID)") => z.uuid(message).transform((v) => v.toLowerCase());
