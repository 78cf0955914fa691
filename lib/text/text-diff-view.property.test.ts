import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countChars, newTextOf, oldTextOf, textDiffView, type DiffSegment } from "./text-diff-view";

const WORDS = [
  "Russia", "Iran", "Hezbollah", "Kirby", "said", "warned", "the", "a", "of", "to", "and", "air", "defense", "Tuesday",
  "“kamikaze”", "drones", "it’s", "Su-35", "1,200", "🙂", "😀", "é", "Moscow,", "Tehran.", "“We", "Iran,”", "\n\n", "\n",
];

/** Article-like text (words, emoji, typographic quotes, paragraph breaks), or anything at all, lone surrogates included. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((ws) => ws.join(" ")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
);

/** An old text and an edited copy of it: a few spans replaced, so that most of the text is shared. */
const edited = text.chain((oldText) =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.oneof(text, fc.constantFrom("", " ", "\n\n"))), { maxLength: 4 })
    .map((edits) => {
      let newText = oldText;
      for (const [at, remove, insert] of edits) {
        const start = newText.length === 0 ? 0 : at % (newText.length + 1);
        newText = newText.slice(0, start) + insert.slice(0, 40) + newText.slice(start + remove);
      }
      return { oldText, newText };
    }),
);

const options = fc.record({ contextWords: fc.integer({ min: 0, max: 15 }), minSkip: fc.integer({ min: 1, max: 120 }), collapse: fc.boolean() });

const RUNS = { numRuns: 400 };

describe("textDiffView properties", () => {
  it("gives back the old text from equal, delete and skip, and the new text from equal, insert and skip", () => {
    fc.assert(
      fc.property(fc.oneof(edited, fc.record({ oldText: text, newText: text })), options, ({ oldText, newText }, opts) => {
        const { segments } = textDiffView(oldText, newText, opts);
        expect(oldTextOf(segments)).toBe(oldText);
        expect(newTextOf(segments)).toBe(newText);
      }),
      RUNS,
    );
  });

  it("has no empty pieces, no two neighbours of one kind, and deletions before insertions", () => {
    fc.assert(
      fc.property(edited, options, ({ oldText, newText }, opts) => {
        const { segments } = textDiffView(oldText, newText, opts);
        segments.forEach((segment, i) => {
          expect(segment.text.length).toBeGreaterThan(0);
          const next: DiffSegment | undefined = segments[i + 1];
          if (next) expect(next.op).not.toBe(segment.op);
          if (segment.op === "insert") expect(next?.op).not.toBe("delete");
          if (segment.op === "skip") {
            expect(segment.chars).toBe(countChars(segment.text));
            expect(segment.text.length).toBeGreaterThanOrEqual(opts.minSkip);
          }
        });
        if (!opts.collapse) expect(segments.some((s) => s.op === "skip")).toBe(false);
      }),
      RUNS,
    );
  });

  it("never cuts an emoji (a surrogate pair) in two", () => {
    const cuts = (pieces: string[]) => pieces.some((p, i) => i > 0 && /[\uD800-\uDBFF]$/.test(pieces[i - 1] ?? "") && /^[\uDC00-\uDFFF]/.test(p));
    fc.assert(
      fc.property(edited, options, ({ oldText, newText }, opts) => {
        const { segments } = textDiffView(oldText, newText, opts);
        expect(cuts(segments.filter((s) => s.op !== "insert").map((s) => s.text))).toBe(false);
        expect(cuts(segments.filter((s) => s.op !== "delete").map((s) => s.text))).toBe(false);
      }),
      RUNS,
    );
  });

  it("sums up what the segments show, and finds no change in equal texts", () => {
    fc.assert(
      fc.property(edited, ({ oldText, newText }) => {
        const { segments, summary } = textDiffView(oldText, newText);
        const total = (op: DiffSegment["op"]) => segments.filter((s) => s.op === op).reduce((n, s) => n + countChars(s.text), 0);
        expect(summary.charsInserted).toBe(total("insert"));
        expect(summary.charsDeleted).toBe(total("delete"));
        expect(summary.changes === 0).toBe(oldText === newText);
        const same = textDiffView(oldText, oldText);
        expect(same.segments.every((s) => s.op === "equal" || s.op === "skip")).toBe(true);
      }),
      RUNS,
    );
  });
});
