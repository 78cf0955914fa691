import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextSimilarity, editDistance, similarity } from "./edit-distance";

/** Plain Levenshtein, the reference the banded version must agree with. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1), (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

const short = fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "é"), maxLength: 24 });

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["Shoigu", "Shoygu", 1],
    ["Sergei Shoigu", "Sergey Shoygu", 2],
    ["kitten", "sitting", 3],
    ["abc", "", 3],
  ])("%j → %j is %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it("agrees with plain Levenshtein within the band and says max + 1 beyond it", () => {
    fc.assert(
      fc.property(short, short, fc.nat({ max: 30 }), (a, b, max) => {
        const d = levenshtein(a, b);
        expect(editDistance(a, b, max)).toBe(d <= max ? d : max + 1);
      }),
      { numRuns: 500 },
    );
  });

  it("gives similarity 1 for equal strings and 0 for nothing in common", () => {
    expect(similarity("", "")).toBe(1);
    expect(similarity("Iran", "Iran")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
  });
});

describe("contextSimilarity", () => {
  it("counts the untouched part of a prefix that lost words next to the quote", () => {
    // The stored prefix ended with "In September, "; the edit removed those words.
    const stored = "Iran,” Kirby said.\n\nIn September, ";
    expect(contextSimilarity(stored, "either Hezbollah or Iran,” Kirby said.\n\n", "before")).toBeCloseTo(1 - 14 / stored.length, 5);
  });

  it("counts a suffix that gained a word next to the quote as nearly intact", () => {
    expect(contextSimilarity(" for whether Wagner", " closely for whether Wagner provides", "after")).toBeCloseTo(1 - 8 / 19, 5);
  });

  it("is 1 for an unchanged context and low for unrelated text", () => {
    expect(contextSimilarity("Kirby said.", "John Kirby said.", "before")).toBe(1);
    expect(contextSimilarity(" on Tuesday", " on Tuesday, adding", "after")).toBe(1);
    expect(contextSimilarity(" on Tuesday", "xxxxxxxxxxxxxxxxxxxxxx", "after")).toBe(0);
    expect(contextSimilarity("", "anything", "before")).toBe(1);
  });
});
