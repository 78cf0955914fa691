import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCodePointOffset } from "../text/code-points";
import { codePointOffsets } from "./code-point-offsets";

const units = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => i);

describe("codePointOffsets", () => {
  it.each([
    ["plain ASCII", "Kirby said", 5, 5],
    ["after an emoji", "😀 said", 3, 2],
    ["after two emoji", "😀😀x", 4, 2],
    ["at the end", "a😀", 3, 2],
    ["curly quotes are one unit each", "“Yes,” he said", 6, 6],
    ["flag (two code points, four units)", "🇺🇦 Kyiv", 5, 3],
  ])("%s", (_name, text, index, expected) => {
    expect(codePointOffsets(text).at(index)).toBe(expected);
  });

  it("agrees with toCodePointOffset and Array.from at every index, asked in any order", () => {
    const char = fc.constantFrom("a", " ", "“", "”", "é", "😀", "🇺🇦", "\n", "𝔘");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((cs) => cs.join("")), fc.array(fc.nat(), { maxLength: 30 }), (text, picks) => {
        const offsets = codePointOffsets(text);
        const all = units(text);
        const order = [...all, ...picks.map((p) => all[p % all.length] as number), ...[...all].reverse()];
        for (const index of order) expect(offsets.at(index)).toBe(toCodePointOffset(text, index));
        for (const index of all) {
          if (index > 0 && /[\uDC00-\uDFFF]/.test(text[index] ?? "") && /[\uD800-\uDBFF]/.test(text[index - 1] ?? "")) continue;
          expect(offsets.at(index)).toBe(Array.from(text.slice(0, index)).length);
        }
      }),
    );
  });

  it("walks a long text once for offsets in text order", () => {
    const text = "Officials said 😀 “the plan” was working. ".repeat(50_000); // about 2 MB of text
    const offsets = codePointOffsets(text);
    const started = performance.now();
    let last = 0;
    for (let i = 0; i < text.length; i += 97) last = offsets.at(i);
    expect(last).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
