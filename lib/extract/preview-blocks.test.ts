import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assemblePreview, previewBlocks } from "./preview-blocks";
import { formattingProblems, type FormattingRange } from "./formatting";
import { normaliseText } from "../text/normalise";

const TEXT = "First paragraph.\n\nSecond has **bold**.\n\nThird one.";
const at = (s: string) => TEXT.indexOf(s);
const FORMATTING: FormattingRange[] = [
  { type: "bold", start: at("**bold**"), end: at("**bold**") + 8 },
  { type: "blockquote", start: at("Second"), end: TEXT.length },
];
const REMOVED = [
  { text: "Menu", reason: "navigation", at: 0 },
  { text: "Caption", reason: "caption", at: at("First paragraph.") + 16 },
  { text: "Leave a Reply", reason: "comments", at: TEXT.length },
];

describe("import preview blocks", () => {
  it("interleaves the removed parts where they stood", () => {
    expect(previewBlocks(TEXT, REMOVED).map((b) => [b.kept, b.text])).toEqual([
      [false, "Menu"],
      [true, "First paragraph."],
      [false, "Caption"],
      [true, "Second has **bold**."],
      [true, "Third one."],
      [false, "Leave a Reply"],
    ]);
  });

  it("gives back the extracted text and formatting when nothing is changed", () => {
    expect(assemblePreview(previewBlocks(TEXT, REMOVED), FORMATTING)).toEqual({ text: TEXT, formatting: FORMATTING });
  });

  it("puts a removed part back and leaves a kept one out, carrying the formatting over", () => {
    const blocks = previewBlocks(TEXT, REMOVED).map((b) => (b.text === "Caption" ? { ...b, kept: true } : b.text === "Third one." ? { ...b, kept: false } : b));
    const { text, formatting } = assemblePreview(blocks, FORMATTING);
    expect(text).toBe("First paragraph.\n\nCaption\n\nSecond has **bold**.");
    expect(formatting.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ["bold", "**bold**"],
      ["blockquote", "Second has **bold**."],
    ]);
  });

  it("always answers canonical text with valid ranges, whatever is kept", () => {
    const paragraph = fc.stringMatching(/^[A-Za-z][A-Za-z .]{0,15}[A-Za-z.]$/);
    const arb = fc.record({
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
      removed: fc.array(fc.record({ text: paragraph, reason: fc.constant("x"), slot: fc.nat() }), { maxLength: 4 }),
      ranges: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 })), { maxLength: 6 }),
      toggles: fc.array(fc.boolean(), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(arb, ({ paragraphs, removed, ranges, toggles }) => {
        const text = paragraphs.join("\n\n");
        const bounds = [0, ...paragraphs.map((_, i) => paragraphs.slice(0, i + 1).join("\n\n").length)];
        const parts = removed.map((r) => ({ text: r.text, reason: r.reason, at: bounds[r.slot % bounds.length] ?? 0 }));
        const formatting: FormattingRange[] = ranges.flatMap(([s, l]) => {
          const start = s % text.length;
          const end = Math.min(text.length, start + l + 1);
          return text.slice(start, end).trim() && /\S/.test(text[start] ?? "") && /\S/.test(text[end - 1] ?? "") ? [{ type: "italic" as const, start, end }] : [];
        });
        const blocks = previewBlocks(text, parts).map((b, i) => ({ ...b, kept: toggles[i] ?? b.kept }));
        const out = assemblePreview(blocks, formatting);
        expect(out.text).toBe(normaliseText(out.text));
        expect(formattingProblems(out.text, out.formatting)).toEqual([]);
        expect(out.text).toBe(blocks.filter((b) => b.kept).map((b) => b.text).join("\n\n"));
      }),
    );
  });
});
