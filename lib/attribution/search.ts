/** Binary searches over lists sorted by offset, so the detector stays linear-ish on long paragraphs. */

/** The first index in `0..length` whose key is >= `value` (keys ascending). */
export function lowerBound(length: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when [start, end) overlaps a span of `sorted` (sorted by start, not overlapping each other). */
export function overlapsSorted(sorted: { start: number; end: number }[], start: number, end: number): boolean {
  const i = lowerBound(sorted.length, (k) => sorted[k]!.end, start + 1);
  const s = sorted[i];
  return !!s && s.start < end;
}
