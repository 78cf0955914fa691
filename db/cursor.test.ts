import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("page cursors", () => {
  it("round-trip a timestamp and an id", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }), fc.uuid(), (at, id) => {
        expect(decodeCursor(encodeCursor(at, id))).toEqual({ at, id });
      }),
    );
  });

  it("are URL-safe", () => {
    expect(encodeCursor(new Date("2024-01-01T00:00:00Z"), "ffffffff-ffff-4fff-bfff-ffffffffffff")).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ["empty", ""],
    ["not base64", "%%%"],
    ["base64 of text", Buffer.from("hello").toString("base64url")],
    ["an object", Buffer.from('{"at":1}').toString("base64url")],
    ["a bad id", Buffer.from('["2024-01-01T00:00:00Z","1; drop table"]').toString("base64url")],
    ["a bad date", Buffer.from('["soon","00000000-0000-4000-8000-000000000000"]').toString("base64url")],
  ])("refuse %s as invalid", (_name, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: "invalid", message: "The page cursor is not valid; start again from the first page." }));
  });
});
