import { describe, expect, it } from "vitest";
import { pgErrorCode } from "./pg-errors";

describe("pgErrorCode", () => {
  it.each<[string, unknown, string | undefined]>([
    ["a driver error", { code: "23505", message: "duplicate key" }, "23505"],
    ["an error wrapped in cause", Object.assign(new Error("Failed query"), { cause: { code: "23514" } }), "23514"],
    ["a doubly wrapped error", { cause: { cause: { code: "23503" } } }, "23503"],
    ["a Node error code is not a SQLSTATE", Object.assign(new Error("x"), { code: "ECONNREFUSED" }), undefined],
    ["an error without a code", new Error("x"), undefined],
    ["a cause chain deeper than four", { cause: { cause: { cause: { cause: { code: "23505" } } } } }, undefined],
    ["null", null, undefined],
    ["a string", "23505", undefined],
  ])("%s", (_name, error, expected) => {
    expect(pgErrorCode(error)).toBe(expected);
  });
});
