import { describe, expect, it } from "vitest";
import { authorOptions, matchesAuthor, matchesFilter, matchesSet, NO_FILTER, offersSetFilter, parseAuthorFilter, parseSetFilter } from "./claim-filter";

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

describe("matchesSet", () => {
  it.each([
    ["all", "analyst", true],
    ["all", "reviewed", true],
    ["reviewed", "reviewed", true],
    ["reviewed", "analyst", false],
    ["analyst", "analyst", true],
    ["analyst", "reviewed", false],
  ] as const)("%s, a claim of the %s set: %s", (set, claimSet, shown) => {
    expect(matchesSet({ set: claimSet }, set)).toBe(shown);
  });
});

describe("matchesFilter", () => {
  it("needs the kind, the author and the set", () => {
    const claim = { kind: "reporter" as const, createdBy: ben, set: "analyst" as const };
    expect(matchesFilter(claim, { kind: "reporter", author: "user:u2", set: "all" }, "u1")).toBe(true);
    expect(matchesFilter(claim, { kind: "reporter", author: "user:u2", set: "analyst" }, "u1")).toBe(true);
    expect(matchesFilter(claim, { kind: "attributed", author: "user:u2", set: "all" }, "u1")).toBe(false);
    expect(matchesFilter(claim, { kind: "all", author: "me", set: "all" }, "u1")).toBe(false);
    expect(matchesFilter(claim, { kind: "reporter", author: "user:u2", set: "reviewed" }, "u1")).toBe(false);
  });

  it("shows the reviewed set alone when asked, whoever reviewed it", () => {
    const claims = [
      { id: "a1", kind: "reporter" as const, createdBy: ana, set: "analyst" as const },
      { id: "b1", kind: "reporter" as const, createdBy: ben, set: "analyst" as const },
      { id: "r1", kind: "reporter" as const, createdBy: zoe, set: "reviewed" as const },
      { id: "r2", kind: "attributed" as const, createdBy: zoe, set: "reviewed" as const },
    ];
    const shown = (filter: Partial<typeof NO_FILTER>) => claims.filter((c) => matchesFilter(c, { ...NO_FILTER, ...filter }, "u1")).map((c) => c.id);
    expect(shown({})).toEqual(["a1", "b1", "r1", "r2"]);
    expect(shown({ set: "reviewed" })).toEqual(["r1", "r2"]);
    expect(shown({ set: "analyst" })).toEqual(["a1", "b1"]);
    expect(shown({ set: "reviewed", kind: "attributed" })).toEqual(["r2"]);
    expect(shown({ set: "analyst", author: "me" })).toEqual(["a1"]);
  });
});

describe("offersSetFilter", () => {
  it("offers the set filter once the article has reviewed claims", () => {
    expect(offersSetFilter([], "all")).toBe(false);
    expect(offersSetFilter([{ set: "analyst" }, { set: "analyst" }], "all")).toBe(false);
    expect(offersSetFilter([{ set: "analyst" }, { set: "reviewed" }], "all")).toBe(true);
  });

  it("keeps offering it while a set is chosen, so a filter in effect is never hidden", () => {
    expect(offersSetFilter([{ set: "analyst" }], "reviewed")).toBe(true);
    expect(offersSetFilter([], "analyst")).toBe(true);
  });
});

describe("parseSetFilter", () => {
  it.each([
    ["all", "all"],
    ["reviewed", "reviewed"],
    ["analyst", "analyst"],
    ["Reviewed", "all"],
    ["", "all"],
  ])("%s → %s", (value, filter) => {
    expect(parseSetFilter(value)).toBe(filter);
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
