import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveTitle, normaliseText, paragraphsOf } from "./normalise";

const SAMPLE_FILE = "examiner-2023-11-21-russia-air-defense.txt";
const repoSample = path.join(process.cwd(), "db", "seed", SAMPLE_FILE);
const sharedSample = path.join(process.cwd(), "..", "shared", "seeds", SAMPLE_FILE);

describe("normaliseText", () => {
  it.each([
    ["CRLF line endings", "a\r\nb", "a\nb"],
    ["lone CR line endings", "a\rb\rc", "a\nb\nc"],
    ["mixed line endings", "a\r\n\r\nb\rc\n", "a\n\nb\nc"],
    ["trailing spaces and tabs", "a  \t\nb ", "a\nb"],
    ["trailing no-break and ideographic spaces", "a\u00a0\u3000\nb\u200b", "a\nb"],
    ["leading indentation is kept", "  a\n\tb", "  a\n\tb"],
    ["three blank lines become one", "a\n\n\n\nb", "a\n\nb"],
    ["whitespace-only lines count as blank", "a\n  \n\t\n b", "a\n\n b"],
    ["leading and trailing blank lines", "\n\n  \na\n\n\n", "a"],
    ["a single newline inside a paragraph is kept", "a\nb\n\nc", "a\nb\n\nc"],
    ["byte-order mark", "\uFEFFa", "a"],
    ["byte-order mark after blank lines", "\n\n\uFEFFa", "a"],
    ["NFD to NFC", "Cafe\u0301 Zu\u0308rich", "Café Zürich"],
    ["control characters", "a\u0000b\u0007c\u000bd\u000ce\u001bf\u007fg", "abcdefg"],
    ["tabs survive inside a line", "a\tb", "a\tb"],
    ["a control character between a letter and its accent", "e\u0001\u0301", "é"],
    ["empty input", "", ""],
    ["whitespace only", " \r\n\t\n\u00a0", ""],
    ["emoji and surrogate pairs pass through", "Hi 😀\u{1F1FA}\u{1F1F8}", "Hi 😀\u{1F1FA}\u{1F1F8}"],
  ])("%s", (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  // Strings built from the characters normalisation cares about, so that the interesting cases are common.
  const messyText = fc
    .array(
      fc.oneof(
        fc.constantFrom("\n", "\r", "\r\n", " ", "\t", "\u00a0", "\u3000", "\u200b", "\uFEFF", "\u0000", "\u0007", "\u007f"),
        fc.constantFrom("a", "Z", "é", "e\u0301", "\u0301", "u\u0308", "ﬁ", "😀", "\ud83d", "\ude00", "\u1100\u1161", "."),
        fc.string({ unit: "grapheme", maxLength: 3 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(""));

  const properties: [string, (out: string) => boolean][] = [
    ["has no carriage return", (out) => !out.includes("\r")],
    ["has no more than one blank line in a row", (out) => !out.includes("\n\n\n")],
    ["has no whitespace before a line break", (out) => !/[ \t\u00a0]\n/.test(out)],
    ["does not start or end with a line break", (out) => !out.startsWith("\n") && !out.endsWith("\n")],
    ["is in NFC", (out) => out === out.normalize("NFC")],
    ["has no byte-order mark or control character other than tab and newline", (out) => !/[\uFEFF\u0000-\u0008\u000b-\u001f\u007f]/.test(out)],
  ];

  it.each(properties)("output %s", (_name, holds) => {
    fc.assert(fc.property(messyText, (input) => holds(normaliseText(input))));
    fc.assert(fc.property(fc.string({ unit: "binary" }), (input) => holds(normaliseText(input))));
  });

  it("is idempotent", () => {
    const idempotent = (input: string) => normaliseText(normaliseText(input)) === normaliseText(input);
    fc.assert(fc.property(messyText, idempotent), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: "binary" }), idempotent), { numRuns: 500 });
  });

  it("keeps the words: only whitespace and invisible characters are removed", () => {
    const visible = (s: string) => s.replace(/[\s\u200b\uFEFF\u0000-\u001f\u007f]/g, "").normalize("NFC");
    fc.assert(fc.property(messyText, (input) => visible(normaliseText(input)) === visible(input)));
  });
});

describe("the shipped sample article", () => {
  const raw = readFileSync(repoSample, "utf8");
  const text = normaliseText(raw);

  it("normalises to paragraphs separated by exactly one blank line", () => {
    expect(raw).toContain("\n\n\n");
    expect(text).not.toContain("\n\n\n");
    expect(text.startsWith("Posted by on November 21, 2023 2:41 pm\nCategories: News Washington Examiner\n\n")).toBe(true);
    expect(text.endsWith("Required fields are marked *")).toBe(true);
    expect(paragraphsOf(text)).toHaveLength(19);
  });

  it("keeps its typographic quotes and apostrophes", () => {
    expect(text).toContain("“We’re going to closely monitor for whether Wagner provides military equipment to either Hezbollah or Iran,” he added.");
    expect(text).toContain("hundreds of “kamikaze” drones");
  });

  it("is stable: normalising the canonical text again changes nothing", () => {
    expect(normaliseText(text)).toBe(text);
  });

  it.runIf(existsSync(sharedSample))("is identical to the shared seed copy", () => {
    expect(readFileSync(sharedSample, "utf8")).toBe(raw);
  });
});

describe("paragraphsOf", () => {
  it("gives each paragraph with the offset where it starts", () => {
    const text = "First line\nsecond line\n\nSecond paragraph\n\nThird";
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => p.text)).toEqual(["First line\nsecond line", "Second paragraph", "Third"]);
    for (const p of paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it("has no paragraphs in an empty text", () => {
    expect(paragraphsOf("")).toEqual([]);
  });
});

describe("deriveTitle", () => {
  it.each([
    ["the first line", "Russia may provide air defense\n\nBody", "Russia may provide air defense"],
    ["skips blank lines and trims", "\n   \n  Headline here  \nmore", "Headline here"],
    ["a placeholder for text without words", "   \n \n", "Untitled article"],
    ["exactly the limit is kept whole", "a".repeat(120), "a".repeat(120)],
  ])("%s", (_name, text, expected) => {
    expect(deriveTitle(text)).toBe(expected);
  });

  it("shortens a long first line at a word boundary and marks the cut", () => {
    const line = "Russia could provide either Iran or Hezbollah with air defense capabilities, the U.S. National Security Council warned on Tuesday";
    const title = deriveTitle(line, 60);
    expect(title.endsWith("…")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(61);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
    expect(line[title.length - 1]).toBe(" ");
  });

  it("cuts mid-word when the line has no space in its second half", () => {
    expect(deriveTitle(`ab ${"x".repeat(200)}`, 50)).toBe(`ab ${"x".repeat(47)}…`);
  });

  it("never exceeds the limit plus the ellipsis", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 10, max: 200 }), (text, max) => {
        expect(deriveTitle(text, max).length).toBeLessThanOrEqual(max + 1);
      }),
    );
  });
});
