import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeKeyset, encodeKeyset } from "./cursor";

const ID = "0b6f2a9e-3c1d-4e5f-8a7b-9c0d1e2f3a4b";

describe("keyset cursors", () => {
  it("round-trips a sort key, dates to the millisecond", () => {
    const at = new Date("2023-11-21T18:54:00.123Z");
    const cursor = encodeKeyset("newest", [at, ID, 42, ID]);
    expect(decodeKeyset(cursor, "newest", ["date", "uuid", "number", "uuid"] as const)).toEqual([at, ID, 42, ID]);
  });

  it.each([
    ["another sort's cursor", encodeKeyset("oldest", [new Date(0), ID, 1, ID])],
    ["too few values", encodeKeyset("newest", [new Date(0), ID])],
    ["a number where a date goes", encodeKeyset("newest", [5, ID, 1, ID])],
    ["something that is not an id", encodeKeyset("newest", [new Date(0), "x", 1, ID])],
    ["not base64 JSON", "bm9wZQ"],
    ["nothing", ""],
  ])("refuses %s as invalid", (_name, cursor) => {
    expect(() => decodeKeyset(cursor, "newest", ["date", "uuid", "number", "uuid"] as const)).toThrow(
      expect.objectContaining({ code: "invalid", message: "The page cursor is not valid for this list; start again from the first page." }),
    );
  });

  it("never throws anything but an invalid error on any input", () => {
    fc.assert(
      fc.property(fc.string(), (cursor) => {
        try {
          decodeKeyset(cursor, "name", ["string", "uuid"] as const);
        } catch (error) {
          expect(error).toMatchObject({ code: "invalid" });
        }
      }),
    );
  });
});
