/**
 * Content spans as the scorer's conventions and the tag form want them: no outer quotation marks, no final
 * period of indirect speech (the tag form's word snapping); a direct quote keeps its inner closing comma.
 */
import { snapToWords } from "../claims/span";
import type { Draft } from "./draft";
import type { Span } from "./types";

export function trimContent(text: string, d: Draft): Span | null {
  if (d.direct === "direct") {
    let { start, end } = d;
    while (start < end && /\s/u.test(text[start] ?? "")) start++;
    while (end > start && /\s/u.test(text[end - 1] ?? "")) end--;
    return end > start ? { start, end } : null;
  }
  // (A complementiser "that" was left out where the content starts; a demonstrative "that" belongs to it.)
  let span = snapToWords(text, d);
  if (!span) return null;
  // Mixed content that ends in a quote keeps the quote's closing mark, as written, with the quote's own comma
  // before it (`are "not working," she said`), as a direct quote keeps it.
  if (d.direct === "mixed") {
    const comma = text[span.end] === "," ? 1 : 0;
    const mark = text[span.end + comma] ?? "";
    if (/["”]/u.test(mark) && text.slice(span.start, span.end).includes(mark === "”" ? "“" : '"')) span = { start: span.start, end: span.end + comma + 1 };
  }
  return span;
}
