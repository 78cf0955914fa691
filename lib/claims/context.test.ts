import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTEXT_LENGTH, quoteWithContext } from "./context";
import { splitsSurrogatePair } from "../text/code-points";

describe("quoteWithContext", () => {
  const text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  it("takes the quote and 32 code units on each side", () => {
    const { quote, prefix, suffix } = quoteWithContext(text, { start: 40, end: 42 });
    expect(quote).toBe("EF");
    expect(prefix).toBe(text.slice(8, 40));
    expect(suffix).toBe(text.slice(42, 62));
    expect(prefix).toHaveLength(CONTEXT_LENGTH);
  });

  it.each([
    ["at the start of the text", { start: 0, end: 3 }, "", "abc", text.slice(3, 35)],
    ["at the end of the text", { start: 59, end: 62 }, text.slice(27, 59), "XYZ", ""],
    ["the whole text", { start: 0, end: 62 }, "", text, ""],
  ])("%s", (_name, span, prefix, quote, suffix) => {
    expect(quoteWithContext(text, span)).toEqual({ quote, prefix, suffix });
  });

  it("drops half an emoji at the edge of the context rather than splitting it", () => {
    // The prefix window would begin between the two halves of the emoji.
    const withEmoji = `😀${"a".repeat(31)}QUOTE${"b".repeat(31)}😀`;
    const start = withEmoji.indexOf("QUOTE");
    const { prefix, quote, suffix } = quoteWithContext(withEmoji, { start, end: start + 5 });
    expect(quote).toBe("QUOTE");
    expect(prefix).toBe("a".repeat(31));
    expect(suffix).toBe("b".repeat(31));
  });

  it("keeps a whole emoji that fits in the window", () => {
    const withEmoji = `x😀${"a".repeat(30)}QUOTE${"b".repeat(30)}😀x`;
    const start = withEmoji.indexOf("QUOTE");
    const { prefix, suffix } = quoteWithContext(withEmoji, { start, end: start + 5 });
    expect(prefix).toBe(`😀${"a".repeat(30)}`);
    expect(suffix).toBe(`${"b".repeat(30)}😀`);
  });

  const textAndSpan = fc
    .array(fc.constantFrom("a", " ", "😀", "é", "\n", "\u{1F1FA}\u{1F1F8}"), { minLength: 1, maxLength: 80 })
    .map((parts) => parts.join(""))
    .chain((t) =>
      fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.nat({ max: t.length })).map(([s, a, b]) => ({
        text: s,
        span: { start: Math.min(a, b), end: Math.max(a, b) },
      })),
    );

  it("context is at most 32 code units, adjacent to the quote, and never splits a surrogate pair", () => {
    fc.assert(
      fc.property(textAndSpan, ({ text: t, span }) => {
        if (splitsSurrogatePair(t, span.start) || splitsSurrogatePair(t, span.end)) return;
        const { quote, prefix, suffix } = quoteWithContext(t, span);
        expect(prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(t.slice(span.start - prefix.length, span.end + suffix.length)).toBe(prefix + quote + suffix);
        expect(splitsSurrogatePair(t, span.start - prefix.length)).toBe(false);
        expect(splitsSurrogatePair(t, span.end + suffix.length)).toBe(false);
        // As much context as the window allows: at most one code unit is given up, for an emoji.
        expect(prefix.length).toBeGreaterThanOrEqual(Math.min(span.start, CONTEXT_LENGTH) - 1);
        expect(suffix.length).toBeGreaterThanOrEqual(Math.min(t.length - span.end, CONTEXT_LENGTH) - 1);
      }),
      { numRuns: 500 },
    );
  });
});
