import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sentenceExcerpt } from "./claim-sentence";

const TEXT = "Russia may act. “We will closely monitor whether Wagner provides equipment,” Kirby added. He left.";

const at = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};

describe("sentenceExcerpt", () => {
  it("gives the whole sentence and the claim's place in it", () => {
    const excerpt = sentenceExcerpt(TEXT, at(TEXT, "closely monitor"));
    expect(excerpt).toEqual({
      text: "“We will closely monitor whether Wagner provides equipment,” Kirby added.",
      quoteStart: 9,
      quoteEnd: 24,
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it("gives every sentence a claim spans", () => {
    const excerpt = sentenceExcerpt(TEXT, at(TEXT, "act. “We"));
    expect(excerpt.text).toBe("Russia may act. “We will closely monitor whether Wagner provides equipment,” Kirby added.");
  });

  it("cuts a sentence longer than the context at a word, and says so", () => {
    const long = `${"word ".repeat(400)}and then the claim itself sits here ${"more ".repeat(400)}end.`;
    const excerpt = sentenceExcerpt(long, at(long, "the claim itself"), 100);
    expect(excerpt.clippedBefore).toBe(true);
    expect(excerpt.clippedAfter).toBe(true);
    expect(excerpt.text.startsWith("word ")).toBe(true);
    expect(excerpt.text.endsWith("more")).toBe(true);
    expect(excerpt.text.length).toBeLessThanOrEqual(100 * 2 + 16);
    expect(excerpt.text.slice(excerpt.quoteStart, excerpt.quoteEnd)).toBe("the claim itself");
  });

  it("works from a prefix of the article that reaches past the context", () => {
    const text = `${"One sentence here. ".repeat(100)}The claim is here. After it. ${"Tail. ".repeat(200)}`;
    const span = at(text, "claim is here");
    const prefix = text.slice(0, span.end + 601);
    expect(sentenceExcerpt(prefix, span)).toEqual(sentenceExcerpt(text, span));
  });

  it("never splits an emoji at the window's edge", () => {
    const text = `${"😀".repeat(400)} The claim. ${"😀".repeat(400)}`;
    const excerpt = sentenceExcerpt(text, at(text, "claim"), 101);
    expect(excerpt.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
  });

  it("always holds the claim, at the offsets it gives", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("Word", "word", ".", " ", "“", "”", "\n", "U.S.", "Mr.", "?", "😀", "a"), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 10, max: 300 }),
        (parts, a, b, context) => {
          const text = parts.join("");
          const start = a % text.length;
          const end = start + 1 + (b % Math.max(1, Math.min(40, text.length - start)));
          const excerpt = sentenceExcerpt(text, { start, end }, context);
          expect(excerpt.text.slice(excerpt.quoteStart, excerpt.quoteEnd)).toBe(text.slice(start, end));
        },
      ),
    );
  });
});
