import { splitsSurrogatePair } from "../text/code-points";
import type { TextRange } from "./text-diff";

/** Most occurrences of one quote considered; a quote this common carries no information about its place. */
const MAX_OCCURRENCES = 200;

/**
 * Every place where `quote` occurs unchanged inside one of `regions` of `text` (each occurrence once, in text
 * order), skipping any that would start or end inside a surrogate pair.
 */
export function findExact(text: string, quote: string, regions: TextRange[]): TextRange[] {
  const found: TextRange[] = [];
  if (quote.length === 0) return found;
  const seen = new Set<number>();
  for (const region of regions) {
    if (region.end - region.start < quote.length) continue;
    // Search a slice, not `text` from region.start: indexOf would otherwise scan on past the region's end.
    const slice = text.slice(region.start, region.end);
    for (let i = slice.indexOf(quote); i !== -1; i = slice.indexOf(quote, i + 1)) {
      const start = region.start + i;
      const end = start + quote.length;
      if (seen.has(start) || splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) continue;
      seen.add(start);
      found.push({ start, end });
      if (found.length >= MAX_OCCURRENCES) return found;
    }
  }
  return found;
}
