import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cohensKappa } from "./kappa";
import { landisKoch, readingInWords } from "./reading";

/** Expands a contingency table (rows: rater A's category, columns: rater B's) into rating pairs. */
function pairsFrom<C extends string>(categories: readonly C[], table: number[][]): [C, C][] {
  const pairs: [C, C][] = [];
  table.forEach((row, i) => row.forEach((count, j) => {
    for (let k = 0; k < count; k++) pairs.push([categories[i] as C, categories[j] as C]);
  }));
  return pairs;
}

const YES_NO = ["yes", "no"] as const;

describe("Cohen's κ", () => {
  // Hand-worked: p_o = (a + d) / n; p_e = (row_yes·col_yes + row_no·col_no) / n²; κ = (p_o − p_e) / (1 − p_e).
  it.each([
    // The textbook example (Wikipedia, "Cohen's kappa"): 50 grant proposals, p_o = 35/50 = 0.7,
    // p_e = (25·30 + 25·20) / 2500 = 0.5, κ = 0.2 / 0.5 = 0.4.
    { table: [[20, 5], [10, 15]], agreement: 0.7, kappa: 0.4 },
    // Same p_o = 0.6, different marginals: p_e = (60·50 + 40·50)/10000 = 0.5 → κ = 0.2; then
    // p_e = (70·30 + 30·70)/10000 = 0.42 → κ = 0.18/0.58 ≈ 0.3103.
    { table: [[35, 25], [15, 25]], agreement: 0.6, kappa: 0.2 },
    { table: [[25, 45], [5, 25]], agreement: 0.5, kappa: (0.5 - 0.42) / 0.58 },
    // Every item the other way round: p_o = 0, p_e = 0.5 → κ = −1.
    { table: [[0, 5], [5, 0]], agreement: 0, kappa: -1 },
  ])("$table → κ $kappa", ({ table, agreement, kappa }) => {
    const result = cohensKappa(pairsFrom(YES_NO, table), YES_NO);
    expect(result.agreement).toBeCloseTo(agreement, 10);
    expect(result.kappa).toBeCloseTo(kappa, 10);
    expect(result.n).toBe(table.flat().reduce((s, x) => s + x, 0));
  });

  it("weights ordered categories linearly: a near miss costs half of a far one", () => {
    // Hand-worked, 40 items over low/moderate/high: weighted observed disagreement 6.5/40 = 0.1625, expected
    // 712/1600 = 0.445, κ_w = 1 − 0.1625/0.445 ≈ 0.6348 (unweighted: p_o = 0.7, p_e = 0.3313, κ ≈ 0.5514).
    const levels = ["low", "moderate", "high"] as const;
    const table = [[10, 3, 1], [2, 8, 4], [0, 2, 10]];
    expect(cohensKappa(pairsFrom(levels, table), levels, "linear").kappa).toBeCloseTo(0.6348314607, 8);
    expect(cohensKappa(pairsFrom(levels, table), levels).kappa).toBeCloseTo(0.5514018692, 8);
  });

  it("is undefined without items or without any variance", () => {
    expect(cohensKappa([], YES_NO)).toEqual({ agreement: null, kappa: null, n: 0 });
    expect(cohensKappa(pairsFrom(YES_NO, [[4, 0], [0, 0]]), YES_NO)).toEqual({ agreement: 1, kappa: null, n: 4 });
  });

  const ratings = fc.array(fc.tuple(fc.constantFrom(...YES_NO, "maybe" as const), fc.constantFrom(...YES_NO, "maybe" as const)), { minLength: 1, maxLength: 60 });
  const categories = ["yes", "no", "maybe"] as const;

  it("is 1 for identical ratings whenever they vary", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...categories), { minLength: 2, maxLength: 60 }), (values) => {
        fc.pre(new Set(values).size > 1);
        expect(cohensKappa(values.map((v) => [v, v] as const), categories).kappa).toBeCloseTo(1, 12);
      }),
    );
  });

  it("does not depend on which rater is which, and stays within [−1, 1]", () => {
    fc.assert(
      fc.property(ratings, fc.constantFrom("nominal" as const, "linear" as const), (pairs, weights) => {
        const forward = cohensKappa(pairs, categories, weights);
        const backward = cohensKappa(pairs.map(([a, b]) => [b, a] as const), categories, weights);
        if (forward.kappa === null) expect(backward.kappa).toBeNull();
        else expect(backward.kappa).toBeCloseTo(forward.kappa, 12);
        if (forward.kappa !== null) {
          expect(forward.kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(forward.kappa).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(forward.agreement).toBeGreaterThanOrEqual(0);
        expect(forward.agreement).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("Landis & Koch reading", () => {
  it.each([
    [-0.1, "poor"],
    [0, "slight"],
    [0.2, "slight"],
    [0.21, "fair"],
    [0.4, "fair"],
    [0.55, "moderate"],
    [0.61, "substantial"],
    [0.8, "substantial"],
    [0.81, "almost perfect"],
    [1, "almost perfect"],
    [null, null],
  ] as const)("%s reads %s", (value, reading) => {
    expect(landisKoch(value)).toBe(reading);
  });

  it("says it in words", () => {
    expect(readingInWords(0.7)).toBe("substantial agreement");
    expect(readingInWords(null)).toBe("not enough to say");
  });
});
