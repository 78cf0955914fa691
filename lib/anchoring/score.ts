import { CONTEXT_LENGTH } from "../claims/context";
import { contextSimilarity, editDistance } from "./edit-distance";
import type { StoredAnchor } from "./types";

/** How a candidate span in the new text compares with a claim's stored quote and context. */
export interface ScoredSpan {
  start: number;
  end: number;
  /** Similarity of the new span's text to the stored quote (1 = identical). */
  quoteSimilarity: number;
  /** Quote, prefix, suffix and position similarity combined, 0..1. */
  score: number;
}

// Each context weighs as many characters as it holds and the quote twice its length, so the score reads as "the
// share of prefix + quote + suffix still the same", with the claim's own words counting double: 70 unchanged
// characters of quote are good evidence even where both contexts changed (a paragraph moved), 10 are not. A
// short quote still weighs as much as two contexts, or unchanged context would carry any four letters between.
// Position only breaks ties (as in Hypothesis's match-quote.ts).
const QUOTE_WEIGHT_PER_CHAR = 2;
const QUOTE_WEIGHT_FLOOR = 2 * CONTEXT_LENGTH;
const POSITION_WEIGHT = 2;

/**
 * Scores the span [start, end) of `text` as the new place of `anchor`, expected near `hint`. Context is
 * compared as far as the new text has any (a claim moved to the very start has no prefix to compare, and its
 * prefix then does not count). Returns null when the span's text is more than `maxErrors` edits from the quote,
 * or when it could not reach `floor` even with both contexts intact (which spares comparing them).
 */
export function scoreSpan(
  text: string,
  anchor: StoredAnchor,
  start: number,
  end: number,
  hint: number,
  maxErrors: number,
  floor = 0,
): ScoredSpan | null {
  const found = text.slice(start, end);
  const errors = editDistance(anchor.quote, found, maxErrors);
  if (errors > maxErrors) return null;
  const longest = Math.max(anchor.quote.length, found.length);
  const quoteSimilarity = longest === 0 ? 1 : 1 - errors / longest;

  const before = Math.min(anchor.prefix.length, start);
  const after = Math.min(anchor.suffix.length, text.length - end);
  const quoteWeight = Math.max(QUOTE_WEIGHT_FLOOR, QUOTE_WEIGHT_PER_CHAR * anchor.quote.length);
  const total = quoteWeight + before + after + POSITION_WEIGHT;
  if ((quoteWeight * quoteSimilarity + before + after + POSITION_WEIGHT) / total < floor) return null;
  const prefixSimilarity = contextSimilarity(
    anchor.prefix.slice(anchor.prefix.length - before),
    text.slice(Math.max(0, start - 2 * before), start),
    "before",
  );
  const suffixSimilarity = contextSimilarity(anchor.suffix.slice(0, after), text.slice(end, end + 2 * after), "after");
  const position = text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - hint) / text.length);

  const weighted =
    quoteWeight * quoteSimilarity + before * prefixSimilarity + after * suffixSimilarity + POSITION_WEIGHT * position;
  const score = weighted / total;
  return { start, end, quoteSimilarity, score };
}
