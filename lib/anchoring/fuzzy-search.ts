import approxSearch from "approx-string-match";
import type { TextRange } from "./text-diff";
import { MAX_ERRORS_CAP, MAX_ERROR_RATE } from "./types";

/** A span of text that matches a quote with `errors` insertions, deletions or substitutions. */
export interface FuzzyMatch extends TextRange {
  errors: number;
}

// approx-string-match reports every end position that ties for the fewest errors, often several ends for one
// start ("Kirby say" and "Kirby says"). A few per start are plenty to choose from by context; scoring hundreds of
// near-identical spans would only cost time.
const MAX_ENDS_PER_START = 3;
const MAX_MATCHES = 32;

/** How many errors a fuzzy match of `quote` may have (see MAX_ERROR_RATE for the trade-off). */
export function maxErrorsFor(quote: string): number {
  return Math.min(MAX_ERRORS_CAP, Math.floor(quote.length * MAX_ERROR_RATE));
}

/**
 * The closest approximate matches of `quote` within `regions` of `text` (bit-parallel Myers search, at most
 * `maxErrors` errors; only the matches with the fewest errors are reported).
 *
 * The regions are searched as one string, joined by `maxErrors + 1` copies of a character the quote does not
 * contain, so that no match can span two regions: setting up a search costs about as much as scanning a few
 * hundred characters, and there may be a hundred small regions.
 */
export function findFuzzy(text: string, quote: string, regions: readonly TextRange[], maxErrors: number): FuzzyMatch[] {
  if (quote.length === 0) return [];
  const usable = regions.filter((r) => r.end - r.start >= quote.length - maxErrors);
  if (usable.length === 0) return [];

  const separator = separatorFor(quote).repeat(maxErrors + 1);
  const joinedStarts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const region of usable) {
    if (parts.length > 0) {
      parts.push(separator);
      length += separator.length;
    }
    joinedStarts.push(length);
    parts.push(text.slice(region.start, region.end));
    length += region.end - region.start;
  }

  const found: FuzzyMatch[] = [];
  const endsPerStart = new Map<number, number>();
  for (const match of approxSearch(parts.join(""), quote, maxErrors)) {
    const i = lastAtOrBefore(joinedStarts, match.start);
    const region = usable[i];
    const offset = joinedStarts[i];
    if (!region || offset === undefined) continue;
    const start = Math.max(region.start, region.start + match.start - offset);
    const end = Math.min(region.end, region.start + match.end - offset);
    const ends = endsPerStart.get(start) ?? 0;
    if (start >= end || ends >= MAX_ENDS_PER_START) continue;
    endsPerStart.set(start, ends + 1);
    found.push({ start, end, errors: match.errors });
    if (found.length >= MAX_MATCHES) break;
  }
  return found;
}

/** A character that does not occur in `quote`, so that it never matches any of the quote's characters. */
function separatorFor(quote: string): string {
  let code = 0xfffe;
  while (quote.includes(String.fromCharCode(code))) code--;
  return String.fromCharCode(code);
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
