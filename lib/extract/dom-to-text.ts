import { normaliseText } from "../text/normalise";
import { diffTexts, mapOffset } from "../anchoring/text-diff";
import { mapFormatting, safeHref, sortFormatting, trimRange, type FormattingRange, type FormattingType } from "./formatting";

/**
 * An HTML tree to Claimlens's canonical text plus stand-off formatting: the words a reader sees, one paragraph
 * per block (separated by one blank line), a `<br>` as a line break, and each heading, list, quote, emphasis and
 * link as a range over that text. Script, style, form and other non-text elements never contribute a character;
 * links keep only http(s) targets. Captions (`figcaption`) are left out of the text and returned apart.
 */
export interface TextWithFormatting {
  text: string;
  formatting: FormattingRange[];
  captions: string[];
}

// Elements whose content is never article text.
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio",
  "form", "button", "input", "select", "textarea", "option", "head", "title", "meta", "link", "img", "picture", "source",
]);
// Elements that start and end a paragraph.
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address", "h1", "h2", "h3", "h4",
  "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "table", "thead", "tbody", "tfoot",
  "tr", "td", "th", "caption", "hr", "details", "summary", "center", "body", "html",
]);
const MARKS: Record<string, FormattingType> = { b: "bold", strong: "bold", i: "italic", em: "italic", cite: "italic", s: "strike", del: "strike", strike: "strike", code: "code" };
const BLOCK_TYPES: Record<string, FormattingType> = { ul: "bulletList", ol: "orderedList", li: "listItem", blockquote: "blockquote", pre: "codeBlock" };

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Characters the canonical text never holds (see normaliseText), removed from each text node before anything else.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g;
const BREAK = "\u0000"; // a paragraph break while the raw text is built (never in a cleaned text node)

/** Converts the children of `root` (a readability result or any element) to canonical text with formatting. */
export function domToText(root: Node, baseUrl?: string | null): TextWithFormatting {
  let raw = "";
  const ranges: FormattingRange[] = [];
  const captions: string[] = [];

  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      let value = (node.nodeValue ?? "").replace(CONTROL, "").normalize("NFC");
      if (!pre) value = value.replace(/[ \t\n\r\f]+/g, " ");
      raw += value;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName?.toLowerCase() ?? "";
    if (SKIPPED.has(tag) || el.getAttribute("hidden") !== null || el.getAttribute("aria-hidden") === "true") return;
    if (tag === "figcaption") {
      const caption = domToText(el, baseUrl).text;
      if (caption) captions.push(caption);
      return;
    }
    if (tag === "br") {
      raw += "\n";
      return;
    }
    const block = BLOCK.has(tag);
    if (block) raw += BREAK;
    const start = raw.length;
    const inPre = pre || tag === "pre";
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, inPre);
    const end = raw.length;
    if (block) raw += BREAK;
    const range = rangeFor(el, tag, start, end, baseUrl);
    if (range) ranges.push(range);
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child, false);
  return cleanUp(raw, ranges, captions);
}

function rangeFor(el: Element, tag: string, start: number, end: number, baseUrl?: string | null): FormattingRange | null {
  if (end <= start) return null;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return { type: "heading", start, end, level: Number(heading[1]) };
  if (tag === "a") {
    const href = safeHref(el.getAttribute("href"), baseUrl);
    return href ? { type: "link", start, end, href } : null;
  }
  const type = MARKS[tag] ?? BLOCK_TYPES[tag];
  return type ? { type, start, end } : null;
}

/**
 * Turns the raw text into canonical text by deleting characters only (extra spaces, blank lines, spaces at line
 * ends), so that every raw offset maps to a canonical one through a count of the characters kept before it.
 */
function cleanUp(raw: string, ranges: FormattingRange[], captions: string[]): TextWithFormatting {
  const keep = new Uint8Array(raw.length);
  let out = "";
  // Walk lines separated by "\n" or BREAK; decide per character whether it survives.
  let i = 0;
  let pendingBreak: "" | "\n" | "\n\n" = "";
  let pendingBreakAt: number[] = [];
  while (i < raw.length) {
    const c = raw[i] ?? "";
    if (c === BREAK || c === "\n") {
      // A run of breaks and spaces: at most one paragraph break or one line break, kept only between words.
      let j = i;
      let paragraph = false;
      const newlines: number[] = [];
      while (j < raw.length && (raw[j] === BREAK || raw[j] === "\n" || raw[j] === " " || raw[j] === "\t")) {
        if (raw[j] === BREAK) paragraph = true;
        if (raw[j] === "\n" || raw[j] === BREAK) newlines.push(j);
        j++;
      }
      if (newlines.filter((k) => raw[k] === "\n").length >= 2) paragraph = true;
      pendingBreak = paragraph ? "\n\n" : "\n";
      pendingBreakAt = newlines;
      i = j;
      continue;
    }
    if (c === " " || c === "\t") {
      // Spaces at the start of a paragraph or line go; a run of spaces becomes one, kept only if a word follows.
      let j = i;
      while (j < raw.length && (raw[j] === " " || raw[j] === "\t")) j++;
      const next = raw[j];
      if (out !== "" && pendingBreak === "" && next !== undefined && next !== BREAK && next !== "\n") {
        keep[i] = 1;
        out += " ";
      }
      i = j;
      continue;
    }
    if (pendingBreak !== "" && out !== "") {
      // The break's characters are the first one or two newline positions of the run (BREAK counts as one).
      const [first, second] = pendingBreakAt;
      if (pendingBreak === "\n\n" && pendingBreakAt.length < 2) {
        // A single BREAK standing for a paragraph break: it is replaced by two characters, see below.
        if (first !== undefined) keep[first] = 2;
      } else {
        if (first !== undefined) keep[first] = 1;
        if (pendingBreak === "\n\n" && second !== undefined) keep[second] = 1;
      }
      out += pendingBreak;
    }
    pendingBreak = "";
    pendingBreakAt = [];
    keep[i] = 1;
    out += c;
    i++;
  }

  // newIndex[k]: the canonical offset of raw offset k (characters kept before it; a lone BREAK became two).
  const newIndex = new Int32Array(raw.length + 1);
  let n = 0;
  for (let k = 0; k < raw.length; k++) {
    newIndex[k] = n;
    n += keep[k] ?? 0;
  }
  newIndex[raw.length] = n;
  let text = out;
  let formatting = ranges.flatMap((r) => {
    const t = trimRange(text, newIndex[r.start] ?? 0, newIndex[r.end] ?? 0);
    return t ? [{ ...r, ...t }] : [];
  });

  // Text nodes were normalised one by one; where a node boundary split what NFC composes (an accent that starts a
  // text node), the whole text differs from normaliseText's. Map the ranges through the (tiny) difference.
  const canonical = normaliseText(text);
  if (canonical !== text) {
    const diff = diffTexts(text, canonical);
    formatting = mapFormatting(formatting, canonical, (pos, side) => mapOffset(diff, pos, side).pos);
    text = canonical;
  }
  return { text, formatting: sortFormatting(dedupe(formatting)), captions };
}

function dedupe(ranges: FormattingRange[]): FormattingRange[] {
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const key = `${r.type} ${r.start} ${r.end} ${r.href ?? ""} ${r.level ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
