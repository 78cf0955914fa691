import { describe, expect, it } from "vitest";
import { countOutcomes, reanchorAll } from "./reanchor";
import { anchorOn, expectInvariants, occurrence } from "./test-support";
import type { Outcome } from "./types";

const P1 =
  "Russia could provide either Iran or Hezbollah with air defense capabilities, the National Security Council warned on Tuesday.";
const P2 =
  "“We’re going to closely monitor for whether Wagner provides military equipment to either Hezbollah or Iran,” Kirby said.";
const P3 =
  "In September, Iran hosted Russian Defense Minister Sergei Shoigu and showcased its close-range ballistic missile systems.";
const P4 = "Hezbollah has a more significant fighting arsenal than Hamas, officials said on Tuesday.";
const ARTICLE = [P1, P2, P3, P4].join("\n\n");

interface Case {
  name: string;
  old?: string;
  /** The claim's quote in the old text, and which occurrence of it (default the first). */
  claim: string | [string, number];
  /** The new text, or an edit of the old one. */
  edit: string | ((old: string) => string);
  expected: Outcome;
  /** Where the claim must land: a string of the new text and its occurrence (default: the old quote, first). */
  at?: string | [string, number];
}

const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`edit target "${from}" not in text`);
  return text.replace(from, to);
};

