import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { claimSource, describeClaim, putInOrder, shortenQuote, sortClaims } from "./claim-text";
import type { ClaimDto } from "@/lib/model";

const claim = (over: Partial<ClaimDto>): ClaimDto => ({
  id: "c1",
  articleId: "a1",
  start: 0,
  end: 4,
  status: "anchored",
  revision: 1,
  fuzzy: null,
  set: "analyst",
  review: null,
  createdBy: null,
  updatedBy: null,
  quote: "Text",
  prefix: "",
  suffix: "",
  kind: "attributed",
  speaker: { id: "s1", name: "John Kirby" },
  cue: "said",
  confidence: "high",
  note: null,
  version: 1,
  createdAt: "2024-01-01T00:00:00.000Z",
  updatedAt: "2024-01-01T00:00:00.000Z",
  ...over,
});

describe("describeClaim", () => {
  it("names the speaker of an attributed claim and the confidence", () => {
    expect(describeClaim(claim({}))).toBe("Attributed claim by John Kirby · High confidence");
  });
  it("has no speaker for a reporter statement", () => {
    expect(describeClaim(claim({ kind: "reporter", speaker: null, confidence: "low" }))).toBe("Reporter statement · Low confidence");
    expect(claimSource(claim({ kind: "reporter", speaker: null }))).toBe("Reporter");
  });
});

describe("shortenQuote", () => {
  it("keeps a short quote whole, with its whitespace flattened", () => {
    expect(shortenQuote("He said\nso.")).toEqual({ shown: "He said so.", rest: "" });
  });
  it("cuts a long quote at a word boundary", () => {
    const quote = "word ".repeat(40).trim();
    const { shown, rest } = shortenQuote(quote, 120);
    expect(shown.length).toBeLessThanOrEqual(120);
    expect(shown.endsWith("word")).toBe(true);
    expect(`${shown}${rest}`).toBe(quote);
  });
  it("always keeps every character between the two parts", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.integer({ min: 10, max: 200 }), (text, max) => {
        const flat = text.replace(/\s+/gu, " ").trim();
        const { shown, rest } = shortenQuote(text, max);
        expect(`${shown}${rest}`.replace(/\s+/gu, " ")).toBe(flat);
        expect(shown.length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe("sortClaims", () => {
  it("orders by start, then end, then age", () => {
    const a = claim({ id: "a", start: 5, end: 9 });
    const b = claim({ id: "b", start: 0, end: 9 });
    const c = claim({ id: "c", start: 0, end: 4 });
    const d = claim({ id: "d", start: 0, end: 4, createdAt: "2023-01-01T00:00:00.000Z" });
    expect(sortClaims([a, b, c, d]).map((x) => x.id)).toEqual(["d", "c", "b", "a"]);
  });
});

describe("putInOrder", () => {
  const arbitraryClaim = fc.record({
    id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
    start: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    length: fc.integer({ min: 1, max: 3 }),
    day: fc.integer({ min: 1, max: 3 }),
  }).map(({ id, start, length, day }) =>
    claim({ id, start, end: start === null ? null : start + length, status: start === null ? "orphaned" : "anchored", createdAt: `2024-01-0${day}T00:00:00.000Z` }),
  );
  const distinct = fc.uniqueArray(arbitraryClaim, { selector: (c) => c.id, maxLength: 6 });

  it("answers what sorting the list with the claim put in (replaced or added) answers", () => {
    fc.assert(
      fc.property(distinct, arbitraryClaim, (claims, put) => {
        const list = sortClaims(claims);
        const expected = sortClaims([...list.filter((c) => c.id !== put.id), put]);
        expect(putInOrder(list, put)).toEqual(expected);
      }),
    );
  });

  it("moves a claim whose words changed and leaves the list given as it was", () => {
    const list = sortClaims([claim({ id: "a", start: 0, end: 2 }), claim({ id: "b", start: 3, end: 5 }), claim({ id: "c", start: 6, end: 8 })]);
    const moved = putInOrder(list, claim({ id: "a", start: 7, end: 9 }));
    expect(moved.map((c) => c.id)).toEqual(["b", "c", "a"]);
    expect(list.map((c) => c.id)).toEqual(["a", "b", "c"]);
  });
});
