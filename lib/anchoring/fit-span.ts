import { CONTEXT_LENGTH } from "../claims/context";
import { snapToWords } from "../claims/span";
import { splitsSurrogatePair } from "../text/code-points";
import { alignBoundary } from "./align";
import type { TextRange } from "./text-diff";
import type { StoredAnchor } from "./types";

// How much of the quote's head (or tail) is aligned with the prefix (or suffix) to place a boundary: enough to
// get past an edit near the edge, small enough that the alignment stays a few thousand cells.
const EDGE_LENGTH = 2 * CONTEXT_LENGTH;

/**
 * A fuzzy match made into a claim span: grown to whole words when the claim covered whole words (`wholeWords`),
 * since approximate matching happily ends a match mid-word, and never splitting a surrogate pair.
 */
export function fitSpan(text: string, span: TextRange, wholeWords: boolean): TextRange {
  let { start, end } = span;
  if (wholeWords) {
    const snapped = snapToWords(text, { start, end });
    if (snapped) ({ start, end } = snapped);
  }
  if (splitsSurrogatePair(text, start)) start -= 1;
  if (splitsSurrogatePair(text, end)) end += 1;
  return { start, end };
}

/**
 * Moves the edges of an approximate match of `anchor.quote` to where the stored prefix and suffix say the quote
 * starts and ends (see `alignBoundary`). `slack` is how far an edge may move.
 * Returns null when the edges cross.
 */
export function placeEdges(text: string, anchor: StoredAnchor, match: TextRange, slack: number): TextRange | null {
  const { quote, prefix, suffix } = anchor;
  const head = quote.slice(0, EDGE_LENGTH);
  const tail = quote.slice(Math.max(0, quote.length - EDGE_LENGTH));
  const start = alignBoundary(
    text,
    Math.max(0, match.start - prefix.length - slack),
    Math.min(text.length, match.start + head.length + slack),
    prefix + head,
    prefix.length,
    "start",
  );
  const end = alignBoundary(
    text,
    Math.max(0, match.end - tail.length - slack),
    Math.min(text.length, match.end + suffix.length + slack),
    tail + suffix,
    tail.length,
    "end",
  );
  return start < end ? { start, end } : null;
}
