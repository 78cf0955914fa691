import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { removePageLitter } from "./page-litter";
import { normaliseText } from "../text/normalise";

const SAMPLE = readFileSync(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"), "utf8");
const TITLE = "Russia may provide air defense capability to Iran or Hezbollah, US warns";

describe("removePageLitter", () => {
  it("cleans the sample article of its bylines, categories, caption, repeated headlines and comment form", () => {
    const { text, removed } = removePageLitter(SAMPLE, TITLE);
    expect(removed.map((r) => r.reason)).toEqual([
      "byline or date", "categories", "repeated headline", "caption", "repeated headline", "byline or date",
      "copyright", "related links", "comments", "comment form",
    ]);
    expect(text.startsWith("Russia could provide either Iran or Hezbollah")).toBe(true);
    expect(text.endsWith("Hezbollah has a more significant fighting arsenal than Hamas.")).toBe(true);
  });

  it("keeps the first of a repeated headline when no title is given", () => {
    const { text, removed } = removePageLitter("Kirby warns Russia may arm Iran\n\nKirby warns Russia may arm Iran\n\nThe words of the article.");
    expect(text).toBe("Kirby warns Russia may arm Iran\n\nThe words of the article.");
    expect(removed).toEqual([{ text: "Kirby warns Russia may arm Iran", reason: "repeated headline" }]);
  });

  it.each([
    ["Share this", "share buttons"],
    ["Read More", "related links"],
    ["Leave a Reply", "comments"],
    ["Advertisement", "advertisement"],
  ])("removes %j anywhere (%s)", (line, reason) => {
    const long = "A sentence of the article that is long enough to count as a paragraph of its body, which ends the top of the article where bylines are.";
    expect(removePageLitter(`${long}\n\n${line}\n\nMore words.`).removed).toEqual([{ text: line, reason }]);
  });

  it("leaves a dated sentence in the body alone, and never rewrites a line", () => {
    const long = "A sentence of the article that is long enough to count as a paragraph of its body, which ends the top of the article where bylines are.";
    const text = `${long}\n\nOn November 21 the council met.\n\nBy noon it had ended`;
    expect(removePageLitter(text)).toEqual({ text, removed: [] });
  });

  it("answers canonical text made of the input's own lines, and what it removed accounts for the rest", () => {
    const line = fc.oneof(fc.constantFrom("Share this", "Leave a Reply", "Posted by Ana on May 2, 2024", "© 2024 X", "Same headline here", "", "Read More"), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), fc.option(fc.string({ maxLength: 20 })), (lines, title) => {
        const input = lines.join("\n");
        const { text, removed } = removePageLitter(input, title);
        expect(text).toBe(normaliseText(text));
        const inputLines = normaliseText(input).split("\n");
        const keptLines = text.split("\n").filter((l) => l !== "");
        expect(keptLines.length + removed.length).toBe(inputLines.filter((l) => l !== "").length);
        for (const l of keptLines) expect(inputLines).toContain(l);
      }),
    );
  });
});
