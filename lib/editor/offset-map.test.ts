import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createOffsetMap, isInsideSeparator, offsetToPos, paragraphRanges, posToOffset } from "./offset-map";

/**
 * An independent model of the document: walks the text token by token as ProseMirror would lay it out
 * (section open when one starts, paragraph open, one position per code unit or hard break, paragraph close,
 * section close when one ends) and records where each text offset lands.
 */
function model(text: string, sectionSize: number | null = null): { posOf: Map<number, number>; offsetOf: Map<number, number>; size: number } {
  const posOf = new Map<number, number>();
  const offsetOf = new Map<number, number>();
  let pos = 0;
  let offset = 0;
  const paragraphs = text.split("\n\n");
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) offset += 2;
    if (sectionSize !== null && index % sectionSize === 0) pos += 1; // a section's opening token
    pos += 1; // opening token
    for (let i = 0; i <= paragraph.length; i++) {
      posOf.set(offset + i, pos + i);
      offsetOf.set(pos + i, offset + i);
    }
    pos += paragraph.length + 1; // content, then the closing token
    offset += paragraph.length;
    if (sectionSize !== null && (index % sectionSize === sectionSize - 1 || index === paragraphs.length - 1)) pos += 1; // the section's closing token
  }
  return { posOf, offsetOf, size: pos };
}

const articleText = fc
  .array(fc.constantFrom("a", "b", " ", ".", "\n", "\n", "é", "😀", "\u00a0"), { maxLength: 60 })
  .map((chars) => chars.join(""));

describe("paragraphRanges", () => {
  it.each([
    ["", [{ start: 0, end: 0 }]],
    ["One.", [{ start: 0, end: 4 }]],
    ["One.\n\nTwo.", [{ start: 0, end: 4 }, { start: 6, end: 10 }]],
    ["Line one\nline two\n\nNext", [{ start: 0, end: 17 }, { start: 19, end: 23 }]],
    ["a\n\n\nb", [{ start: 0, end: 1 }, { start: 3, end: 5 }]],
    ["a\n\n\n\nb", [{ start: 0, end: 1 }, { start: 3, end: 3 }, { start: 5, end: 6 }]],
  ])("splits %j as String.split('\\n\\n') does", (text, expected) => {
    expect(paragraphRanges(text)).toEqual(expected);
  });
});

describe("offsetToPos / posToOffset", () => {
  const text = "Kirby said.\nHe added more.\n\nSecond paragraph.";
  const map = createOffsetMap(text);

  it.each([
    [0, 1, "the start of the text is just inside the first paragraph"],
    [5, 6, "a word inside the first paragraph"],
    [11, 12, "just before a hard break"],
    [12, 13, "just after a hard break"],
    [26, 27, "the end of the first paragraph"],
    [28, 29, "the start of the second paragraph, after its opening token"],
    [text.length, text.length + 1, "the end of the text"],
  ])("offset %i ↔ position %i (%s)", (offset, pos) => {
    expect(offsetToPos(map, offset)).toBe(pos);
    expect(posToOffset(map, pos)).toBe(offset);
  });

  it("puts an offset inside a separator between the two paragraphs", () => {
    expect(isInsideSeparator(map, 27)).toBe(true);
    expect(offsetToPos(map, 27)).toBe(28);
    expect(posToOffset(map, 28, "forward")).toBe(28);
    expect(posToOffset(map, 28, "backward")).toBe(26);
  });

  it("clamps positions outside the paragraphs and offsets outside the text", () => {
    expect(posToOffset(map, 0)).toBe(0);
    expect(posToOffset(map, map.docSize)).toBe(text.length);
    expect(offsetToPos(map, -5)).toBe(1);
    expect(offsetToPos(map, text.length + 10)).toBe(text.length + 1);
  });

  it("places the paragraphs of later sections after the tokens of the sections before", () => {
    // Sections of one paragraph: the second paragraph's content is after four tokens (its section and its own
    // opening, the first one's closing and its section's).
    const sectioned = createOffsetMap(text, 1);
    expect(offsetToPos(sectioned, 0)).toBe(2);
    expect(offsetToPos(sectioned, 28)).toBe(32);
    expect(offsetToPos(sectioned, 27)).toBe(29);
    expect(posToOffset(sectioned, 30, "forward")).toBe(28);
    expect(posToOffset(sectioned, 30, "backward")).toBe(26);
    expect(sectioned.docSize).toBe(26 + 17 + 8);
    expect(createOffsetMap("", 50).docSize).toBe(4);
  });

  it("refuses a section size that is not a positive whole number", () => {
    for (const size of [0, -1, 1.5, Number.NaN]) expect(() => createOffsetMap(text, size)).toThrow(RangeError);
  });

  it("sizes the document as ProseMirror would", () => {
    // Two paragraphs (2 tokens each), 26 + 17 units of content.
    expect(map.docSize).toBe(26 + 17 + 4);
    expect(createOffsetMap("").docSize).toBe(2);
  });
});

