import type { Span } from "../claims/span";
import { splitsSurrogatePair } from "../text/code-points";
import { sentenceAround, sentenceSpans } from "../text/sentences";
import type { SentenceExcerpt } from "./model";

/**
 * How far either side of a claim the sentence is looked for, in code units. A sentence running on past this
 * is cut (and marked so), which keeps one runaway paragraph from filling the speaker page.
 */
export const EXCERPT_CONTEXT = 600;
// A cut sentence is trimmed back to a word boundary when one is this close, so that no half word shows.
const WORD_SNAP = 40;

/**
 * The whole sentence (or sentences) around a claim, with the claim's place in it: what the speaker page shows.
 * Only the text within `context` of the claim is split into sentences, so a long article costs no more than a
 * short one; `text` may be a prefix of the article that reaches at least `context` past the claim.
 */
export function sentenceExcerpt(text: string, span: Span, context = EXCERPT_CONTEXT): SentenceExcerpt {
  let from = Math.max(0, span.start - context);
  if (splitsSurrogatePair(text, from)) from -= 1;
  let to = Math.min(text.length, span.end + context);
  if (splitsSurrogatePair(text, to)) to += 1;
  const window = text.slice(from, to);
  const local = { start: span.start - from, end: span.end - from };
  const sentence = sentenceAround(window, local, sentenceSpans(window));

  let start = sentence.start;
  let end = sentence.end;
  // The window's edge is not a sentence boundary: the sentence was cut there.
  const clippedBefore = from > 0 && window.slice(0, start).trim() === "";
  const clippedAfter = to < text.length && window.slice(end).trim() === "";
  if (clippedBefore) {
    const space = window.slice(start, Math.min(local.start, start + WORD_SNAP)).search(/\s/u);
    if (space >= 0) start += space + 1;
  }
  if (clippedAfter) {
    const tail = window.slice(Math.max(local.end, end - WORD_SNAP), end);
    const space = tail.search(/\s\S*$/u);
    if (space >= 0) end = end - tail.length + space;
  }
  return {
    text: window.slice(start, end),
    quoteStart: local.start - start,
    quoteEnd: local.end - start,
    clippedBefore,
    clippedAfter,
  };
}

/**
 * The excerpt of an orphaned claim, which has no place in the current text: its old quote between the context
 * stored with it, marked as cut on both sides where the context was.
 */
export function storedExcerpt(claim: { quote: string; prefix: string; suffix: string }): SentenceExcerpt {
  return {
    text: claim.prefix + claim.quote + claim.suffix,
    quoteStart: claim.prefix.length,
    quoteEnd: claim.prefix.length + claim.quote.length,
    clippedBefore: claim.prefix !== "",
    clippedAfter: claim.suffix !== "",
  };
}
