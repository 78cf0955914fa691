/**
 * Cohen's κ for two raters who rated the same items, with optional weights for ordered categories
 * (Cohen 1960; weighted κ, Cohen 1968). κ = 1 − Σ w·observed / Σ w·expected, where `w` is the disagreement
 * weight of a pair of categories (0 on the diagonal): 1 off the diagonal for nominal data, |i − j| / (k − 1) for
 * linear weights. With nominal weights this is the familiar (p_o − p_e) / (1 − p_e).
 */

export type KappaWeights = "nominal" | "linear";

export interface Kappa {
  /** The share of items both raters put in the same category. */
  agreement: number | null;
  /** null when there is nothing to rate, or when chance agreement is already perfect (no variance at all). */
  kappa: number | null;
  /** The number of items rated by both. */
  n: number;
}

/**
 * κ over `pairs` of ratings, each a category of `categories` (in their order, which matters for linear
 * weights). A rating outside `categories` is a programming error.
 */
export function cohensKappa<C extends string>(pairs: readonly (readonly [C, C])[], categories: readonly C[], weights: KappaWeights = "nominal"): Kappa {
  const n = pairs.length;
  if (n === 0) return { agreement: null, kappa: null, n: 0 };
  const k = categories.length;
  const index = new Map(categories.map((c, i) => [c, i]));
  const table = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rows = new Array<number>(k).fill(0);
  const cols = new Array<number>(k).fill(0);
  let same = 0;
  for (const [a, b] of pairs) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) throw new Error(`unknown category ${i === undefined ? a : b}`);
    (table[i] as number[])[j] = ((table[i] as number[])[j] as number) + 1;
    rows[i] = (rows[i] as number) + 1;
    cols[j] = (cols[j] as number) + 1;
    if (i === j) same++;
  }
  const weight = (i: number, j: number) => (i === j ? 0 : weights === "linear" ? Math.abs(i - j) / Math.max(1, k - 1) : 1);
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = weight(i, j);
      observed += (w * ((table[i] as number[])[j] as number)) / n;
      expected += (w * (rows[i] as number) * (cols[j] as number)) / (n * n);
    }
  }
  // No expected disagreement: both raters used one and the same category throughout, and κ is undefined.
  const kappa = expected === 0 ? null : 1 - observed / expected;
  return { agreement: same / n, kappa, n };
}
