/**
 * Text offsets ↔ ProseMirror positions for the workspace's article document.
 *
 * The document is `doc > paragraph*` (the editing view) or `doc > section* > paragraph*` (the reading view, whose
 * sections group the paragraphs so that the browser skips the layout of far-off text section by section: see
 * article-text.module.css). The canonical text is split on "\n\n" into paragraphs, and a single "\n" inside a
 * paragraph becomes a hard-break leaf. ProseMirror counts each node's opening and closing token as one position,
 * a leaf as one and a UTF-16 code unit of text as one, exactly as JavaScript string offsets count. So without
 * sections a paragraph that starts at offset `s` has its content at position `s + 1` (the two characters of a
 * separator line up with one paragraph's closing and the next one's opening token); in sections, every section
 * before a paragraph's own adds its two tokens, and its own section its opening one: `s + 2 + 2 × section`.
 */

/** One paragraph of the document, as a half-open range of text offsets (separators excluded). */
export interface ParagraphRange {
  start: number;
  end: number;
}

export interface OffsetMap {
  /** How many paragraphs each section holds, or null for a document of paragraphs alone. */
  readonly sectionSize: number | null;
  /** Length of the canonical text. */
  readonly textLength: number;
  /** The paragraphs in order; a text with no characters still has one, empty, paragraph. */
  readonly paragraphs: readonly ParagraphRange[];
  /** `doc.content.size` of the document built from the same text. */
  readonly docSize: number;
}

/** The paragraphs per section of the reading view's document: large enough that the browser checks few of them on
 * each frame (its own intersection checks of every `content-visibility` block), small enough that one seldom lays
 * out much more than a screenful. `npm run bench content-visibility` measures the first. */
export const READING_SECTION_SIZE = 50;

/** The separator between paragraphs in canonical text. */
export const PARAGRAPH_SEPARATOR = "\n\n";

/** The paragraphs of a text as the document builder splits it (an empty text gives one empty paragraph). */
export function paragraphRanges(text: string): ParagraphRange[] {
  const out: ParagraphRange[] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf(PARAGRAPH_SEPARATOR, start);
    if (at < 0) break;
    out.push({ start, end: at });
    start = at + PARAGRAPH_SEPARATOR.length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Builds the map for one article text, for a document with its paragraphs in sections of `sectionSize` or none. */
export function createOffsetMap(text: string, sectionSize: number | null = null): OffsetMap {
  if (sectionSize !== null && !(Number.isInteger(sectionSize) && sectionSize > 0)) throw new RangeError(`sectionSize must be a positive integer, not ${sectionSize}`);
  const paragraphs = paragraphRanges(text);
  const sections = sectionSize === null ? 0 : Math.ceil(paragraphs.length / sectionSize);
  const docSize = paragraphs.reduce((size, p) => size + (p.end - p.start) + 2, 0) + 2 * sections;
  return { sectionSize, textLength: text.length, paragraphs, docSize };
}

/** What to add to an offset in paragraph `index` for its position: the tokens that open it and come before it. */
function shift(map: OffsetMap, index: number): number {
  return map.sectionSize === null ? 1 : 2 + 2 * Math.floor(index / map.sectionSize);
}

/** A paragraph's first text offset. */
const startOf = (map: OffsetMap, index: number) => map.paragraphs[index]?.start ?? 0;
/** A paragraph's first content position. */
const contentStartOf = (map: OffsetMap, index: number) => startOf(map, index) + shift(map, index);

/** Index of the last paragraph whose `key` (start offset or content position) is at or before `at` (binary search). */
function lastParagraphAt(map: OffsetMap, at: number, key: (map: OffsetMap, index: number) => number): number {
  let lo = 0;
  let hi = map.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(map, mid) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when `offset` falls between the two characters of a paragraph separator (no text position there). */
export function isInsideSeparator(map: OffsetMap, offset: number): boolean {
  if (offset <= 0 || offset >= map.textLength) return false;
  const paragraph = map.paragraphs[lastParagraphAt(map, offset, startOf)];
  return paragraph !== undefined && offset > paragraph.end;
}

/**
 * The ProseMirror position of a text offset (clamped to the text): the offset plus the tokens before it. An offset
 * inside a separator maps to the position just after the earlier paragraph, which is a valid position for a range
 * but not for a caret.
 */
export function offsetToPos(map: OffsetMap, offset: number): number {
  const clamped = Math.max(0, Math.min(offset, map.textLength));
  const index = lastParagraphAt(map, clamped, startOf);
  const paragraph = map.paragraphs[index] ?? { start: 0, end: 0 };
  return clamped > paragraph.end ? paragraph.end + shift(map, index) + 1 : clamped + shift(map, index);
}

/**
 * The text offset of a ProseMirror position. Positions outside any paragraph's content (before the first,
 * between two, after the last) snap forward to the next paragraph's start, or with `bias: "backward"` to
 * the previous paragraph's end, so a selection's start and end never land inside a separator.
 */
export function posToOffset(map: OffsetMap, pos: number, bias: "forward" | "backward" = "forward"): number {
  if (pos <= shift(map, 0)) return 0;
  const index = lastParagraphAt(map, pos, contentStartOf);
  const paragraph = map.paragraphs[index] ?? { start: 0, end: 0 };
  const offset = pos - shift(map, index);
  if (offset <= paragraph.end) return offset;
  if (bias === "backward") return paragraph.end;
  return map.paragraphs[index + 1]?.start ?? map.textLength;
}
