/**
 * Matching two analysts' spans one to one, exactly (same start and end) or leniently (character Jaccard
 * |A ∩ B| / |A ∪ B| ≥ 0.5), and the precision, recall and F1 of one analyst's spans against the other's.
 *
 * Candidates are found by a sweep over both lists sorted by start, so only overlapping pairs are ever scored:
 * O((n + m) log(n + m) + overlapping pairs), not O(n · m). The one-to-one choice is greedy on the best Jaccard
 * first (ties: earlier span first), which keeps every exact match.
 */

export interface Span {
  start: number;
  end: number;
}

export type MatchMode = "exact" | "lenient";
export const LENIENT_JACCARD = 0.5;

export interface SpanMatch {
  /** Positions in the first and second list. */
  a: number;
  b: number;
  jaccard: number;
}

/** The character Jaccard of two spans: shared characters over characters in either. */
export function jaccard(x: Span, y: Span): number {
  const shared = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  if (shared <= 0) return 0;
  return shared / (Math.max(x.end, y.end) - Math.min(x.start, y.start));
}

/** One-to-one matches between `a` and `b`, in the order of `a`. */
export function matchSpans(a: readonly Span[], b: readonly Span[], mode: MatchMode): SpanMatch[] {
  const candidates = mode === "exact" ? exactCandidates(a, b) : overlapCandidates(a, b);
  candidates.sort(
    (x, y) =>
      y.jaccard - x.jaccard ||
      (a[x.a] as Span).start - (a[y.a] as Span).start ||
      (b[x.b] as Span).start - (b[y.b] as Span).start ||
      x.a - y.a ||
      x.b - y.b,
  );
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const matches: SpanMatch[] = [];
  for (const candidate of candidates) {
    if (usedA[candidate.a] || usedB[candidate.b]) continue;
    usedA[candidate.a] = 1;
    usedB[candidate.b] = 1;
    matches.push(candidate);
  }
  return matches.sort((x, y) => x.a - y.a);
}

function exactCandidates(a: readonly Span[], b: readonly Span[]): SpanMatch[] {
  const byPosition = new Map<string, number[]>();
  b.forEach((span, i) => {
    const key = `${span.start}:${span.end}`;
    const list = byPosition.get(key);
    if (list) list.push(i);
    else byPosition.set(key, [i]);
  });
  const candidates: SpanMatch[] = [];
  a.forEach((span, i) => {
    for (const j of byPosition.get(`${span.start}:${span.end}`) ?? []) candidates.push({ a: i, b: j, jaccard: 1 });
  });
  return candidates;
}

/** Every overlapping pair whose Jaccard reaches the lenient threshold. */
function overlapCandidates(a: readonly Span[], b: readonly Span[]): SpanMatch[] {
  const orderA = sortedByStart(a);
  const orderB = sortedByStart(b);
  const candidates: SpanMatch[] = [];
  // Walk b in start order; keep the b spans still open (end beyond the current a's start).
  let next = 0;
  let open: number[] = [];
  for (const i of orderA) {
    const x = a[i] as Span;
    while (next < orderB.length && (b[orderB[next] as number] as Span).start < x.end) open.push(orderB[next++] as number);
    open = open.filter((j) => (b[j] as Span).end > x.start);
    for (const j of open) {
      const score = jaccard(x, b[j] as Span);
      if (score >= LENIENT_JACCARD) candidates.push({ a: i, b: j, jaccard: score });
    }
  }
  return candidates;
}

function sortedByStart(spans: readonly Span[]): number[] {
  return spans.map((_, i) => i).sort((i, j) => (spans[i] as Span).start - (spans[j] as Span).start || (spans[i] as Span).end - (spans[j] as Span).end);
}

export interface PrecisionRecall {
  /** Share of the first analyst's spans the second also has; null when the first has none. */
  precision: number | null;
  /** Share of the second analyst's spans the first also has; null when the second has none. */
  recall: number | null;
  /** Harmonic mean, 2·matched / (|a| + |b|); null when neither has a span. */
  f1: number | null;
  matched: number;
  /** How many spans each analyst has. */
  a: number;
  b: number;
}

/** Precision, recall and F1 of `a` against `b` (b as the reference), from their one-to-one matches. */
export function precisionRecall(a: readonly Span[], b: readonly Span[], mode: MatchMode): PrecisionRecall {
  const matched = matchSpans(a, b, mode).length;
  return {
    precision: a.length === 0 ? null : matched / a.length,
    recall: b.length === 0 ? null : matched / b.length,
    f1: a.length + b.length === 0 ? null : (2 * matched) / (a.length + b.length),
    matched,
    a: a.length,
    b: b.length,
  };
}
