import DiffMatchPatch from "diff-match-patch";
import { splitsSurrogatePair } from "./code-points";

/**
 * A diff of two article texts as a reader sees it: what stayed, what was inserted and deleted, whole words at a
 * time, with long unchanged stretches folded away. Pure: the revision page renders it, a CLI could print it.
 */

/** One piece of a diff. A `skip` is unchanged text folded away; its `text` is kept so it can be unfolded. */
export type DiffSegment =
  | { op: "equal" | "insert" | "delete"; text: string }
  | { op: "skip"; text: string; /** Characters (code points) folded away. */ chars: number };

/** How much an edit changed, in characters (code points) and words. */
export interface DiffSummary {
  charsInserted: number;
  charsDeleted: number;
  wordsInserted: number;
  wordsDeleted: number;
  /** Places where the text changed: runs of insertions and deletions between unchanged text. */
  changes: number;
}

export interface TextDiffView {
  segments: DiffSegment[];
  summary: DiffSummary;
}

export interface TextDiffViewOptions {
  /** Words of unchanged text kept on each side of a change (never across a line break). */
  contextWords?: number;
  /** Unchanged stretches shorter than this (in UTF-16 units, after the context is taken off) are shown whole. */
  minSkip?: number;
  /** False to keep every unchanged stretch whole. */
  collapse?: boolean;
  /** Time budget for the diff; when it runs out the diff is coarser (more text counts as replaced), never wrong. */
  timeoutMs?: number;
}

const EQUAL = 0;
const DELETE = -1;
const INSERT = 1;
type Diff = [number, string];

// A context word longer than this (a URL, say) is cut, so one change never drags a screenful along.
const MAX_CONTEXT_UNITS = 240;
// Tokens are encoded as single UTF-16 code units, skipping the surrogate range; past this many distinct
// tokens the diff falls back to characters.
const MAX_TOKENS = 0xffff - 0x800;

const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^]/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+(?:[’'][\p{L}\p{N}]+)*/gu;

/**
 * Diffs `oldText` against `newText` for display: word by word, cleaned up so that a rewritten phrase reads as
 * one deletion and one insertion, deletions before insertions within a change, and unchanged stretches folded
 * to a few words of context on each side. Joining the equal, delete and skip texts gives `oldText`; joining the
 * equal, insert and skip texts gives `newText`.
 */
export function textDiffView(oldText: string, newText: string, options: TextDiffViewOptions = {}): TextDiffView {
  const { contextWords = 12, minSkip = 80, collapse = true, timeoutMs = 1000 } = options;
  const diffs: Diff[] = oldText === newText ? [[EQUAL, oldText]] : diffWords(oldText, newText, timeoutMs) ?? diffChars(oldText, newText, timeoutMs);
  const merged = mergeRuns(diffs);
  const segments = collapse ? foldUnchanged(merged, contextWords, minSkip) : merged;
  return { segments, summary: summarise(merged) };
}

/** The old text of a diff view (equal, delete and skip segments joined). */
export function oldTextOf(segments: readonly DiffSegment[]): string {
  return segments.map((s) => (s.op === "insert" ? "" : s.text)).join("");
}

/** The new text of a diff view (equal, insert and skip segments joined). */
export function newTextOf(segments: readonly DiffSegment[]): string {
  return segments.map((s) => (s.op === "delete" ? "" : s.text)).join("");
}

/** Number of code points (what a reader counts as characters; an emoji is one). */
export function countChars(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!splitsSurrogatePair(text, i)) count++;
  return count;
}

/** Number of words (letters and digits, with inner apostrophes: "it’s" is one word). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function newDmp(timeoutMs: number): DiffMatchPatch {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = Math.max(0.001, timeoutMs / 1000);
  return dmp;
}

/**
 * The word-level diff: each token (a word, a run of spaces, or one other character) becomes one code unit, the
 * encoded texts are diffed and cleaned up token by token, then decoded. Null when there are too many distinct
 * tokens to encode.
 */
function diffWords(oldText: string, newText: string, timeoutMs: number): Diff[] | null {
  const tokens: string[] = [];
  const codes = new Map<string, string>();
  const encode = (text: string): string | null => {
    let out = "";
    for (const [token] of text.matchAll(TOKEN)) {
      let code = codes.get(token);
      if (code === undefined) {
        if (tokens.length >= MAX_TOKENS) return null;
        const index = tokens.length;
        code = String.fromCharCode(index < 0xd800 ? index : index + 0x800);
        tokens.push(token);
        codes.set(token, code);
      }
      out += code;
    }
    return out;
  };
  const a = encode(oldText);
  const b = a === null ? null : encode(newText);
  if (a === null || b === null) return null;

  const dmp = newDmp(timeoutMs);
  const encoded = dmp.diff_main(a, b, false, Date.now() + timeoutMs);
  dmp.diff_cleanupSemantic(encoded);
  const decode = (code: string) => tokens[code.charCodeAt(0) < 0xd800 ? code.charCodeAt(0) : code.charCodeAt(0) - 0x800] ?? "";
  const decoded: Diff[] = encoded.map(([op, text]) => [op, Array.from(text, decode).join("")]);
  return slideToBoundaries(dmp, decoded);
}

/** The character-level diff with semantic cleanup, for texts with too many distinct words to encode. */
function diffChars(oldText: string, newText: string, timeoutMs: number): Diff[] {
  const dmp = newDmp(timeoutMs);
  const diffs = dmp.diff_main(oldText, newText, true, Date.now() + timeoutMs);
  dmp.diff_cleanupSemantic(diffs);
  return diffs;
}

/**
 * Slides each change sideways to the most natural boundary (a blank line, a line end, a sentence end), which
 * word-level cleanup cannot see. Kept only if it never puts a boundary between the halves of a surrogate pair.
 */
function slideToBoundaries(dmp: DiffMatchPatch, diffs: Diff[]): Diff[] {
  const slid: Diff[] = diffs.map(([op, text]) => [op, text]);
  dmp.diff_cleanupSemanticLossless(slid);
  const splits = (list: Diff[]) => {
    const old = list.filter(([op]) => op !== INSERT);
    const neu = list.filter(([op]) => op !== DELETE);
    return splitsAny(old) || splitsAny(neu);
  };
  return splits(slid) ? diffs : slid;
}

function splitsAny(list: Diff[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const before = list[i - 1]?.[1] ?? "";
    const after = list[i]?.[1] ?? "";
    if (before.length > 0 && after.length > 0 && splitsSurrogatePair(before.slice(-1) + after.charAt(0), 1)) return true;
  }
  return false;
}

/** Drops empty pieces, joins neighbours of one kind, and puts each change's deletion before its insertion. */
function mergeRuns(diffs: readonly Diff[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted) out.push({ op: "delete", text: deleted });
    if (inserted) out.push({ op: "insert", text: inserted });
    deleted = "";
    inserted = "";
  };
  for (const [op, text] of diffs) {
    if (text === "") continue;
    if (op === DELETE) deleted += text;
    else if (op === INSERT) inserted += text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === "equal") last.text += text;
      else out.push({ op: "equal", text });
    }
  }
  flush();
  return out;
}

