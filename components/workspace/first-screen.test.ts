import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { paragraphRanges } from "@/lib/editor/offset-map";
import { FIRST_SCREEN_READ, firstScreen } from "./first-screen";

/** The definition: whole paragraphs of `paragraphRanges` until 3,000 characters, the last one cut. */
function expected(text: string): string[] {
  const out: string[] = [];
  let used = 0;
  for (const { start, end } of paragraphRanges(text)) {
    if (used >= 3000) break;
    const take = Math.min(end - start, 3000 - used);
    out.push(text.slice(start, start + take));
    used += take;
  }
  return out;
}

describe("firstScreen", () => {
  it("takes the paragraphs of the text's first screenful, as paragraphRanges divides them", () => {
    const piece = fc.oneof(fc.constantFrom("\n\n", "\n", "\n\n\n", " "), fc.string({ maxLength: 400 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expect(firstScreen(pieces.join(""))).toEqual(expected(pieces.join("")));
      }),
    );
  });

  it("needs only the text's beginning: the same paragraphs, the last perhaps shorter", () => {
    const piece = fc.oneof(fc.constantFrom("\n\n", "\n", "\n\n\n", " "), fc.string({ maxLength: 400 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        const whole = firstScreen(text);
        const fromStart = firstScreen(text.slice(0, FIRST_SCREEN_READ));
        expect(fromStart.length).toBeLessThanOrEqual(whole.length);
        fromStart.forEach((paragraph, i) => {
          if (i < fromStart.length - 1) expect(paragraph).toBe(whole[i]);
          else expect(whole[i]?.startsWith(paragraph)).toBe(true);
        });
      }),
    );
    // Paragraphs of ordinary length: all of the first screen.
    const article = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} ${"word ".repeat(20)}`).join("\n\n");
    expect(firstScreen(article.slice(0, FIRST_SCREEN_READ))).toEqual(firstScreen(article));
  });

  it("cuts a long paragraph at 3,000 characters", () => {
    expect(firstScreen("a".repeat(5000) + "\n\nb")).toEqual(["a".repeat(3000)]);
    expect(firstScreen("")).toEqual([""]);
  });
});
