import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffTexts, mapOffset } from "./text-diff";

describe("diffTexts and mapOffset", () => {
  it("maps offsets in shared text and lists the inserted text", () => {
    const a = "Kirby said on Tuesday.";
    const b = "John Kirby said late on Tuesday.";
    const diff = diffTexts(a, b);
    expect(mapOffset(diff, 0, "start")).toEqual({ pos: 5, exact: true });
    expect(mapOffset(diff, 10, "end")).toEqual({ pos: 15, exact: true }); // "Kirby said" ends before the insertion
    expect(mapOffset(diff, 11, "start")).toEqual({ pos: 21, exact: true }); // "on" starts after it
    expect(diff.insertions.map((r) => b.slice(r.start, r.end).trim())).toEqual(["John", "late"]);
  });

  it("keeps a claim's edges off an insertion right next to it", () => {
    const diff = diffTexts("said yes today", "said XX yes YY today");
    expect(mapOffset(diff, 5, "start").pos).toBe(8);
    expect(mapOffset(diff, 8, "end").pos).toBe(11);
  });

  it("lands an offset inside deleted text at the edge of the change, not exactly", () => {
    const diff = diffTexts("one two three four", "one four");
    expect(mapOffset(diff, 6, "start")).toEqual({ pos: 4, exact: false });
  });

  it("shows a moved paragraph as one insertion, not scraps around equal letters", () => {
    const a = "First paragraph about Iran.\n\nSecond paragraph about Russia and Hezbollah.\n\nThird one.";
    const b = "Second paragraph about Russia and Hezbollah.\n\nFirst paragraph about Iran.\n\nThird one.";
    const diff = diffTexts(a, b);
    expect(diff.insertions.length).toBe(1);
    const [ins] = diff.insertions;
    expect(b.slice(ins?.start, ins?.end)).toMatch(/paragraph about/);
  });

  it("maps every offset of text an edit did not touch to the same character", () => {
    const word = fc.constantFrom("Iran", "Russia", "said", "the", "😀", "“quote”", "\n\n");
    const text = fc.array(word, { minLength: 1, maxLength: 60 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat({ max: 10 }), fc.array(word, { maxLength: 4 }), (old, at0, remove0, inserted) => {
        const at = at0 % (old.length + 1);
        const remove = Math.min(remove0, old.length - at);
        const insert = inserted.join(" ");
        const changed = old.slice(0, at) + insert + old.slice(at + remove);
        const diff = diffTexts(old, changed);
        for (let p = 0; p < old.length; p++) {
          const m = mapOffset(diff, p, "start");
          expect(m.pos).toBeGreaterThanOrEqual(0);
          expect(m.pos).toBeLessThanOrEqual(changed.length);
          if (m.exact) expect(changed[m.pos]).toBe(old[p]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