/** No sections (the editing view), and sections of one, two and three paragraphs (as the reading view's, smaller). */
const sectionSizes = fc.constantFrom(null, 1, 2, 3);

describe("offset map properties", () => {
  it("agrees with a token-by-token model of the document", () => {
    fc.assert(
      fc.property(articleText, sectionSizes, (text, sectionSize) => {
        const map = createOffsetMap(text, sectionSize);
        const m = model(text, sectionSize);
        expect(map.docSize).toBe(m.size);
        for (let offset = 0; offset <= text.length; offset++) {
          const expected = m.posOf.get(offset);
          expect(isInsideSeparator(map, offset)).toBe(expected === undefined);
          if (expected !== undefined) expect(offsetToPos(map, offset)).toBe(expected);
        }
        for (const [pos, offset] of m.offsetOf) {
          expect(posToOffset(map, pos, "forward")).toBe(offset);
          expect(posToOffset(map, pos, "backward")).toBe(offset);
        }
      }),
    );
  });

  it("round-trips every offset that is not inside a paragraph separator", () => {
    fc.assert(
      fc.property(articleText, sectionSizes, (text, sectionSize) => {
        const map = createOffsetMap(text, sectionSize);
        for (let offset = 0; offset <= text.length; offset++) {
          if (isInsideSeparator(map, offset)) continue;
          expect(posToOffset(map, offsetToPos(map, offset))).toBe(offset);
        }
      }),
    );
  });

  it("is monotonic both ways and never returns an offset inside a separator", () => {
    fc.assert(
      fc.property(articleText, sectionSizes, fc.constantFrom("forward" as const, "backward" as const), (text, sectionSize, bias) => {
        const map = createOffsetMap(text, sectionSize);
        for (let offset = 1; offset <= text.length; offset++) {
          expect(offsetToPos(map, offset)).toBeGreaterThan(offsetToPos(map, offset - 1));
        }
        let previous = -1;
        for (let pos = 0; pos <= map.docSize; pos++) {
          const offset = posToOffset(map, pos, bias);
          expect(offset).toBeGreaterThanOrEqual(previous);
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(text.length);
          expect(isInsideSeparator(map, offset)).toBe(false);
          previous = offset;
        }
      }),
    );
  });

  it("maps a selection to a range of text that never reaches outside it", () => {
    fc.assert(
      fc.property(articleText, sectionSizes, fc.nat(), fc.nat(), (text, sectionSize, a, b) => {
        const map = createOffsetMap(text, sectionSize);
        const from = Math.min(a, b) % (map.docSize + 1);
        const to = Math.max(from, Math.max(a, b) % (map.docSize + 1));
        const start = posToOffset(map, from, "forward");
        const end = posToOffset(map, to, "backward");
        // A selection of nothing but a paragraph boundary inverts by one separator at most.
        expect(end).toBeGreaterThanOrEqual(start - 2);
        if (end > start) {
          expect(offsetToPos(map, start)).toBeGreaterThanOrEqual(from);
          expect(offsetToPos(map, end)).toBeLessThanOrEqual(to);
        }
      }),
    );
  });
});
