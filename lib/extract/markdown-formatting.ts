import { diffTexts, mapOffset, sharedLength } from "../anchoring/text-diff";
import { domToText } from "./dom-to-text";
import { parseDocument } from "./extract-article";
import { mapFormatting, type FormattingRange } from "./formatting";

/**
 * The structure of a Markdown article as formatting ranges over its canonical text (the text `markdownToText`
 * gives, normalised, which this does not change: list items keep their "- " as they always have). The Markdown
 * is turned into a little HTML (headings, quotes, emphasis, code, links; every character of the source escaped
 * first, so no markup of the author's own gets through), read with the same DOM reader as web pages, and the
 * ranges moved onto the canonical text through a diff of the two texts.
 */
export function markdownFormatting(markdown: string, text: string): FormattingRange[] {
  const read = domToText(parseDocument(markdownToHtml(markdown)).body);
  const diff = diffTexts(read.text, text);
  return mapFormatting(
    read.formatting,
    text,
    (pos, side) => mapOffset(diff, pos, side).pos,
    (start, end) => sharedLength(diff, start, end),
  );
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Markdown to HTML, only as far as Claimlens keeps structure; paragraphs and line breaks as markdownToText has them. */
function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      out.push("<br>");
      continue;
    }
    if (inFence) {
      out.push(`<code>${escape(raw)}</code><br>`);
      continue;
    }
    if (raw.trim() === "" || /^\s*(=+|-{3,}|\*{3,}|_{3,})\s*$/.test(raw)) {
      out.push("<p></p>");
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+\s*)?$/.exec(raw);
    if (heading) {
      out.push(`<h${heading[1]?.length ?? 1}>${inline(heading[2] ?? "")}</h${heading[1]?.length ?? 1}>`);
      continue;
    }
    const quote = /^(\s*>)+\s?(.*)$/.exec(raw);
    if (quote) {
      out.push(`<blockquote>${inline(quote[2] ?? "")}</blockquote>`);
      continue;
    }
    out.push(`${inline(raw.replace(/^(\s*)[*+]\s+/, "$1- "))}<br>`);
  }
  return out.join("\n");
}

function inline(line: string): string {
  return escape(line)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\(\s*(https?:\/\/[^)\s]+)[^)]*\)/g, '<a href="$2">$1</a>')
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, "<b>$2</b>")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, "$1<i>$2</i>")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, "$1<i>$2</i>")
    .replace(/~~(?=\S)([^~]*?\S)~~/g, "<s>$1</s>");
}
