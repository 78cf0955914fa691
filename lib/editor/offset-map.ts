/**
 * Text offsets ↔ ProseMirror positions for the workspace's article document.
 *
 * The document is `doc > paragraph*`: the canonical text is split on "\n\n" into paragraphs, and a single
 * "\n" inside a paragraph becomes a hard-break leaf. ProseMirror counts a paragraph's opening and closing
 * token as one position each, a leaf as one and a UTF-16 code unit of text as one, exactly as JavaScript
 * string offsets count. So a paragraph that starts at offset `s` has its content at position `s + 1`, and
 * the two characters of a separator line up with the paragraph's closing and the next one's opening token.
 * The map keeps the paragraph table anyway, to tell text offsets from offsets inside a separator.
 */

/** One paragraph of the document, as a half-open range of text offsets (separators excluded). */
export interface ParagraphRange {
  start: number;
  end: number;
}

export interface OffsetMap {
  /** Length of the canonical text. */
  readonly textLength: number;
  /** The paragraphs in order; a text with no characters still has one, empty, paragraph. */
  readonly paragraphs: readonly ParagraphRange[];
  /** `doc.content.size` of the document built from the same text. */
  readonly docSize: number;
}

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

/** Builds the map for one article text. */
export function createOffsetMap(text: string): OffsetMap {
  const paragraphs = paragraphRanges(text);
  const docSize = paragraphs.reduce((size, p) => size + (p.end - p.start) + 2, 0);
  return { textLength: text.length, paragraphs, docSize };
}

/** Index of the last paragraph that starts at or before `offset` (binary search). */
function paragraphIndexAt(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.paragraphs[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when `offset` falls between the two characters of a paragraph separator (no text position there). */
export function isInsideSeparator(map: OffsetMap, offset: number): boolean {
  if (offset <= 0 || offset >= map.textLength) return false;
  const paragraph = map.paragraphs[paragraphIndexAt(map, offset)];
  return paragraph !== undefined && offset > paragraph.end;
}

/**
 * The ProseMirror position of a text offset (clamped to the text). A paragraph's content starts one
 * position after its first offset (its opening token), and each earlier paragraph's two tokens take the
 * place of its two-character separator, so the position is always the offset plus one. An offset inside a separator maps to the position between the two
 * paragraphs, which is a valid position for a range but not for a caret.
 */
export function offsetToPos(map: OffsetMap, offset: number): number {
  return Math.max(0, Math.min(offset, map.textLength)) + 1;
}

/**
 * The text offset of a ProseMirror position. Positions outside any paragraph's content (before the first,
 * between two, after the last) snap forward to the next paragraph's start, or with `bias: "backward"` to
 * the previous paragraph's end, so a selection's start and end never land inside a separator.
 */
export function posToOffset(map: OffsetMap, pos: number, bias: "forward" | "backward" = "forward"): number {
  const offset = pos - 1;
  if (offset <= 0) return 0;
  if (offset >= map.textLength) return map.textLength;
  if (!isInsideSeparator(map, offset)) return offset;
  return bias === "forward" ? offset + 1 : offset - 1;
}
