import { codePointAt, codePointBefore, splitsSurrogatePair } from "../text/code-points";

/** A half-open range of JavaScript string indices into an article's canonical text. */
export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
// Apostrophes and hyphens belong to a word when a word character stands on both sides ("don't", "Su-35").
const JOINER = /^['’\-‐]$/u;
// Unicode files the percent signs under punctuation, but they belong to the figure before them ("10%").
const TRIM = /^(?![%‰‱])[\s\p{P}\p{Z}]$/u;

const isWord = (char: string) => WORD.test(char);

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const { char, width } = codePointAt(text, index);
  if (isWord(char)) return true;
  if (!JOINER.test(char) || index === 0) return false;
  return isWord(codePointBefore(text, index).char) && index + width < text.length && isWord(codePointAt(text, index + width).char);
}

/**
 * The span an analyst meant: a selection that starts or ends inside a word grows to the whole word, then
 * whitespace and punctuation on either edge are dropped (symbols such as `$` or `%` are kept). Returns null
 * when nothing but whitespace and punctuation was selected.
 */
export function snapToWords(text: string, span: Span): Span | null {
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.max(start, Math.min(span.end, text.length));
  // A selection edge between the halves of an emoji takes in the whole character.
  if (splitsSurrogatePair(text, start)) start -= 1;
  if (splitsSurrogatePair(text, end)) end += 1;

  while (start > 0 && isWordAt(text, start) && isWordAt(text, start - codePointBefore(text, start).width)) {
    start -= codePointBefore(text, start).width;
  }
  while (end < text.length && end > 0 && isWordAt(text, end) && isWordAt(text, end - codePointBefore(text, end).width)) {
    end += codePointAt(text, end).width;
  }
  while (start < end && TRIM.test(codePointAt(text, start).char) && !isWordAt(text, start)) {
    start += codePointAt(text, start).width;
  }
  while (end > start && TRIM.test(codePointBefore(text, end).char) && !isWordAt(text, end - codePointBefore(text, end).width)) {
    end -= codePointBefore(text, end).width;
  }
  return start < end ? { start, end } : null;
}

/** True when the span holds at least one character that is not whitespace. */
export function hasContent(text: string, span: Span): boolean {
  return /\S/u.test(text.slice(span.start, span.end));
}
