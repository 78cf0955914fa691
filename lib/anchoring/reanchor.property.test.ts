import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTEXT_LENGTH } from "../claims/context";
import { reanchorAll } from "./reanchor";
import { anchorAt, expectInvariants } from "./test-support";

const WORDS = [
  "Russia", "Iran", "Hezbollah", "Kirby", "said", "warned", "the", "a", "of", "to", "and", "military", "equipment",
  "air", "defense", "Tuesday", "Shoigu", "“kamikaze”", "drones", "it’s", "Su-35", "1,200", "🙂", "😀", "😃", "é",
  "Moscow,", "Tehran.", "“We", "Iran,”", "he", "added.", "\n\n", "\n",
];

/** Articles made of real-looking words, emoji and typographic quotes, so diffs align as they would on news. */
const articleText = fc.array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 160 }).map((ws) => ws.join(" "));
/** Text an edit inserts: words, or anything at all (lone surrogates included). */
const insertion = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((ws) => ws.join(" ")),
  fc.string({ unit: "binary", maxLength: 12 }),
);

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Applies edits given in old-text offsets (non-overlapping), from the last to the first. */
function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) {
    out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  }
  return out;
}

/** A claim span over whole words of `text`, from two fractions of its length. */
function spanFrom(text: string, a: number, b: number): { start: number; end: number } | null {
  let start = Math.floor(Math.min(a, b) * text.length);
  let end = Math.ceil(Math.max(a, b) * text.length);
  while (start > 0 && text[start - 1] !== " ") start--;
  while (end < text.length && text[end] !== " ") end++;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return start < end ? { start, end } : null;
}

interface RawEdit {
  where: number;
  size: number;
  insert: string;
  range: number;
}

/** Non-overlapping edits, each placed with fractions of the ranges it may use. */
function editsWithin(ranges: { start: number; end: number }[], raw: RawEdit[]): Edit[] {
  const edits: Edit[] = [];
  const used: { start: number; end: number }[] = [];
  for (const r of raw) {
    const range = ranges[r.range % Math.max(1, ranges.length)];
    if (!range || range.end < range.start) continue; // an empty range has end < start
    const at = range.start + Math.floor(r.where * (range.end - range.start + 1));
    const remove = Math.min(range.end - at, Math.floor(r.size * 20));
    if (used.some((u) => at <= u.end && u.start <= at + remove)) continue;
    used.push({ start: at, end: at + remove });
    edits.push({ at: Math.min(at, range.end), remove: Math.max(0, remove), insert: r.insert });
  }
  return edits;
}

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const rawEdits = fc.array(fc.record({ where: fraction, size: fraction, insert: insertion, range: fc.nat() }), {
  minLength: 1,
  maxLength: 6,
});
const NOWHERE = { start: 0, end: -1 };

describe("reanchorAll, properties", () => {
  it("re-anchors a claim to the same words when no edit touches it or its 32-character context", () => {
    fc.assert(
      fc.property(articleText, fraction, fraction, rawEdits, (text, a, b, raw) => {
        const span = spanFrom(text, a, b);
        if (!span) return;
        const anchor = anchorAt(text, span.start, span.end);
        // Edits may use the text up to the prefix context and from the end of the suffix context; a context cut
        // short by the edge of the text reaches past it, so nothing may be inserted there.
        const before = span.start >= CONTEXT_LENGTH ? { start: 0, end: span.start - CONTEXT_LENGTH } : NOWHERE;
        const after =
          span.end + CONTEXT_LENGTH <= text.length ? { start: span.end + CONTEXT_LENGTH, end: text.length } : NOWHERE;
        const edits = editsWithin([before, after], raw);
        const newText = applyEdits(text, edits);
        const shift = edits
          .filter((e) => e.at < span.start)
          .reduce((sum, e) => sum + e.insert.length - e.remove, 0);
        const [result] = reanchorAll(text, newText, [anchor]);
        if (!result) throw new Error("no result");
        expectInvariants(newText, anchor, result);
        expect(["exact", "moved"]).toContain(result.outcome);
        expect({ start: result.start, end: result.end }).toEqual({ start: span.start + shift, end: span.end + shift });
      }),
      { numRuns: 400 },
    );
  });

  it("keeps every promise for any edit: offsets inside the text, whole code points, the quote unless fuzzy", () => {
    const spanFractions = fc.array(fc.tuple(fraction, fraction), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(articleText, spanFractions, rawEdits, (text, spans, raw) => {
        const anchors = spans
          .map(([a, b]) => spanFrom(text, a, b))
          .filter((s): s is { start: number; end: number } => s !== null)
          .map((s, i) => anchorAt(text, s.start, s.end, `c${i}`));
        const newText = applyEdits(text, editsWithin([{ start: 0, end: text.length }], raw));
        const results = reanchorAll(text, newText, anchors);
        expect(results).toHaveLength(anchors.length);
        results.forEach((result, i) => expectInvariants(newText, anchors[i]!, result));
      }),
      { numRuns: 400 },
    );
  });

  it("keeps every promise for arbitrary strings and arbitrary stored claims", () => {
    const anyText = fc.string({ unit: "binary", maxLength: 80 });
    const anyAnchor = fc.record({
      id: fc.constant("x"),
      start: fc.integer({ min: -5, max: 90 }),
      end: fc.integer({ min: -5, max: 90 }),
      quote: fc.string({ unit: "binary", maxLength: 20 }),
      prefix: fc.string({ unit: "binary", maxLength: 32 }),
      suffix: fc.string({ unit: "binary", maxLength: 32 }),
    });
    fc.assert(
      fc.property(anyText, anyText, anyAnchor, (oldText, newText, anchor) => {
        const [result] = reanchorAll(oldText, newText, [anchor]);
        if (!result) throw new Error("no result");
        expectInvariants(newText, anchor, result);
      }),
      { numRuns: 400 },
    );
  });

  it("finds a claim's quote inside an arbitrary stretch of text it was pasted into", () => {
    fc.assert(
      fc.property(articleText, articleText, articleText, (before, quoted, after) => {
        const oldText = `${before} ${quoted} ${after}`;
        const start = before.length + 1;
        const anchor = anchorAt(oldText, start, start + quoted.length);
        const [result] = reanchorAll(oldText, oldText, [anchor]);
        expect(result).toMatchObject({ outcome: "exact", start, end: start + quoted.length, score: 1 });
      }),
      { numRuns: 100 },
    );
  });
});
