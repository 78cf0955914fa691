import { paragraphsOf } from "../text/normalise";
import { trimRange, type FormattingRange } from "./formatting";
import type { RemovedPart } from "./removed-parts";

/**
 * One paragraph of an import preview, in page order: a paragraph the extraction kept (with its offset in the
 * preview's text) or a part it removed (with why). The analyst may leave out a kept one or put back a removed one.
 */
export interface PreviewBlock {
  text: string;
  /** Offset in the preview's text for a paragraph the extraction kept; null for a removed part. */
  start: number | null;
  reason: string | null;
  kept: boolean;
}

/** The preview's paragraphs with its removed parts put where they stood, each in its extracted state. */
export function previewBlocks(text: string, removed: readonly RemovedPart[]): PreviewBlock[] {
  const blocks: PreviewBlock[] = [];
  const parts = [...removed].map((r, i) => ({ ...r, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  let next = 0;
  const removedUpTo = (offset: number) => {
    while (next < parts.length && (parts[next]?.at ?? Infinity) <= offset) {
      const part = parts[next++];
      if (part) blocks.push({ text: part.text, start: null, reason: part.reason, kept: false });
    }
  };
  for (const p of paragraphsOf(text)) {
    // A part at a paragraph's start offset stood before it (offset 0), one at its end after it.
    removedUpTo(p.start === 0 ? 0 : p.start - 2);
    blocks.push({ text: p.text, start: p.start, reason: null, kept: true });
  }
  removedUpTo(Infinity);
  return blocks;
}

/**
 * The text the analyst confirmed: the kept blocks in order, one blank line apart, with the extraction's
 * formatting carried over exactly (a range over a left-out paragraph shrinks to the paragraphs still there, or
 * goes). Put-back parts come without formatting.
 */
export function assemblePreview(blocks: readonly PreviewBlock[], formatting: readonly FormattingRange[]): { text: string; formatting: FormattingRange[] } {
  const pieces: string[] = [];
  // For each paragraph of the extracted text: where it starts now, or null when it was left out.
  const originals: { start: number; length: number; newStart: number | null }[] = [];
  let length = 0;
  for (const block of blocks) {
    const newStart = block.kept ? length + (pieces.length > 0 ? 2 : 0) : null;
    if (block.kept) {
      pieces.push(block.text);
      length = (newStart ?? 0) + block.text.length;
    }
    if (block.start !== null) originals.push({ start: block.start, length: block.text.length, newStart });
  }
  const text = pieces.join("\n\n");

  const map = (pos: number, side: "start" | "end"): number => {
    // The paragraph holding the position: the last one starting at or before it.
    let j = -1;
    for (let lo = 0, hi = originals.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if ((originals[mid]?.start ?? 0) <= pos) {
        j = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const p = originals[j];
    if (p && p.newStart !== null) return p.newStart + Math.min(pos - p.start, p.length);
    if (side === "start") {
      const after = originals.slice(j + 1).find((o) => o.newStart !== null);
      return after?.newStart ?? text.length;
    }
    const before = [...originals.slice(0, Math.max(0, j))].reverse().find((o) => o.newStart !== null);
    return before && before.newStart !== null ? before.newStart + before.length : 0;
  };
  const ranges = formatting.flatMap((r) => {
    const t = trimRange(text, map(r.start, "start"), map(r.end, "end"));
    return t ? [{ ...r, ...t }] : [];
  });
  return { text, formatting: ranges };
}
