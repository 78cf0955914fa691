import DiffMatchPatch from "diff-match-patch";
import { DIFF_TIMEOUT_MS } from "./types";

/** A half-open range of new-text offsets. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The alignment of an old and a new article text, computed once for all claims: the runs of text both versions
 * share (in order), and the ranges of new text that the old text did not have at that place.
 */
export interface TextDiff {
  readonly oldLength: number;
  readonly newLength: number;
  /** Old-text start, new-text start and length of each shared run, in text order. */
  readonly oldStarts: Int32Array;
  readonly newStarts: Int32Array;
  readonly lengths: Int32Array;
  /** Ranges of new text that were inserted (or replaced old text), in text order, never empty. */
  readonly insertions: TextRange[];
}

type Diff = [number, string];

const EQUAL = 0;
const DELETE = -1;
const INSERT = 1;

/**
 * Diffs two texts with diff-match-patch within a time budget. Offsets are mapped through the raw diff, which keeps
 * every shared letter it found; the insertions are read from a copy cleaned up to whole words and phrases, so that
 * a moved paragraph shows up as one insertion rather than as scraps around coincidentally equal letters. When the
 * budget runs out the diff is merely coarser (more text counts as replaced), never wrong.
 */
export function diffTexts(oldText: string, newText: string, timeoutMs: number = DIFF_TIMEOUT_MS): TextDiff {
  const dmp = new DiffMatchPatch();
  // A positive budget also turns on diff-match-patch's "half match" shortcut, which splits a long article with
  // scattered edits around long shared stretches: measured faster here than its paragraph-first line mode alone.
  // The deadline is passed as well, so that a budget of 0 means no time at all rather than no limit.
  dmp.Diff_Timeout = Math.max(0.001, timeoutMs / 1000);
  const deadline = Date.now() + timeoutMs;
  const diffs: Diff[] = oldText === newText ? [[EQUAL, oldText]] : dmp.diff_main(oldText, newText, true, deadline);

  const oldStarts: number[] = [];
  const newStarts: number[] = [];
  const lengths: number[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const [op, text] of diffs) {
    if (op === EQUAL && text.length > 0) {
      oldStarts.push(oldPos);
      newStarts.push(newPos);
      lengths.push(text.length);
    }
    if (op !== INSERT) oldPos += text.length;
    if (op !== DELETE) newPos += text.length;
  }

  // diff_cleanupSemantic rewrites the tuples in place, hence the copy.
  const cleaned: Diff[] = diffs.map(([op, text]) => [op, text]);
  if (cleaned.length > 2) dmp.diff_cleanupSemantic(cleaned);
  const insertions: TextRange[] = [];
  newPos = 0;
  for (const [op, text] of cleaned) {
    if (op === INSERT && text.length > 0) {
      const last = insertions[insertions.length - 1];
      if (last && last.end === newPos) last.end += text.length;
      else insertions.push({ start: newPos, end: newPos + text.length });
    }
    if (op !== DELETE) newPos += text.length;
  }

  return {
    oldLength: oldPos,
    newLength: newPos,
    oldStarts: Int32Array.from(oldStarts),
    newStarts: Int32Array.from(newStarts),
    lengths: Int32Array.from(lengths),
    insertions,
  };
}

/** Index of the last shared run whose old start is <= `pos` (or < `pos` when `strict`), or -1. */
function runBefore(diff: TextDiff, pos: number, strict: boolean): number {
  let lo = 0;
  let hi = diff.oldStarts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = diff.oldStarts[mid] ?? 0;
    if (strict ? s < pos : s <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Where an old-text offset lands in the new text, and whether it lands there exactly (inside shared text) or
 * only approximately (the text around it was deleted or replaced; then it lands at the edge of that change).
 * A claim's start belongs to the character after it and its end to the character before it, which is what
 * `side` says: an insertion right before a claim must not pull its start, one right after it must not push its end.
 */
export function mapOffset(diff: TextDiff, pos: number, side: "start" | "end"): { pos: number; exact: boolean } {
  const i = runBefore(diff, pos, side === "end");
  if (i < 0) return { pos: 0, exact: false };
  const oldStart = diff.oldStarts[i] ?? 0;
  const newStart = diff.newStarts[i] ?? 0;
  const length = diff.lengths[i] ?? 0;
  const inside = side === "start" ? pos < oldStart + length : pos <= oldStart + length;
  if (inside) return { pos: newStart + (pos - oldStart), exact: true };
  return { pos: newStart + length, exact: false };
}

/**
 * How much shared text surrounds the old span [start, end): the characters of the same shared run before and
 * after it, or null when the span does not lie within a single shared run. A span the diff carried over with
 * little shared text around it may have been lined up with other words that read the same (two sentences ending
 * in "on Tuesday." when paragraphs were swapped).
 */
export function sharedAround(diff: TextDiff, start: number, end: number): { before: number; after: number } | null {
  const i = runBefore(diff, start, false);
  if (i < 0) return null;
  const oldStart = diff.oldStarts[i] ?? 0;
  const oldEnd = oldStart + (diff.lengths[i] ?? 0);
  if (end > oldEnd) return null;
  return { before: start - oldStart, after: oldEnd - end };
}

/** How many characters of the old span [start, end) the diff found in the new text (in shared runs). */
export function sharedLength(diff: TextDiff, start: number, end: number): number {
  let total = 0;
  for (let i = Math.max(0, runBefore(diff, start, false)); i < diff.oldStarts.length; i++) {
    const runStart = diff.oldStarts[i] ?? 0;
    if (runStart >= end) break;
    const runEnd = runStart + (diff.lengths[i] ?? 0);
    total += Math.max(0, Math.min(end, runEnd) - Math.max(start, runStart));
  }
  return total;
}
