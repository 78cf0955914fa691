import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectClaims } from ".";

const WORDS = [
  "Kirby", "said", "told", "reporters", "that", "according", "to", "the", "a", "officials", "he", "she", "they",
  "warned", "added", ",", ".", ":", "“", "”", "\"", "'", "(", ")", "Russia", "Mr.", "U.S.", "Iran,”", "“We", "adding",
  "condemned", "report", "who", "and", "Tuesday", "🙂", "é", "\n", "\n\n", "—", "Sen.", "Jane", "Doe", "in", "on",
];

/** Article-like text built from attribution words and marks, or anything at all, lone surrogates included. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...WORDS), { maxLength: 150 }).map((ws) => ws.join(" ")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);

describe("detectClaims on arbitrary text", () => {
  it("never throws, keeps every span inside the text and non-empty, sorts by start, and is deterministic", () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, reporter) => {
        const claims = detectClaims(t, { reporterStatements: reporter });
        const inside = (s: { start: number; end: number }) => 0 <= s.start && s.start < s.end && s.end <= t.length;
        for (const c of claims) {
          expect(inside(c)).toBe(true);
          if (c.cueSpan) expect(inside(c.cueSpan)).toBe(true);
          if (c.speakerMention) expect(inside(c.speakerMention)).toBe(true);
          expect(c.kind === "reporter").toBe(c.speaker === null && c.cue === null && c.direct === null);
        }
        for (let i = 1; i < claims.length; i++) expect(claims[i]!.start).toBeGreaterThanOrEqual(claims[i - 1]!.start);
        expect(detectClaims(t, { reporterStatements: reporter })).toEqual(claims);
      }),
      { numRuns: 300 },
    );
  });

  it("finds no two attributed claims over the same characters", () => {
    fc.assert(
      fc.property(text, (t) => {
        const claims = detectClaims(t).filter((c) => c.kind === "attributed");
        for (let i = 1; i < claims.length; i++) expect(claims[i]!.start).toBeGreaterThanOrEqual(claims[i - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });
});
