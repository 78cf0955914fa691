import type { TextDiff, TextRange } from "./text-diff";

/**
 * Where in the new text a claim's words may have gone when the diff could not carry them over, besides a window
 * around the place the diff maps the claim to: the text the edit inserted, padded by `pad` so that a match may
 * straddle the edge of an insertion, merged where the pads overlap. Text that both versions share is left out
 * on purpose: the same words found there were there before the edit too, so they are other words that read the
 * same, not this claim's. Insertions shorter than `minInsertion` are left out as well: they cannot hold a large
 * part of the quote, so a match around them would be mostly old, shared text.
 */
export function insertedRegions(diff: TextDiff, minInsertion: number, pad: number): TextRange[] {
  const out: TextRange[] = [];
  for (const insertion of diff.insertions) {
    if (insertion.end - insertion.start < minInsertion) continue;
    const start = Math.max(0, insertion.start - pad);
    const end = Math.min(diff.newLength, insertion.end + pad);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/** `range` clipped to [0, length]. */
export function clipRange(range: TextRange, length: number): TextRange {
  const start = Math.max(0, Math.min(length, range.start));
  return { start, end: Math.max(start, Math.min(length, range.end)) };
}
