import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { jaccard, matchSpans, precisionRecall, type Span } from "./spans";

const s = (start: number, end: number): Span => ({ start, end });

describe("span matching", () => {
  it.each([
    [s(0, 10), s(0, 10), 1],
    [s(0, 10), s(5, 15), 5 / 15],
    [s(0, 10), s(0, 20), 0.5],
    [s(0, 10), s(10, 20), 0],
    [s(2, 4), s(0, 10), 0.2],
  ])("Jaccard of %o and %o is %s", (x, y, value) => {
    expect(jaccard(x, y)).toBeCloseTo(value, 12);
    expect(jaccard(y, x)).toBeCloseTo(value, 12);
  });

  it.each([
    {
      name: "exact matches only on the same offsets",
      a: [s(0, 10), s(20, 30), s(40, 50)],
      b: [s(0, 10), s(21, 30), s(40, 50), s(60, 70)],
      mode: "exact" as const,
      pairs: [[0, 0], [2, 2]],
    },
    {
      name: "lenient matches at Jaccard ≥ 0.5 (20–30 vs 21–30 is 0.9; 0–10 vs 0–20 is exactly 0.5)",
      a: [s(0, 10), s(20, 30), s(40, 50)],
      b: [s(0, 20), s(21, 30), s(45, 60)],
      mode: "lenient" as const,
      pairs: [[0, 0], [1, 1]],
    },
    {
      name: "one to one: the better of two candidates wins, the other span stays unmatched",
      a: [s(0, 10)],
      b: [s(0, 12), s(0, 10)],
      mode: "lenient" as const,
      pairs: [[0, 1]],
    },
    {
      name: "a long span claims one short span only",
      a: [s(0, 10), s(0, 4)],
      b: [s(0, 9)],
      mode: "lenient" as const,
      pairs: [[0, 0]],
    },
    {
      name: "duplicates pair up one to one",
      a: [s(5, 9), s(5, 9)],
      b: [s(5, 9)],
      mode: "exact" as const,
      pairs: [[0, 0]],
    },
  ])("$name", ({ a, b, mode, pairs }) => {
    expect(matchSpans(a, b, mode).map((m) => [m.a, m.b])).toEqual(pairs);
  });

  it("gives precision against the reference, recall of the reference, and F1", () => {
    // a has 4 spans, b has 5, 3 match: P = 3/4, R = 3/5, F1 = 6/9.
    const a = [s(0, 5), s(10, 15), s(20, 25), s(30, 35)];
    const b = [s(0, 5), s(10, 15), s(20, 25), s(40, 45), s(50, 55)];
    expect(precisionRecall(a, b, "exact")).toEqual({ precision: 0.75, recall: 0.6, f1: 6 / 9, matched: 3, a: 4, b: 5 });
    expect(precisionRecall([], b, "exact")).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(precisionRecall([], [], "lenient")).toMatchObject({ precision: null, recall: null, f1: null });
  });

  const span = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 40 })).map(([start, length]) => s(start, start + length));
  const spans = fc.array(span, { maxLength: 40 });

  it("swapping the analysts swaps precision and recall, F1 stays", () => {
    fc.assert(
      fc.property(spans, spans, fc.constantFrom("exact" as const, "lenient" as const), (a, b, mode) => {
        const ab = precisionRecall(a, b, mode);
        const ba = precisionRecall(b, a, mode);
        expect(ba.precision).toBe(ab.recall);
        expect(ba.recall).toBe(ab.precision);
        expect(ba.f1).toBe(ab.f1);
      }),
    );
  });

  it("matches one to one, above the threshold, and at least as many leniently as exactly", () => {
    fc.assert(
      fc.property(spans, spans, (a, b) => {
        const lenient = matchSpans(a, b, "lenient");
        expect(new Set(lenient.map((m) => m.a)).size).toBe(lenient.length);
        expect(new Set(lenient.map((m) => m.b)).size).toBe(lenient.length);
        for (const m of lenient) expect(jaccard(a[m.a] as Span, b[m.b] as Span)).toBeGreaterThanOrEqual(0.5);
        expect(lenient.length).toBeGreaterThanOrEqual(matchSpans(a, b, "exact").length);
        const pr = precisionRecall(a, a, "lenient");
        if (a.length > 0) expect([pr.precision, pr.recall, pr.f1]).toEqual([1, 1, 1]);
      }),
    );
  });
});
