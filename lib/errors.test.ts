import { describe, expect, it } from "vitest";
import { AppError, invalid, isAppError, notFound } from "./errors";

describe("AppError", () => {
  it("carries a code, a message and details", () => {
    const error = new AppError("conflict", "The claim changed.", { current: { version: 2 } });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AppError");
    expect(error.code).toBe("conflict");
    expect(error.message).toBe("The claim changed.");
    expect(error.details).toEqual({ current: { version: 2 } });
  });

  it("has no details unless given", () => {
    expect(new AppError("malformed", "Not JSON.").details).toBeUndefined();
  });
});

describe("notFound and invalid", () => {
  it("notFound names what was looked for and its id", () => {
    const error = notFound("article", "42");
    expect(error.code).toBe("not_found");
    expect(error.message).toBe("No article has the id 42.");
  });

  it("invalid lists its issues under details.issues", () => {
    const error = invalid("The span is not valid.", [{ path: "end", message: "must be greater than start" }]);
    expect(error.code).toBe("invalid");
    expect(error.details).toEqual({ issues: [{ path: "end", message: "must be greater than start" }] });
    expect(invalid("Bad.").details).toBeUndefined();
  });
});

describe("isAppError", () => {
  it.each<[string, unknown, boolean]>([
    ["an AppError", new AppError("invalid", "x"), true],
    ["an AppError from another copy of the module", Object.assign(new Error("x"), { name: "AppError", code: "invalid" }), true],
    ["a plain Error", new Error("x"), false],
    ["an Error named AppError without a code", Object.assign(new Error("x"), { name: "AppError" }), false],
    ["a plain object", { name: "AppError", code: "invalid", message: "x" }, false],
    ["a string", "AppError", false],
    ["null", null, false],
  ])("%s → %s", (_name, value, expected) => {
    expect(isAppError(value)).toBe(expected);
  });
});