const CASES: Case[] = [
  { name: "unchanged text", claim: "closely monitor for whether Wagner provides military equipment", edit: (t) => t, expected: "exact" },
  { name: "insertion far before", claim: "Sergei Shoigu", edit: replace("Russia could", "Officials said Russia could"), expected: "moved" },
  {
    name: "insertion right before, inside the prefix context",
    claim: "Sergei Shoigu",
    edit: replace("Minister Sergei", "Minister, General Sergei"),
    expected: "moved",
  },
  { name: "insertion far after", claim: "air defense capabilities", edit: replace("than Hamas", "than Hamas does"), expected: "exact" },
  {
    name: "insertion right after, inside the suffix context",
    claim: "air defense capabilities",
    edit: replace("capabilities, the", "capabilities of its own, the"),
    expected: "exact",
  },
  { name: "deletion before", claim: "Kirby said", edit: replace("closely ", ""), expected: "moved" },
  { name: "deletion right before", claim: "showcased its close-range", edit: replace(" and showcased", " showcased"), expected: "moved", at: "showcased its close-range" },
  { name: "deletion after", claim: "Iran or Hezbollah", edit: replace("on Tuesday.", "."), expected: "exact" },
  {
    name: "insertion inside the quote",
    claim: "provides military equipment to either Hezbollah or Iran",
    edit: replace("military equipment", "advanced military equipment"),
    expected: "fuzzy",
    at: "provides advanced military equipment to either Hezbollah or Iran",
  },
  {
    name: "deletion inside the quote",
    claim: "showcased its close-range ballistic missile systems",
    edit: replace("close-range ", ""),
    expected: "fuzzy",
    at: "showcased its ballistic missile systems",
  },
  {
    name: "deletion across the start of the quote",
    claim: "Iran hosted Russian Defense Minister Sergei Shoigu and showcased",
    edit: replace("In September, Iran hosted Russian", "Russian"),
    expected: "fuzzy",
    at: "Russian Defense Minister Sergei Shoigu and showcased",
  },
  {
    name: "deletion across the end of the quote",
    claim: "the National Security Council warned on Tuesday",
    edit: replace(" warned on Tuesday.", " warned."),
    expected: "fuzzy",
    at: "the National Security Council warned",
  },
  {
    name: "replacement across the whole claim and its context",
    claim: "the National Security Council warned on Tuesday",
    edit: replace("Hezbollah with air defense capabilities, the National Security Council warned on Tuesday.", "Hezbollah with jets, a senior official told reporters late on Monday."),
    expected: "orphaned",
  },
  { name: "quote deleted entirely", claim: P3, edit: replace(`${P3}\n\n`, ""), expected: "orphaned" },
  { name: "a one-letter typo fixed inside the quote", claim: "Sergei Shoigu", edit: replace("Shoigu", "Shoygu"), expected: "fuzzy", at: "Sergei Shoygu" },
  { name: "a name respelled, twice", claim: "Defense Minister Sergei Shoigu", edit: replace("Sergei Shoigu", "Sergey Shoygu"), expected: "fuzzy", at: "Defense Minister Sergey Shoygu" },
  { name: "the quote appearing twice, claim on the second, text inserted before both", claim: ["on Tuesday", 1], edit: replace("Russia could", "Moscow could soon"), expected: "moved", at: ["on Tuesday", 1] },
  {
    name: "the quote appearing twice, the first copy's sentence deleted, claim on the second",
    claim: ["on Tuesday", 1],
    edit: replace(`${P1}\n\n`, ""),
    expected: "moved",
    at: ["on Tuesday", 0],
  },
  {
    name: "the quote appearing twice, the claim's own copy deleted: the other copy is other words",
    claim: ["on Tuesday", 0],
    edit: replace(" on Tuesday.", "."),
    expected: "orphaned",
  },
  {
    name: "the quote appearing twice, paragraphs reversed: context picks the claim's copy",
    claim: ["on Tuesday", 1],
    edit: () => [P4, P3, P2, P1].join("\n\n"),
    expected: "moved",
    at: ["on Tuesday", 0],
  },
  {
    name: "the quote appearing twice, paragraphs reversed: the other copy stays with its own claim",
    claim: ["on Tuesday", 0],
    edit: () => [P4, P3, P2, P1].join("\n\n"),
    expected: "moved",
    at: ["on Tuesday", 1],
  },
  { name: "a paragraph moved to the end", claim: "Wagner provides military equipment", edit: () => [P1, P3, P4, P2].join("\n\n"), expected: "moved" },
  { name: "a whole paragraph claim, its paragraph moved", claim: P3, edit: () => [P3, P1, P2, P4].join("\n\n"), expected: "moved" },
  { name: "a paragraph moved and edited", claim: "showcased its close-range ballistic missile systems", edit: () => [P1, P2, P4, P3.replace("close-range", "short-range")].join("\n\n"), expected: "fuzzy", at: "showcased its short-range ballistic missile systems" },
  { name: "whitespace-only change before the claim", claim: "Kirby said", edit: replace("Iran,” Kirby", "Iran,”  Kirby"), expected: "moved" },
  { name: "paragraph break added before the claim", claim: P3, edit: replace(`${P2}\n\n`, `${P2}\n\n\n`), expected: "moved" },
  { name: "whitespace-only change inside the quote", claim: "military equipment to either Hezbollah", edit: replace("military equipment", "military\nequipment"), expected: "fuzzy", at: "military\nequipment to either Hezbollah" },
  {
    name: "straight quotes turned curly inside the quote",
    old: 'Kirby said "we are watching closely" on Tuesday.',
    claim: '"we are watching closely"',
    edit: (t) => t.replace('"we', "“we").replace('closely"', "closely”"),
    expected: "fuzzy",
    at: "“we are watching closely”",
  },
  { name: "curly quotes kept, text inserted before", claim: "“We’re going to closely monitor", edit: replace("Russia could", "Russia may well"), expected: "moved" },
  {
    name: "emoji inserted before the claim",
    old: "Reactions poured in 🙂 as the minister said the deal was final.",
    claim: "the deal was final",
    edit: replace("🙂", "🙂🎉"),
    expected: "moved",
  },
  {
    name: "emoji inside the quote changed to one sharing its high surrogate",
    old: "Fans posted 😀 all day and the club said 😀 means yes to the transfer.",
    claim: "said 😀 means yes to the transfer",
    edit: replace("said 😀", "said 😃"),
    expected: "fuzzy",
    at: "said 😃 means yes to the transfer",
  },
  { name: "claim at the very start, text inserted at the start", claim: "Russia could provide", edit: (t) => `Updated. ${t}`, expected: "moved" },
  { name: "claim at the very end, text appended", claim: "officials said on Tuesday.", edit: (t) => `${t}\n\nMore to follow.`, expected: "exact" },
  { name: "text replaced by an unrelated story", claim: "Sergei Shoigu", edit: () => "The city council approved the budget for next year after a long debate.", expected: "orphaned" },
  { name: "short quote whose words are gone", claim: "Kirby", edit: replace("Kirby said", "he said"), expected: "orphaned" },
];

