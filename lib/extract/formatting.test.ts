import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formattingProblems, isSafeHref, mapFormatting, safeHref, spliceFormatting, type FormattingRange } from "./formatting";

describe("formatting ranges", () => {
  it("keeps only absolute http(s) addresses without credentials", () => {
    expect(isSafeHref("https://example.org/a?b#c")).toBe(true);
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "/relative", "mailto:a@b", "https://user:pw@example.org/", "vbscript:x", " JAVASCRIPT:alert(1)"]) expect(isSafeHref(bad)).toBe(false);
    expect(safeHref("/a", "https://x.example/b/c")).toBe("https://x.example/a");
    expect(safeHref("javascript:alert(1)", "https://x.example/")).toBeNull();
  });

  it("says what is wrong with each range", () => {
    const problems = formattingProblems("hello", [
      { type: "bold", start: 0, end: 5 },
      { type: "bold", start: 3, end: 3 },
      { type: "italic", start: 2, end: 6 },
      { type: "link", start: 0, end: 1, href: "javascript:x" },
      { type: "heading", start: 0, end: 5 },
      { type: "bold", start: 0, end: 1, level: 2 },
    ]);
    expect(problems.map((p) => p.path)).toEqual(["formatting[1].start", "formatting[2].end", "formatting[3].href", "formatting[4].level", "formatting[5].level"]);
  });

  it("moves ranges through a splice: before stays, after shifts, inside shrinks, emptied goes", () => {
    const ranges: FormattingRange[] = [
      { type: "bold", start: 0, end: 4 },
      { type: "italic", start: 10, end: 14 },
      { type: "heading", start: 5, end: 8, level: 2 },
      { type: "bulletList", start: 2, end: 12 },
    ];
    expect(spliceFormatting(ranges, 5, 3, 0)).toEqual([
      { type: "bold", start: 0, end: 4 },
      { type: "italic", start: 7, end: 11 },
      { type: "bulletList", start: 2, end: 9 },
    ]);
    expect(spliceFormatting(ranges, 4, 0, 2)[0]).toEqual({ type: "bold", start: 0, end: 4 });
  });

  it("spliced ranges stay inside the new text and never empty", () => {
    const arb = fc.integer({ min: 1, max: 50 }).chain((length) =>
      fc.record({
        length: fc.constant(length),
        ranges: fc.array(fc.tuple(fc.nat({ max: length - 1 }), fc.nat({ max: 10 })).map(([start, size]) => ({ type: "bold" as const, start, end: Math.min(length, start + size + 1) }))),
        at: fc.nat({ max: length }),
        removed: fc.nat({ max: 20 }),
        inserted: fc.nat({ max: 20 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ length, ranges, at, removed, inserted }) => {
        const cut = Math.min(removed, length - at);
        const newLength = length - cut + inserted;
        for (const r of spliceFormatting(ranges, at, cut, inserted)) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.start).toBeLessThan(r.end);
          expect(r.end).toBeLessThanOrEqual(newLength);
        }
      }),
    );
  });

  it("maps ranges through an edit and trims them to words", () => {
    const text = "Hello  world";
    expect(mapFormatting([{ type: "bold", start: 0, end: 12 }], text, (p) => p)).toEqual([{ type: "bold", start: 0, end: 12 }]);
    expect(mapFormatting([{ type: "bold", start: 5, end: 7 }], text, (p) => p)).toEqual([]);
  });
});
