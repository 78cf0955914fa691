import { isBlockFormat, type FormattingRange } from "@/lib/extract/formatting";
import type { ParagraphRange } from "@/lib/editor/offset-map";

/**
 * How stand-off formatting shapes the article document without changing a single position: a paragraph that a
 * heading range covers becomes a heading (one text block for another, so it takes the same two tokens), a
 * paragraph inside a list item, quote or code block keeps its place and says what it belongs to in an
 * attribute, and emphasis and links are marks on the text, which take no position at all. So a text offset maps to
 * its ProseMirror position by its paragraph's place alone (lib/editor/offset-map.ts), and a claim may span any
 * formatting.
 */
export type ParagraphRole =
  | { kind: "paragraph"; block: BlockRole | null }
  | { kind: "heading"; level: number };

/** What a paragraph belongs to: a bullet or numbered list item (with its number), a quote, or code. */
export interface BlockRole {
  type: "bullet" | "ordered" | "quote" | "code";
  number?: number;
}

const covers = (r: FormattingRange, p: ParagraphRange) => r.start <= p.start && r.end >= p.end && p.end > p.start;

/** The role of each paragraph, from the block ranges that cover it whole (the innermost list wins). */
export function paragraphRoles(paragraphs: readonly ParagraphRange[], formatting: readonly FormattingRange[]): ParagraphRole[] {
  const blocks = formatting.filter((f) => isBlockFormat(f.type));
  const numbers = new Map<FormattingRange, number>();
  return paragraphs.map((p) => {
    const over = blocks.filter((b) => covers(b, p));
    const heading = over.find((b) => b.type === "heading");
    if (heading) return { kind: "heading", level: heading.level ?? 2 };
    const item = over.some((b) => b.type === "listItem");
    // The innermost list: the shortest list range that covers the paragraph.
    const list = over.filter((b) => b.type === "bulletList" || b.type === "orderedList").sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (item && list) {
      if (list.type === "bulletList") return { kind: "paragraph", block: { type: "bullet" } };
      // Each list item's first paragraph takes the next number.
      const firstOfItem = over.some((b) => b.type === "listItem" && b.start === p.start);
      const n = (numbers.get(list) ?? 0) + (firstOfItem ? 1 : 0);
      numbers.set(list, n);
      return { kind: "paragraph", block: { type: "ordered", number: Math.max(1, n) } };
    }
    if (over.some((b) => b.type === "codeBlock")) return { kind: "paragraph", block: { type: "code" } };
    if (over.some((b) => b.type === "blockquote")) return { kind: "paragraph", block: { type: "quote" } };
    return { kind: "paragraph", block: null };
  });
}

/**
 * The pieces of `text` in [start, end) between the edges of the inline ranges, each with the ranges that cover
 * it. An edge between the two halves of a surrogate pair moves after it, so no piece holds half an emoji.
 */
export function markedSegments(text: string, start: number, end: number, marks: readonly FormattingRange[]): { start: number; end: number; marks: FormattingRange[] }[] {
  const inside = marks.filter((m) => !isBlockFormat(m.type) && m.start < end && m.end > start);
  const whole = (x: number) => (/[\uDC00-\uDFFF]/.test(text[x] ?? "") && /[\uD800-\uDBFF]/.test(text[x - 1] ?? "") ? x + 1 : x);
  const edges = inside.flatMap((m) => [whole(m.start), whole(m.end)]).filter((x) => x > start && x < end);
  const cuts = [...new Set([start, end, ...edges])].sort((a, b) => a - b);
  const out: { start: number; end: number; marks: FormattingRange[] }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i] ?? start;
    const e = cuts[i + 1] ?? end;
    // A piece is marked by the ranges it lies within (edges moved off a surrogate pair count as the range's).
    out.push({ start: s, end: e, marks: inside.filter((m) => whole(m.start) <= s && whole(m.end) >= e) });
  }
  return out;
}
