/**
 * Quoted passages. A paragraph that opens a quotation mark without closing it continues the quote into the next
 * paragraph when that one opens with a quotation mark again (the newspaper convention for long quotes).
 */
export interface QuotePiece {
  /** The words inside the marks. */
  start: number;
  end: number;
  /** The opening mark's offset, and the closing mark's (-1 when the paragraph ends inside the quote). */
  open: number;
  close: number;
  /** Index of the first piece of a quote running over several paragraphs, or this piece's own index. */
  first: number;
}

const LEFT = 0x201c; // “
const RIGHT = 0x201d; // ”
const STRAIGHT = 0x22; // "
const GUILLEMET_OPEN = new Set([0xab, 0x201e]); // « „
const GUILLEMET_CLOSE = 0xbb; // »
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:]/u;

/** The quoted passages of a text, in order; `lines` are the paragraph spans (one per line of text). */
export function findQuotes(text: string, lines: { start: number; end: number }[]): QuotePiece[] {
  const out: QuotePiece[] = [];
  let carried = -1; // index of the piece whose quote is still open at the end of the previous paragraph
  for (const line of lines) {
    let open = -1;
    let openWidth = 1; // 2 for a two-apostrophe mark, whose first apostrophe is `open`
    let first = -1;
    for (let i = line.start; i < line.end; i++) {
      let ch = text.charCodeAt(i);
      // Two apostrophes stand for a double quotation mark in some wire and newspaper text ('' ... '').
      const doubled = ch === 0x27 && text.charCodeAt(i + 1) === 0x27 && i + 1 < line.end;
      if (doubled) ch = STRAIGHT;
      if (ch !== LEFT && ch !== RIGHT && ch !== STRAIGHT && ch !== GUILLEMET_CLOSE && !GUILLEMET_OPEN.has(ch)) continue;
      const prev = i > line.start ? (text[i - 1] ?? "") : " ";
      // A right mark that opens a paragraph cannot close anything: it is a mistyped opening mark.
      const isOpen = ch === LEFT || GUILLEMET_OPEN.has(ch) || (ch === STRAIGHT && open < 0 && BEFORE_OPEN.test(prev)) ||
        (ch === RIGHT && open < 0 && i === line.start && carried < 0);
      // A quote opened with a straight mark closes with one: curly marks inside it are a quotation within it.
      const openedStraight = open >= 0 && text.charCodeAt(open) === STRAIGHT || (open >= 0 && text.charCodeAt(open) === 0x27);
      const isClose = openedStraight ? ch === STRAIGHT : ch === RIGHT || ch === GUILLEMET_CLOSE || (ch === STRAIGHT && open >= 0);
      if (open < 0 && isOpen) {
        open = i;
        openWidth = doubled ? 2 : 1;
        if (doubled) i++;
        first = carried >= 0 && open === line.start ? carried : -1;
        carried = -1;
      } else if (open >= 0 && isClose) {
        const index = out.length;
        if (i > open + openWidth) out.push({ start: open + openWidth, end: i, open, close: doubled ? i + 1 : i, first: first >= 0 ? first : index });
        if (doubled) i++;
        open = -1;
      }
    }
    carried = -1;
    if (open >= 0 && line.end > open + openWidth) {
      const index = out.length;
      out.push({ start: open + openWidth, end: line.end, open, close: -1, first: first >= 0 ? first : index });
      carried = index;
    }
  }
  return out;
}
