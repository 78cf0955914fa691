/**
 * Krippendorff's α for any number of coders, missing values allowed, from the coincidence matrix
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 *   α = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 * where o_ck counts, within each unit with m_u ≥ 2 values, every ordered pair of values (c, k) from different
 * coders weighted 1 / (m_u − 1), n_c = Σ_k o_ck and n = Σ_c n_c (the pairable values).
 */

export type AlphaMetric = "nominal" | "ordinal" | "interval";

export interface Alpha {
  /** null when fewer than two pairable values, or when every pairable value is the same (no variance). */
  alpha: number | null;
  /** Units with at least two values (the ones that count). */
  units: number;
  /** Pairable values: the values in those units. */
  n: number;
}

/**
 * α over `units`, each the values its coders gave (missing values left out), every value one of `categories`
 * (ordered from lowest to highest for the ordinal and interval metrics).
 */
export function krippendorffsAlpha<C extends string | number>(units: readonly (readonly C[])[], categories: readonly C[], metric: AlphaMetric = "nominal"): Alpha {
  const k = categories.length;
  const index = new Map(categories.map((c, i) => [c, i]));
  const o = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let counted = 0;
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    counted++;
    const at = unit.map((v) => {
      const i = index.get(v);
      if (i === undefined) throw new Error(`unknown category ${String(v)}`);
      return i;
    });
    // Each value pairs with the m − 1 others; counting per category keeps a unit O(m + k²) rather than O(m²).
    const counts = new Array<number>(k).fill(0);
    for (const i of at) counts[i] = (counts[i] as number) + 1;
    for (let c = 0; c < k; c++) {
      const nc = counts[c] as number;
      if (nc === 0) continue;
      for (let d = 0; d < k; d++) {
        const nd = counts[d] as number;
        const pairs = c === d ? nc * (nc - 1) : nc * nd;
        if (pairs > 0) (o[c] as number[])[d] = ((o[c] as number[])[d] as number) + pairs / (m - 1);
      }
    }
  }
  const marginals = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = marginals.reduce((s, x) => s + x, 0);
  const delta2 = distance(metric, categories, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      const w = delta2(c, d);
      observed += ((o[c] as number[])[d] as number) * w;
      expected += (marginals[c] as number) * (marginals[d] as number) * w;
    }
  }
  const rounded = Math.round(n);
  if (n < 2 || expected === 0) return { alpha: null, units: counted, n: rounded };
  return { alpha: 1 - ((n - 1) * observed) / expected, units: counted, n: rounded };
}

/** The squared difference δ²(c, d) between categories at positions c and d. */
function distance<C>(metric: AlphaMetric, categories: readonly C[], marginals: readonly number[]): (c: number, d: number) => number {
  if (metric === "nominal") return (c, d) => (c === d ? 0 : 1);
  if (metric === "interval") {
    const values = categories.map((c, i) => (typeof c === "number" ? c : i));
    return (c, d) => ((values[c] as number) - (values[d] as number)) ** 2;
  }
  // Ordinal: the distance between two ranks is the mass of values between them, each end counting half.
  const cumulative = [0];
  for (const m of marginals) cumulative.push((cumulative[cumulative.length - 1] as number) + m);
  return (c, d) => {
    if (c === d) return 0;
    const [lo, hi] = c < d ? [c, d] : [d, c];
    const between = (cumulative[hi + 1] as number) - (cumulative[lo] as number);
    return (between - ((marginals[c] as number) + (marginals[d] as number)) / 2) ** 2;
  };
}
