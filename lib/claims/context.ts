import { splitsSurrogatePair } from "../text/code-points";
import type { Span } from "./span";

/** How much context a claim keeps on each side, in code units (as the W3C TextQuoteSelector suggests). */
export const CONTEXT_LENGTH = 32;

/** The quote of a span and up to 32 code units of text on each side, never splitting a surrogate pair. */
export function quoteWithContext(text: string, span: Span): { quote: string; prefix: string; suffix: string } {
  let from = Math.max(0, span.start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, from)) from += 1;
  let to = Math.min(text.length, span.end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, to)) to -= 1;
  return {
    quote: text.slice(span.start, span.end),
    prefix: text.slice(from, span.start),
    suffix: text.slice(span.end, to),
  };
}
