import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasContent, snapToWords, type Span } from "./span";
import { splitsSurrogatePair } from "../text/code-points";

/** The span of `selected` inside `text` (the first occurrence), for readable table rows. */
function spanOf(text: string, selected: string, from = 0): Span {
  const start = text.indexOf(selected, from);
  if (start < 0) throw new Error(`"${selected}" is not in "${text}"`);
  return { start, end: start + selected.length };
}

const snapped = (text: string, span: Span) => {
  const result = snapToWords(text, span);
  return result ? text.slice(result.start, result.end) : null;
};

const KIRBY = "“We’re going to closely monitor for whether Wagner provides military equipment to either Hezbollah or Iran,” he added.";

describe("snapToWords", () => {
  it.each<[string, string, string, string | null]>([
    ["a selection inside a word grows to the whole word", "Russia could provide", "ssia co", "Russia could"],
    ["a collapsed selection inside a word takes the word", "Russia could provide", "", "Russia"],
    ["an exact word stays", "Russia could provide", "could", "could"],
    ["whitespace on both edges is dropped", "say  Russia could  now", "  Russia could  ", "Russia could"],
    ["line breaks on the edges are dropped", "end.\n\nNext paragraph", ".\n\nNext", "Next"],
    ["typographic quotes and the closing comma are dropped", KIRBY, "“We’re going to closely monitor for whether Wagner provides military equipment to either Hezbollah or Iran,” ", "We’re going to closely monitor for whether Wagner provides military equipment to either Hezbollah or Iran"],
    ["straight quotes and brackets are dropped", 'He said "(Reuters)" today', '"(Reuters)"', "Reuters"],
    ["dashes on the edges are dropped", "—Kirby— said", "—Kirby—", "Kirby"],
    ["a dollar sign is kept", "worth $5 billion.", "$5 billion.", "$5 billion"],
    ["a percent sign is kept", "up 10% this year", "10%", "10%"],
    ["a half-selected figure keeps its percent sign", "up 10% this year", "0%", "10%"],
    ["an apostrophe inside a word joins it", "we don't know", "t", "don't"],
    ["a selection starting at the apostrophe takes the word", "we don't know", "'t", "don't"],
    ["a typographic apostrophe joins too", KIRBY, "re", "We’re"],
    ["a hyphen inside a designation joins it", "buy Su-35 fighter jets", "35", "Su-35"],
    ["a hyphenated word from its first half", "a U.S.-designated group", "designa", "designated"],
    ["a quote-like apostrophe at a word edge is trimmed", "rock 'n' roll", "'n'", "n"],
    ["an emoji is kept as a symbol", "Hi 😀 there", " 😀 ", "😀"],
    ["a selection edge inside an emoji takes the whole emoji", "Hi 😀 there", "\ude00 th", "😀 there"],
    ["combining accents stay with their letter", "Cafe\u0301 open", "Caf", "Cafe\u0301"],
    ["punctuation only is nothing", "end... , next", "... , ", null],
    ["whitespace only is nothing", "a   b", "   ", null],
    ["two hyphens are not a joiner", "a--b", "--", null],
  ])("%s", (_name, text, selected, expected) => {
    const span = selected === "" ? { start: 2, end: 2 } : spanOf(text, selected);
    expect(snapped(text, span)).toBe(expected);
  });

  it("clamps spans that run outside the text", () => {
    expect(snapToWords("hello world", { start: -5, end: 99 })).toEqual({ start: 0, end: 11 });
    expect(snapToWords("hello", { start: 9, end: 12 })).toBeNull();
  });

  it("never returns a reversed or empty span", () => {
    expect(snapToWords("hello world", { start: 8, end: 3 })).toEqual({ start: 6, end: 11 });
  });

  // Text made of the characters that matter at a selection edge, with random selections inside it.
  const piece = fc.constantFrom(
    "a", "Z", "7", "é", "e\u0301", " ", "  ", "\n", "\t", "\u00a0", ".", ",", "'", "’", "-", "‐", "“", "”", '"', "(", ")",
    "$", "%", "—", "😀", "\u{1F1FA}\u{1F1F8}", "Su-35", "don't", "U.S.", "10%",
  );
  const textAndSpan = fc
    .array(piece, { maxLength: 24 })
    .map((parts) => parts.join(""))
    .chain((text) =>
      fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })).map(([t, a, b]) => ({
        text: t,
        span: { start: Math.min(a, b), end: Math.max(a, b) },
      })),
    );

  it("returns a non-empty span inside the text", () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, span }) => {
        const result = snapToWords(text, span);
        if (result === null) return;
        expect(result.start).toBeGreaterThanOrEqual(0);
        expect(result.end).toBeLessThanOrEqual(text.length);
        expect(result.start).toBeLessThan(result.end);
      }),
      { numRuns: 500 },
    );
  });

  it("never splits a surrogate pair", () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, span }) => {
        const result = snapToWords(text, span);
        if (result === null) return;
        expect(splitsSurrogatePair(text, result.start)).toBe(false);
        expect(splitsSurrogatePair(text, result.end)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("never starts or ends with whitespace", () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, span }) => {
        const result = snapToWords(text, span);
        if (result === null) return;
        const quote = text.slice(result.start, result.end);
        expect(quote).toBe(quote.trim());
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every letter and digit the analyst selected", () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, span }) => {
        const result = snapToWords(text, span);
        for (let i = span.start; i < span.end; i++) {
          if (!/[\p{L}\p{N}]/u.test(text[i] ?? "")) continue;
          expect(result).not.toBeNull();
          expect(result!.start <= i && i < result!.end).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("returns null only for a selection without letters, digits or symbols", () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, span }) => {
        if (snapToWords(text, span) !== null) return;
        expect(text.slice(span.start, span.end)).toMatch(/^[\s\p{P}\p{Z}]*$/u);
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, span }) => {
        const once = snapToWords(text, span);
        if (once === null) return;
        expect(snapToWords(text, once)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it("holds its properties on arbitrary Unicode text too", () => {
    const arbitrary = fc
      .string({ unit: "grapheme", maxLength: 30 })
      .chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })));
    fc.assert(
      fc.property(arbitrary, ([text, a, b]) => {
        const once = snapToWords(text, { start: Math.min(a, b), end: Math.max(a, b) });
        if (once === null) return;
        expect(once.start).toBeLessThan(once.end);
        expect(splitsSurrogatePair(text, once.start) || splitsSurrogatePair(text, once.end)).toBe(false);
        expect(snapToWords(text, once)).toEqual(once);
      }),
    );
  });
});

describe("hasContent", () => {
  it.each([
    ["words", "a b", { start: 0, end: 3 }, true],
    ["a single symbol", "$", { start: 0, end: 1 }, true],
    ["spaces and line breaks only", "a \n\t b", { start: 1, end: 5 }, false],
    ["an empty span", "abc", { start: 1, end: 1 }, false],
  ])("%s", (_name, text, span, expected) => {
    expect(hasContent(text, span)).toBe(expected);
  });
});