describe("reanchorAll, table of edits", () => {
  for (const c of CASES) {
    it(`${c.name} → ${c.expected}`, () => {
      const oldText = c.old ?? ARTICLE;
      const [quote, nth] = typeof c.claim === "string" ? [c.claim, 0] : c.claim;
      const anchor = anchorOn(oldText, quote, nth);
      const newText = typeof c.edit === "string" ? c.edit : c.edit(oldText);
      const [result] = reanchorAll(oldText, newText, [anchor]);
      if (!result) throw new Error("no result");
      expectInvariants(newText, anchor, result);
      expect(result.outcome, JSON.stringify(result)).toBe(c.expected);
      if (c.expected === "orphaned") return;
      const [atQuote, atNth] = c.at === undefined ? [quote, 0] : typeof c.at === "string" ? [c.at, 0] : c.at;
      const start = occurrence(newText, atQuote, atNth);
      expect({ start: result.start, end: result.end }).toEqual({ start, end: start + atQuote.length });
    });
  }
});

describe("reanchorAll", () => {
  it("answers in the order of the claims given, one diff for all", () => {
    const anchors = [anchorOn(ARTICLE, "Kirby said", 0, "a"), anchorOn(ARTICLE, "Sergei Shoigu", 0, "b"), anchorOn(ARTICLE, P4, 0, "c")];
    const newText = ARTICLE.replace("Shoigu", "Shoygu").replace(`\n\n${P4}`, "");
    const results = reanchorAll(ARTICLE, newText, anchors);
    expect(results.map((r) => [r.id, r.outcome])).toEqual([
      ["a", "exact"],
      ["b", "fuzzy"],
      ["c", "orphaned"],
    ]);
    expect(countOutcomes(results)).toEqual({ exact: 1, moved: 0, fuzzy: 1, orphaned: 1 });
  });

  it("gives fuzzy matches a score and the new quote with its context", () => {
    const anchor = anchorOn(ARTICLE, "Sergei Shoigu");
    const [result] = reanchorAll(ARTICLE, ARTICLE.replace("Shoigu", "Shoygu"), [anchor]);
    expect(result).toMatchObject({ outcome: "fuzzy", quote: "Sergei Shoygu", prefix: anchor.prefix });
    expect(result?.score).toBeGreaterThan(0.9);
    expect(result?.score).toBeLessThan(1);
  });

  it("orphans a claim whose stored quote is empty or whose offsets make no sense", () => {
    const bad = [
      { id: "x", start: 3, end: 3, quote: "", prefix: "", suffix: "" },
      { id: "y", start: 9, end: 4, quote: "Iran", prefix: "", suffix: "" },
    ];
    expect(reanchorAll(ARTICLE, ARTICLE, bad).map((r) => r.outcome)).toEqual(["orphaned", "orphaned"]);
  });

  it("finds a claim whose stored offsets are stale but whose quote and context are intact", () => {
    const anchor = { ...anchorOn(ARTICLE, "Sergei Shoigu"), start: 5, end: 18 };
    const [result] = reanchorAll(ARTICLE, ARTICLE, [anchor]);
    expect(result).toMatchObject({ outcome: "moved", start: occurrence(ARTICLE, "Sergei Shoigu") });
  });

  it("respects a stricter threshold", () => {
    const anchor = anchorOn(ARTICLE, "Sergei Shoigu");
    const [result] = reanchorAll(ARTICLE, ARTICLE.replace("Shoigu", "Shoygu"), [anchor], { threshold: 0.99 });
    expect(result?.outcome).toBe("orphaned");
  });
});
