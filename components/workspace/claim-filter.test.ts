import { describe, expect, it } from "vitest";
import { authorOptions, matchesAuthor, matchesFilter, parseAuthorFilter } from "./claim-filter";

const ana = { id: "u1", name: "Ana" };
const ben = { id: "u2", name: "Ben" };
const zoe = { id: "u3", name: "Zoë" };

describe("matchesAuthor", () => {
  it.each([
    ["everyone", ben, true],
    ["everyone", null, true],
    ["me", ana, true],
    ["me", ben, false],
    ["me", null, false],
    ["user:u2", ben, true],
    ["user:u2", ana, false],
    ["unknown", null, true],
    ["unknown", ana, false],
  ] as const)("%s, claim by %o: %s", (author, createdBy, shown) => {
    expect(matchesAuthor({ createdBy }, author, "u1")).toBe(shown);
  });
});

describe("matchesFilter", () => {
  it("needs both the kind and the author", () => {
    const claim = { kind: "reporter" as const, createdBy: ben };
    expect(matchesFilter(claim, { kind: "reporter", author: "user:u2" }, "u1")).toBe(true);
    expect(matchesFilter(claim, { kind: "attributed", author: "user:u2" }, "u1")).toBe(false);
    expect(matchesFilter(claim, { kind: "all", author: "me" }, "u1")).toBe(false);
  });
});

describe("authorOptions", () => {
  it("offers everyone, me, then the other analysts by name, once each", () => {
    const claims = [{ createdBy: zoe }, { createdBy: ana }, { createdBy: ben }, { createdBy: zoe }];
    expect(authorOptions(claims, "u1", "everyone")).toEqual([
      { value: "everyone", label: "Everyone" },
      { value: "me", label: "Me" },
      { value: "user:u2", label: "Ben" },
      { value: "user:u3", label: "Zoë" },
    ]);
  });

  it("offers the claims made before accounts when there are some", () => {
    expect(authorOptions([{ createdBy: null }], "u1", "everyone").at(-1)).toEqual({ value: "unknown", label: "Before accounts" });
  });

  it("keeps a chosen analyst whose claims are gone", () => {
    expect(authorOptions([], "u1", "user:u9").map((o) => o.value)).toEqual(["everyone", "me", "user:u9"]);
  });
});

describe("parseAuthorFilter", () => {
  it.each([
    ["me", "me"],
    ["user:u2", "user:u2"],
    ["unknown", "unknown"],
    ["everyone", "everyone"],
    ["nonsense", "everyone"],
  ])("%s → %s", (value, filter) => {
    expect(parseAuthorFilter(value)).toBe(filter);
  });
});