/** Folds each long unchanged stretch to `words` words after the change before it and before the change after it. */
function foldUnchanged(segments: readonly DiffSegment[], words: number, minSkip: number): DiffSegment[] {
  const out: DiffSegment[] = [];
  segments.forEach((segment, i) => {
    if (segment.op !== "equal") {
      out.push(segment);
      return;
    }
    const { text } = segment;
    const head = i === 0 ? 0 : leadingContextEnd(text, words);
    const tail = i === segments.length - 1 ? text.length : trailingContextStart(text, words);
    if (tail - head < minSkip) {
      out.push(segment);
      return;
    }
    if (head > 0) out.push({ op: "equal", text: text.slice(0, head) });
    const skipped = text.slice(head, tail);
    out.push({ op: "skip", text: skipped, chars: countChars(skipped) });
    if (tail < text.length) out.push({ op: "equal", text: text.slice(tail) });
  });
  return out;
}

/**
 * Where the context after a change ends: after `words` words (punctuation alone is no word), at the first line
 * break, at most ~240 units.
 */
function leadingContextEnd(text: string, words: number): number {
  let end = 0;
  let seen = 0;
  for (const match of text.matchAll(/\S+/gu)) {
    if (seen >= words) break;
    if (HAS_WORD.test(match[0])) seen++;
    end = match.index + match[0].length;
  }
  const lineBreak = text.indexOf("\n");
  if (lineBreak >= 0) end = Math.min(end, lineBreak);
  if (end > MAX_CONTEXT_UNITS) end = splitsSurrogatePair(text, MAX_CONTEXT_UNITS) ? MAX_CONTEXT_UNITS - 1 : MAX_CONTEXT_UNITS;
  return end;
}

/** Where the context before a change starts: `words` words back, after the last line break, at most ~240 units. */
function trailingContextStart(text: string, words: number): number {
  let start = text.length;
  let seen = 0;
  for (const match of [...text.matchAll(/\S+/gu)].reverse()) {
    if (seen >= words) break;
    if (HAS_WORD.test(match[0])) seen++;
    start = match.index;
  }
  const lineBreak = text.lastIndexOf("\n");
  if (lineBreak >= 0) start = Math.max(start, lineBreak + 1);
  const limit = text.length - MAX_CONTEXT_UNITS;
  if (start < limit) start = splitsSurrogatePair(text, limit) ? limit + 1 : limit;
  return start;
}

function summarise(segments: readonly DiffSegment[]): DiffSummary {
  const summary: DiffSummary = { charsInserted: 0, charsDeleted: 0, wordsInserted: 0, wordsDeleted: 0, changes: 0 };
  let inChange = false;
  for (const segment of segments) {
    if (segment.op === "insert") {
      summary.charsInserted += countChars(segment.text);
      summary.wordsInserted += countWords(segment.text);
    } else if (segment.op === "delete") {
      summary.charsDeleted += countChars(segment.text);
      summary.wordsDeleted += countWords(segment.text);
    }
    const changed = segment.op === "insert" || segment.op === "delete";
    if (changed && !inChange) summary.changes++;
    inChange = changed;
  }
  return summary;
}
