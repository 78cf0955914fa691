/**
 * Stand-off formatting: an article's structure (headings, lists, quotes, emphasis, links) kept as typed ranges
 * over its canonical text, never inside it, so that claims keep referring to plain-text offsets and may span
 * any formatting. Block types are named as @tiptap/starter-kit's nodes, mark types as its marks, so that the
 * workspace renders each range with the node or mark of the same name.
 */

/** Block ranges (each covers whole paragraphs of the text) and inline ranges (marks). */
export const BLOCK_FORMATS = ["heading", "paragraph", "bulletList", "orderedList", "listItem", "blockquote", "codeBlock"] as const;
export const MARK_FORMATS = ["bold", "italic", "strike", "code", "link"] as const;
export const FORMATTING_TYPES = [...BLOCK_FORMATS, ...MARK_FORMATS] as const;
export type FormattingType = (typeof FORMATTING_TYPES)[number];

export interface FormattingRange {
  type: FormattingType;
  /** JavaScript string indices into the canonical text, half-open: `start < end`. */
  start: number;
  end: number;
  /** For `link` only: an absolute http or https address. */
  href?: string;
  /** For `heading` only: 1 to 6. */
  level?: number;
}

/** The most ranges one article may carry (a long article has a few thousand). */
export const MAX_FORMATTING_RANGES = 20_000;

const BLOCKS: ReadonlySet<string> = new Set(BLOCK_FORMATS);

export const isBlockFormat = (type: FormattingType) => BLOCKS.has(type);

/** True for an absolute http or https address without credentials: the only link targets Claimlens keeps. */
export function isSafeHref(href: string): boolean {
  if (href.length > 2000) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.username === "" && url.password === "";
}

/** `href` resolved against the page's address, or null unless it is a safe http(s) address (see `isSafeHref`). */
export function safeHref(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = base ? new URL(href.trim(), base) : new URL(href.trim());
  } catch {
    return null;
  }
  return isSafeHref(url.href) ? url.href : null;
}

/** What is wrong with each range against `text` (empty when all are fine), located as `formatting[i].field`. */
export function formattingProblems(text: string, ranges: readonly FormattingRange[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  ranges.forEach((r, i) => {
    const at = `formatting[${i}]`;
    if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end <= r.start) {
      problems.push({ path: `${at}.start`, message: "must be whole numbers with 0 <= start < end" });
    } else if (r.end > text.length) {
      problems.push({ path: `${at}.end`, message: `is past the end of the text (${text.length} characters)` });
    }
    if (r.type === "link" ? !(r.href && isSafeHref(r.href)) : r.href !== undefined) {
      problems.push({ path: `${at}.href`, message: r.type === "link" ? "a link needs an http or https address" : "only a link has an address" });
    }
    if (r.type === "heading" ? !(Number.isInteger(r.level) && (r.level ?? 0) >= 1 && (r.level ?? 0) <= 6) : r.level !== undefined) {
      problems.push({ path: `${at}.level`, message: r.type === "heading" ? "a heading needs a level from 1 to 6" : "only a heading has a level" });
    }
  });
  return problems;
}

/** Ranges in a stable order: by start, longer (outer) first, then by type; what the database and exports hold. */
export function sortFormatting<T extends FormattingRange>(ranges: readonly T[]): T[] {
  return [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
}

/**
 * Moves ranges through one splice of the text: `removed` characters at `at` replaced by `inserted` ones. A range
 * edge inside the removed part lands at its edge; a range left empty is dropped. Text inserted exactly at a
 * range's start or end stays outside it.
 */
export function spliceFormatting(ranges: readonly FormattingRange[], at: number, removed: number, inserted: number): FormattingRange[] {
  const map = (pos: number, side: "start" | "end") => {
    if (pos < at || (pos === at && side === "end")) return pos;
    if (pos >= at + removed) return pos - removed + inserted;
    return side === "start" ? at + inserted : at;
  };
  return ranges.flatMap((r) => {
    const start = map(r.start, "start");
    const end = map(r.end, "end");
    return start < end ? [{ ...r, start, end }] : [];
  });
}

/**
 * Carries ranges over to an edited text through a position mapping (the one claims are re-anchored with).
 * Edges the edit did not touch map exactly; an edge inside replaced text lands at the edge of the change; a
 * range that comes out empty was deleted with its text and is dropped, and so is one whose words were mostly
 * replaced (`kept` says how many of a range's characters the edit kept). Whitespace at either end is trimmed
 * off, so that a range never starts or ends on a paragraph break.
 */
export function mapFormatting(
  ranges: readonly FormattingRange[],
  newText: string,
  mapPos: (pos: number, side: "start" | "end") => number,
  kept: (start: number, end: number) => number = (start, end) => end - start,
): FormattingRange[] {
  return ranges.flatMap((r) => {
    // Less than half of its words left: what the range marked is gone (a heading rewritten, an emphasis deleted).
    if (kept(r.start, r.end) * 2 < r.end - r.start) return [];
    const trimmed = trimRange(newText, mapPos(r.start, "start"), mapPos(r.end, "end"));
    return trimmed ? [{ ...r, ...trimmed }] : [];
  });
}

/** [start, end) without the whitespace at its ends, clipped to the text; null when nothing is left. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return s < e ? { start: s, end: e } : null;
}
