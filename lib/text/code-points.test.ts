import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointAt, codePointBefore, splitsSurrogatePair, toCodePointOffset } from "./code-points";

const GRIN = "😀"; // U+1F600: two code units
const FLAG = "\u{1F1FA}\u{1F1F8}"; // two regional indicators: four code units, two code points
const FAMILY = "👨\u200D👩\u200D👧"; // a ZWJ sequence: three emoji joined by zero-width joiners

describe("splitsSurrogatePair", () => {
  const text = `a${GRIN}b`; // a, high, low, b
  it.each([
    [0, false],
    [1, false],
    [2, true],
    [3, false],
    [4, false],
    [-1, false],
    [99, false],
  ])("index %i → %s", (index, expected) => {
    expect(splitsSurrogatePair(text, index)).toBe(expected);
  });

  it("is false next to lone surrogates", () => {
    expect(splitsSurrogatePair("\ud83d" + "a", 1)).toBe(false);
    expect(splitsSurrogatePair("a\ude00", 1)).toBe(false);
    expect(splitsSurrogatePair("\ude00\ud83d", 1)).toBe(false);
  });
});

describe("codePointAt and codePointBefore", () => {
  it.each([
    ["a letter", "abc", 1, "b", 1],
    ["an emoji", `x${GRIN}y`, 1, GRIN, 2],
    ["the low half of a pair on its own", `x${GRIN}y`, 2, "\ude00", 1],
    ["a lone high surrogate at the end", "x\ud83d", 1, "\ud83d", 1],
    ["past the end", "ab", 2, "", 1],
  ])("codePointAt: %s", (_name, text, index, char, width) => {
    expect(codePointAt(text, index)).toEqual({ char, width });
  });

  it.each([
    ["a letter", "abc", 2, "b", 1],
    ["an emoji", `x${GRIN}y`, 3, GRIN, 2],
    ["an emoji at the very start", `${GRIN}y`, 2, GRIN, 2],
    ["a lone low surrogate", "x\ude00", 2, "\ude00", 1],
    ["at the start", "ab", 0, "", 1],
  ])("codePointBefore: %s", (_name, text, index, char, width) => {
    expect(codePointBefore(text, index)).toEqual({ char, width });
  });

  it("walk a string the way for…of does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (text) => {
        const forward: string[] = [];
        for (let i = 0; i < text.length; i += codePointAt(text, i).width) forward.push(codePointAt(text, i).char);
        const backward: string[] = [];
        for (let i = text.length; i > 0; i -= codePointBefore(text, i).width) backward.unshift(codePointBefore(text, i).char);
        expect(forward).toEqual(Array.from(text));
        expect(backward).toEqual(Array.from(text));
      }),
    );
  });
});

describe("toCodePointOffset", () => {
  it.each([
    ["plain text", "hello", 3, 3],
    ["after an emoji", `${GRIN}ab`, 3, 2],
    ["inside an emoji counts the started code point", `${GRIN}ab`, 1, 1],
    ["after a flag", `${FLAG}!`, 5, 3],
    ["after a ZWJ family", `${FAMILY}.`, FAMILY.length + 1, 6],
    ["an accent in NFD is its own code point", "e\u0301x", 2, 2],
    ["at zero", `${GRIN}`, 0, 0],
  ])("%s", (_name, text, index, expected) => {
    expect(toCodePointOffset(text, index)).toBe(expected);
  });

  it("agrees with Array.from on every prefix", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length }))),
        ([text, index]) => {
          expect(toCodePointOffset(text, index)).toBe(Array.from(text.slice(0, index)).length);
        },
      ),
    );
  });

  it("agrees with Array.from on text with lone surrogates", () => {
    const units = fc.constantFrom("a", "\ud83d", "\ude00", GRIN, "é");
    fc.assert(
      fc.property(fc.array(units, { maxLength: 20 }), fc.nat(), (parts, n) => {
        const text = parts.join("");
        const index = text.length === 0 ? 0 : n % (text.length + 1);
        expect(toCodePointOffset(text, index)).toBe(Array.from(text.slice(0, index)).length);
      }),
    );
  });
});
