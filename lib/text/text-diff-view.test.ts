import { describe, expect, it } from "vitest";
import { countChars, countWords, newTextOf, oldTextOf, textDiffView, type DiffSegment } from "./text-diff-view";

/** The segments as `[op, text]` pairs, easier to read in an expectation. */
const pairs = (segments: DiffSegment[]) => segments.map((s) => [s.op, s.text]);
const changes = (segments: DiffSegment[]) => pairs(segments.filter((s) => s.op === "insert" || s.op === "delete"));

const LONG_PARAGRAPH =
  "Russia could provide either Iran or Hezbollah with air defense capabilities, the U.S. National Security Council warned on Tuesday, citing intelligence it had gathered over several months.";

describe("textDiffView", () => {
  it.each<[string, string, string, string[][]]>([
    ["a replaced word is one deletion and one insertion, not letters", "Kirby said on Tuesday.", "Kirby said on Thursday.", [["delete", "Tuesday"], ["insert", "Thursday"]]],
    ["an inserted word", "Kirby said on Tuesday.", "Kirby said late on Tuesday.", [["insert", "late "]]],
    ["a deleted word", "Kirby said late on Tuesday.", "Kirby said on Tuesday.", [["delete", "late "]]],
    [
      "a rewritten phrase reads as one change, not word by word",
      "The council warned on Tuesday that Russia could act.",
      "The council said last week it feared Russia could act.",
      [["delete", "warned on Tuesday that"], ["insert", "said last week it feared"]],
    ],
    ["typographic quotes and emoji are tokens of their own", "“We will act,” he said 🙂", "“We will wait,” he said 😀", [["delete", "act"], ["insert", "wait"], ["delete", "🙂"], ["insert", "😀"]]],
    ["everything inserted into an empty text", "", "A new text.", [["insert", "A new text."]]],
    ["everything deleted", "An old text.", "", [["delete", "An old text."]]],
  ])("%s", (_name, oldText, newText, expected) => {
    const { segments } = textDiffView(oldText, newText);
    expect(changes(segments)).toEqual(expected);
    expect(oldTextOf(segments)).toBe(oldText);
    expect(newTextOf(segments)).toBe(newText);
  });

  it("shows an inserted paragraph as a whole paragraph, at the blank lines", () => {
    const oldText = "First paragraph.\n\nThird paragraph.";
    const newText = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.";
    const { segments } = textDiffView(oldText, newText, { collapse: false });
    const inserted = segments.find((s) => s.op === "insert")?.text ?? "";
    expect(inserted.trim()).toBe("Second paragraph.");
    expect(inserted).toMatch(/^\n\nSecond paragraph\.$|^Second paragraph\.\n\n$/);
  });

  it("folds long unchanged text to a few words of context around each change", () => {
    const oldText = `${LONG_PARAGRAPH} He said on Tuesday. ${LONG_PARAGRAPH}`;
    const newText = `${LONG_PARAGRAPH} He said on Monday. ${LONG_PARAGRAPH}`;
    const { segments } = textDiffView(oldText, newText, { contextWords: 3 });
    expect(pairs(segments)).toEqual([
      ["skip", `${LONG_PARAGRAPH} `],
      ["equal", "He said on "],
      ["delete", "Tuesday"],
      ["insert", "Monday"],
      // Punctuation is not a word: the context after the change is three words long.
      ["equal", ". Russia could provide"],
      ["skip", LONG_PARAGRAPH.slice("Russia could provide".length)],
    ]);
    const skip = segments[0];
    expect(skip?.op === "skip" && skip.chars).toBe(countChars(skip?.text ?? ""));
  });

  it("keeps context within the changed line", () => {
    const paragraph = `${LONG_PARAGRAPH}\n\n`;
    const oldText = `${paragraph}Kirby said on Tuesday.\n\n${paragraph}`;
    const newText = `${paragraph}Kirby said on Friday.\n\n${paragraph}`;
    const { segments } = textDiffView(oldText, newText);
    expect(pairs(segments)).toEqual([
      ["skip", paragraph],
      ["equal", "Kirby said on "],
      ["delete", "Tuesday"],
      ["insert", "Friday"],
      ["equal", "."],
      ["skip", `\n\n${paragraph}`],
    ]);
  });

  it("shows short unchanged stretches whole", () => {
    const { segments } = textDiffView("One two three. Four five.", "One two three! Four six.", { contextWords: 1 });
    expect(segments.some((s) => s.op === "skip")).toBe(false);
  });

  it("folds nothing when asked not to", () => {
    const { segments } = textDiffView(`${LONG_PARAGRAPH} A.`, `${LONG_PARAGRAPH} B.`, { collapse: false });
    expect(pairs(segments)).toEqual([
      ["equal", `${LONG_PARAGRAPH} `],
      ["delete", "A"],
      ["insert", "B"],
      ["equal", "."],
    ]);
  });

  it("folds an unchanged text whole, and reports no change", () => {
    const view = textDiffView(LONG_PARAGRAPH, LONG_PARAGRAPH);
    expect(pairs(view.segments)).toEqual([["skip", LONG_PARAGRAPH]]);
    expect(view.summary).toEqual({ charsInserted: 0, charsDeleted: 0, wordsInserted: 0, wordsDeleted: 0, changes: 0 });
    expect(textDiffView("", "").segments).toEqual([]);
  });

  it("counts what was inserted and deleted, in characters and words", () => {
    const { segments, summary } = textDiffView("Kirby said it’s over. Then he left.", "Kirby said. Then he left 🙂 quickly.");
    expect(changes(segments)).toEqual([["delete", " it’s over"], ["insert", " 🙂 quickly"]]);
    expect(summary).toEqual({ charsDeleted: 10, wordsDeleted: 2, charsInserted: 10, wordsInserted: 1, changes: 2 });
  });

  it("falls back to a character diff when a text has too many distinct words to encode", () => {
    const words = Array.from({ length: 66_000 }, (_, i) => `w${i.toString(36)}`);
    const oldText = words.join(" ");
    const newText = oldText.replace(" w100 ", " w100 inserted ");
    const { segments, summary } = textDiffView(oldText, newText, { contextWords: 2 });
    expect(oldTextOf(segments)).toBe(oldText);
    expect(newTextOf(segments)).toBe(newText);
    expect(summary.wordsInserted).toBe(1);
    const at = words.indexOf("w100");
    const shown = segments.filter((s) => s.op !== "skip").map((s) => s.text).join("");
    expect(shown).toBe(`${words[at - 1]} w100 inserted ${words[at + 1]} ${words[at + 2]}`);
  });
});

describe("countChars and countWords", () => {
  it.each<[string, number, number]>([
    ["", 0, 0],
    ["Kirby said", 10, 2],
    ["it’s 1,200 🙂", 12, 3],
    ["“We”, he added.", 15, 3],
  ])("%j", (text, chars, words) => {
    expect(countChars(text)).toBe(chars);
    expect(countWords(text)).toBe(words);
  });
});
