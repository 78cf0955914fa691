/**
 * Levenshtein distance between `a` and `b` (UTF-16 code units), computed only within a band of width `max`
 * around the diagonal, so it costs O(length × max). Returns `max + 1` as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number = Math.max(a.length, b.length)): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  const big = max + 1;
  let prev = new Int32Array(lb + 1).fill(big);
  let cur = new Int32Array(lb + 1).fill(big);
  for (let j = 0; j <= Math.min(lb, max); j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(lb, i + max);
    cur.fill(big, Math.max(0, from - 1), Math.min(lb, to + 1) + 1);
    if (from === 1) cur[0] = i <= max ? i : big;
    const ca = a.charCodeAt(i - 1);
    let rowMin = from === 1 ? (cur[0] ?? big) : big;
    for (let j = from; j <= to; j++) {
      const substitute = (prev[j - 1] ?? big) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = (prev[j] ?? big) + 1;
      const insert = (cur[j - 1] ?? big) + 1;
      const d = Math.min(substitute, remove, insert, big);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[lb] ?? big, big);
}

/** 1 when the strings are equal, falling towards 0 as more of the longer one has to be edited to get the other. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - editDistance(a, b, longest) / longest;
}

/**
 * How well a claim's stored context still stands next to a candidate span, 0..1: `stored` (a prefix or a
 * suffix) is aligned against `nearby` text that ends (`before`) or starts (`after`) at the span's edge, the
 * alignment pinned to that edge and free to start anywhere further out. So a context that lost or gained a few
 * words right next to the quote still counts its untouched part, instead of comparing shifted text letter by
 * letter. Costs O(stored × nearby).
 */
export function contextSimilarity(stored: string, nearby: string, side: "before" | "after"): number {
  const m = stored.length;
  const n = nearby.length;
  if (m === 0) return 1;
  // Walk both strings outwards from the span's edge, so "before" and "after" are the same computation.
  const s = side === "before" ? (i: number) => stored.charCodeAt(m - 1 - i) : (i: number) => stored.charCodeAt(i);
  const t = side === "before" ? (j: number) => nearby.charCodeAt(n - 1 - j) : (j: number) => nearby.charCodeAt(j);
  // cost[j]: edits to turn the first i stored characters into the first j nearby ones (both counted from the edge).
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const c = s(i - 1);
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min((prev[j - 1] ?? 0) + (c === t(j - 1) ? 0 : 1), (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  // The far end is free: the stored context may line up with any stretch of nearby text that reaches the edge.
  let best = m;
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j] ?? m);
  return 1 - best / m;
}
