import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceAround, sentenceBefore, sentenceSpans } from "./sentences";
import type { Span } from "../claims/span";

const sentencesOf = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe("sentenceSpans", () => {
  it.each<[string, string, string[]]>([
    ["two plain sentences", "He left. She stayed.", ["He left.", "She stayed."]],
    ["question and exclamation marks", "Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]],
    ["a dotted acronym before a capital", "the U.S. National Security Council warned.", ["the U.S. National Security Council warned."]],
    ["a month abbreviation before a number", "carried out the Oct. 7 terrorist attacks. Another", ["carried out the Oct. 7 terrorist attacks.", "Another"]],
    ["titles and initials", "Gen. Milley met Dr. Jones and J. Kirby. They talked.", ["Gen. Milley met Dr. Jones and J. Kirby.", "They talked."]],
    ["a closing quote stays with its sentence", "“We will watch.” Then he left.", ["“We will watch.”", "Then he left."]],
    ["a sentence may start with an opening quote", "He left. “Not now,” he said.", ["He left.", "“Not now,” he said."]],
    ["a closing bracket stays with its sentence", "(It was late.) Nobody came.", ["(It was late.)", "Nobody came."]],
    ["a lower-case word does not start a sentence", "a value, e.g. this one. Next", ["a value, e.g. this one.", "Next"]],
    ["a number may start a sentence", "It rose. 240 people were taken.", ["It rose.", "240 people were taken."]],
    ["decimals do not end a sentence", "It grew 3.5 percent. Then", ["It grew 3.5 percent.", "Then"]],
    ["a line break always ends a sentence", "Headline without a stop\nBody starts here", ["Headline without a stop", "Body starts here"]],
    ["blank lines between paragraphs", "One.\n\nTwo.", ["One.", "Two."]],
    ["hyphenated acronyms", "a U.S.-designated terrorist group. Next", ["a U.S.-designated terrorist group.", "Next"]],
    ["empty text", "", []],
    ["whitespace only", "  \n ", []],
  ])("%s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  const prose = fc
    .array(fc.constantFrom("Word", "word", "U.S.", "Oct.", "7", " ", " ", ".", "?", "!", "”", "“", "\n", "\n\n", ",", "😀"), { maxLength: 40 })
    .map((parts) => parts.join(""));

  it("gives ordered, disjoint, trimmed spans inside the text", () => {
    fc.assert(
      fc.property(prose, (text) => {
        let previousEnd = 0;
        for (const s of sentenceSpans(text)) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          const sentence = text.slice(s.start, s.end);
          expect(sentence).toBe(sentence.trim());
          expect(sentence).not.toContain("\n");
          previousEnd = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves out nothing but whitespace", () => {
    fc.assert(
      fc.property(prose, (text) => {
        const covered = new Array<boolean>(text.length).fill(false);
        for (const s of sentenceSpans(text)) for (let i = s.start; i < s.end; i++) covered[i] = true;
        for (let i = 0; i < text.length; i++) if (!covered[i]) expect(text[i]).toMatch(/\s/);
      }),
      { numRuns: 300 },
    );
  });
});

describe("sentenceAround", () => {
  const text = "He left. “We will watch. We will act,” Kirby said. Nobody came.";
  const span = (from: string, to: string): Span => {
    const start = text.indexOf(from);
    return { start, end: text.indexOf(to, start) + to.length };
  };
  const around = (s: Span) => {
    const r = sentenceAround(text, s);
    return text.slice(r.start, r.end);
  };

  it("is the sentence holding a span inside it", () => {
    expect(around(span("left", "left"))).toBe("He left.");
  });

  it("covers every sentence a quote spans", () => {
    expect(around(span("We will watch", "We will act"))).toBe("“We will watch. We will act,” Kirby said.");
  });

  it("takes whole sentences when the span ends inside one", () => {
    expect(around(span("left", "We will"))).toBe("He left. “We will watch.");
  });

  it("never shrinks the span", () => {
    const s = { start: 5, end: 20 };
    const r = sentenceAround(text, s);
    expect(r.start).toBeLessThanOrEqual(s.start);
    expect(r.end).toBeGreaterThanOrEqual(s.end);
  });

  it("accepts precomputed sentences", () => {
    const sentences = sentenceSpans(text);
    expect(sentenceAround(text, span("Nobody", "came"), sentences)).toEqual(sentences[3]);
  });
});

describe("sentenceBefore", () => {
  it("is the last sentence that ends before a position", () => {
    const text = "One. Two. Three.";
    const sentences = sentenceSpans(text);
    expect(sentenceBefore(sentences, text.indexOf("Three"))).toEqual(sentences[1]);
    expect(sentenceBefore(sentences, 0)).toBeUndefined();
  });
});
