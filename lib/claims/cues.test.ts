import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CUE_FORMS, findCues, suggestCue } from "./cues";
import { CUES } from "../attribution/lexicon";
import { normaliseText } from "../text/normalise";
import type { Span } from "./span";

const sample = normaliseText(readFileSync(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"), "utf8"));

/** The span from the start of `from` to the end of `to` (searched after it) in the sample. */
function claim(from: string, to: string, text = sample): Span {
  const start = text.indexOf(from);
  const last = text.indexOf(to, start);
  if (start < 0 || last < 0) throw new Error(`"${from}" … "${to}" is not in the text`);
  return { start, end: last + to.length };
}

describe("the cue forms", () => {
  it("are the attribution detector's forms of the same verbs (one lexicon)", () => {
    for (const forms of CUE_FORMS.filter((f) => f[0] !== "according to")) {
      expect(forms.length).toBeGreaterThan(1);
      const lemmas = new Set(forms.map((f) => CUES.get(f)?.lemma));
      expect(lemmas.size).toBe(1);
      expect(lemmas.has(undefined)).toBe(false);
    }
  });

  it("leave out bare forms that are more often nouns or infinitives, but keep the present tense of say and warn", () => {
    expect(findCues("The state and the report, a note to add.").map((c) => c.cue)).toEqual([]);
    expect(findCues("Officials say it is safe; experts warn it is not.").map((c) => c.cue)).toEqual(["say", "warn"]);
    expect(findCues("He posted that it was over, stating he had won.").map((c) => c.cue)).toEqual(["posted", "stating"]);
  });
});

describe("findCues", () => {
  it("finds every form with its position, in lower case", () => {
    const text = "Kirby SAID it. He warns, and Adding more. She told me.";
    expect(findCues(text)).toEqual([
      { cue: "said", start: 6, end: 10 },
      { cue: "warns", start: 18, end: 23 },
      { cue: "adding", start: 29, end: 35 },
      { cue: "told", start: 46, end: 50 },
    ]);
  });

  it("matches multi-word cues across any whitespace", () => {
    expect(findCues("according\n  to officials").map((c) => c.cue)).toEqual(["according to"]);
  });

  it.each(["Saidi Ltd", "unsaid words", "forewarned", "toldo", "claimsbook", "said2"])("does not match inside a word: %s", (text) => {
    expect(findCues(text)).toEqual([]);
  });

  it("searches only inside the given span", () => {
    const text = "He said. She warned.";
    expect(findCues(text, { start: 9, end: text.length })).toEqual([{ cue: "warned", start: 13, end: 19 }]);
  });
});

describe("suggestCue on the sample article", () => {
  it.each<[string, Span, string | null]>([
    ["a quote spanning two sentences, attributed after it", claim("In total, Iran is seeking billions", "space-based programs"), "said"],
    ["a quote followed by “he added”", claim("We’re going to closely monitor", "Hezbollah or Iran"), "added"],
    ["the first paragraph's warning", claim("Russia could provide either Iran or Hezbollah", "air defense capabilities"), "warned"],
    ["an attribution outside the quote beats a verb inside it", claim("Russia has been offering Tehran", "fighter jets from Russia"), "added"],
    ["a reporter sentence without a cue", claim("Hezbollah has a more significant", "than Hamas"), null],
    ["a reporter sentence about the war", claim("Leaders in Moscow and Tehran", "invasion of Ukraine"), null],
  ])("%s", (_name, span, expected) => {
    expect(suggestCue(sample, span)).toBe(expected);
  });
});

describe("suggestCue", () => {
  it("prefers the nearest cue outside the claim", () => {
    const text = "“I said no,” Kirby told reporters, who noted it.";
    expect(suggestCue(text, claim("I said no", "I said no", text))).toBe("told");
  });

  it("falls back to a cue inside the claim when there is none outside", () => {
    const text = "Officials said the talks failed.";
    expect(suggestCue(text, { start: 0, end: text.length - 1 })).toBe("said");
  });

  it("looks only at the claim's own sentence", () => {
    const text = "Kirby said this. The talks failed.";
    expect(suggestCue(text, claim("The talks", "failed", text))).toBeNull();
  });

  it("reports the multi-word form found", () => {
    const text = "The talks failed, according to two officials.";
    expect(suggestCue(text, claim("The talks", "failed", text))).toBe("according to");
  });
});
