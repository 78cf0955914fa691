import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { krippendorffsAlpha } from "./alpha";

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section on reliability data with missing
// values: four observers, twelve units, values 1–5 (null: the observer gave none). The paper's results are
// nominal α = 0.743, ordinal α = 0.815, interval α = 0.849; recomputed independently here by his pairwise
// definition α = 1 − D_o/D_e (a short Python script over the same table): 0.7434, 0.8154, 0.8491.
const OBSERVERS: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const UNITS = (OBSERVERS[0] as (number | null)[]).map((_, u) => OBSERVERS.flatMap((row) => (row[u] === null ? [] : [row[u] as number])));
const VALUES = [1, 2, 3, 4, 5];

describe("Krippendorff's α", () => {
  it.each([
    ["nominal", 0.743421052631579],
    ["ordinal", 0.8153875037548813],
    ["interval", 0.8491071428571428],
  ] as const)("the 2011 paper's example, %s: %s", (metric, alpha) => {
    const result = krippendorffsAlpha(UNITS, VALUES, metric);
    expect(result.alpha).toBeCloseTo(alpha, 10);
    // Unit 12 has one value only and does not count: 11 units, 40 pairable values.
    expect(result.units).toBe(11);
    expect(result.n).toBe(40);
  });

  it("equals 1 − D_o/D_e worked by hand for two coders", () => {
    // Two coders, four units: (a,a) (a,b) (b,b) (b,b). Coincidences: o_aa = 2, o_ab = o_ba = 1, o_bb = 4;
    // n_a = 3, n_b = 5, n = 8. α = 1 − (n − 1)·(o_ab + o_ba) / (n_a·n_b + n_b·n_a) = 1 − 7·2/30 = 0.5333.
    const result = krippendorffsAlpha([["a", "a"], ["a", "b"], ["b", "b"], ["b", "b"]], ["a", "b"]);
    expect(result.alpha).toBeCloseTo(1 - 14 / 30, 12);
  });

  it("is undefined without pairable values or without variance", () => {
    expect(krippendorffsAlpha([["a"], []], ["a", "b"]).alpha).toBeNull();
    expect(krippendorffsAlpha([["a", "a"], ["a", "a", "a"]], ["a", "b"]).alpha).toBeNull();
  });

  const categories = ["low", "moderate", "high"] as const;
  const units = fc.array(fc.array(fc.constantFrom(...categories), { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 30 });

  it("is 1 when every unit's coders agree and the units vary", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...categories), fc.integer({ min: 2, max: 4 })), { minLength: 2, maxLength: 20 }), (spec) => {
        fc.pre(new Set(spec.map(([v]) => v)).size > 1);
        const data = spec.map(([v, m]) => Array.from({ length: m }, () => v));
        for (const metric of ["nominal", "ordinal", "interval"] as const) expect(krippendorffsAlpha(data, categories, metric).alpha).toBeCloseTo(1, 12);
      }),
    );
  });

  it("does not depend on the order of units or of values within a unit, and never exceeds 1", () => {
    fc.assert(
      fc.property(units, fc.constantFrom("nominal" as const, "ordinal" as const), (data, metric) => {
        const forward = krippendorffsAlpha(data, categories, metric);
        const shuffled = krippendorffsAlpha([...data].reverse().map((u) => [...u].reverse()), categories, metric);
        if (forward.alpha === null) expect(shuffled.alpha).toBeNull();
        else expect(shuffled.alpha).toBeCloseTo(forward.alpha, 10);
        if (forward.alpha !== null) expect(forward.alpha).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
