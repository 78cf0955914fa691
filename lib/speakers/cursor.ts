import { AppError } from "../errors";

/** What each value of a keyset cursor must be. */
export type KeyType = "string" | "number" | "number?" | "date" | "uuid";
type KeyValueOf<T extends KeyType> = T extends "number" ? number : T extends "number?" ? number | null : T extends "date" ? Date : string;
export type KeyValues<T extends readonly KeyType[]> = { [K in keyof T]: KeyValueOf<T[K]> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An opaque page cursor: the sort it belongs to and the last row's sort key. Dates travel as ISO strings with
 * their milliseconds, which is the precision the database stores.
 */
export function encodeKeyset(sort: string, values: readonly (string | number | Date | null)[]): string {
  const plain = values.map((v) => (v instanceof Date ? v.toISOString() : v));
  return Buffer.from(JSON.stringify([sort, ...plain]), "utf8").toString("base64url");
}

/**
 * Reads a cursor made by `encodeKeyset` for the same sort, checking the type of every value; anything else
 * (another sort's cursor, a hand-edited one) is an `invalid` error telling the analyst to start again.
 */
export function decodeKeyset<const T extends readonly KeyType[]>(cursor: string, sort: string, types: T): KeyValues<T> {
  const refuse = (why: string) =>
    new AppError("invalid", "The page cursor is not valid for this list; start again from the first page.", {
      issues: [{ path: "cursor", message: why }],
    });
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse("is not a cursor this server issued");
  }
  if (!Array.isArray(decoded) || decoded.length !== types.length + 1) throw refuse("is not a cursor this server issued");
  if (decoded[0] !== sort) throw refuse(`belongs to another sort order than “${sort}”`);
  const out = types.map((type, i) => {
    const value: unknown = decoded[i + 1];
    switch (type) {
      case "number?":
        if (value === null) return null;
      // falls through
      case "number":
        if (typeof value === "number" && Number.isFinite(value)) return value;
        break;
      case "date":
        if (typeof value === "string") {
          const date = new Date(value);
          if (!Number.isNaN(date.getTime())) return date;
        }
        break;
      case "uuid":
        if (typeof value === "string" && UUID.test(value)) return value.toLowerCase();
        break;
      case "string":
        if (typeof value === "string") return value;
        break;
    }
    throw refuse("is not a cursor this server issued");
  });
  return out as unknown as KeyValues<T>;
}
