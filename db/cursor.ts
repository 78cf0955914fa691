import { AppError } from "../lib/errors";

/** An opaque page cursor: the last row's timestamp and id. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    const date = new Date(String(at));
    if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime())) throw new Error("bad");
    return { at: date, id };
  } catch {
    throw new AppError("invalid", "The page cursor is not valid; start again from the first page.", {
      issues: [{ path: "cursor", message: "is not a cursor this server issued" }],
    });
  }
}
