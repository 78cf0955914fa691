import { describe, expect, it } from "vitest";
import { detectClaims } from ".";
import { loadRepositoryGold } from "./gold/load";
import { sameSpeaker, scoreArticle, summarise } from "./score";
import { toSuggestion } from "./suggestion";

// The detector on the repository's own gold (the sample article and synthetic stories, every sentence labelled).
// Thresholds sit a little under what the detector reaches (see `npm run eval:attribution`), so a regression fails.
describe("attribution detector on the repository gold", async () => {
  const gold = await loadRepositoryGold();
  const scores = gold.map((g) => scoreArticle(g.text, g.claims, detectClaims(g.text, { reporterStatements: true }).map((c) => toSuggestion(g.text, c)), true));
  const total = summarise(scores);

  it("finds the attributed content", () => {
    expect(total.lenient.f1).toBeGreaterThanOrEqual(0.97);
    expect(total.exact.f1).toBeGreaterThanOrEqual(0.95);
  });
  it("names the right speaker", () => {
    expect(total.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
  });
  it("tells attributed claims from reporter statements", () => {
    expect(total.kindAccuracy).toBeGreaterThanOrEqual(0.98);
  });
  it("scores the sample article on its own", () => {
    const sample = scores[gold.findIndex((g) => g.name.startsWith("examiner"))]!;
    expect(sample.lenient / sample.gold).toBeGreaterThanOrEqual(0.9);
  });
});

describe("the scorer", () => {
  const text = "“We will,” Kirby said. The vote is Friday.";
  const gold = [
    { type: "attributed" as const, speaker: "Kirby", canonical: "John Kirby", start: 1, end: 9 },
    { type: "reporter" as const, speaker: null, canonical: null, start: 23, end: 42 },
  ];
  it("matches spans exactly once outer quotes and trailing punctuation are trimmed, and leniently by Jaccard", () => {
    const exact = scoreArticle(text, gold, [{ kind: "attributed", start: 0, end: 10, speaker: "Kirby" }], true);
    expect(exact).toMatchObject({ exact: 1, lenient: 1, speakerRight: 1, kindRight: 2, kindTotal: 2 });
    const loose = scoreArticle(text, gold, [{ kind: "attributed", start: 1, end: 6, speaker: "Jane" }], true);
    expect(loose).toMatchObject({ exact: 0, lenient: 1, speakerRight: 0 });
    const miss = scoreArticle(text, gold, [{ kind: "attributed", start: 23, end: 42, speaker: null }], true);
    expect(miss).toMatchObject({ lenient: 0, kindRight: 0 });
  });
  it("takes a surname for the full name, not a different person", () => {
    expect(sameSpeaker("Kirby", "John Kirby")).toBe(true);
    expect(sameSpeaker("Mr. Kirby", "john kirby")).toBe(true);
    expect(sameSpeaker("John Smith", "John Kirby")).toBe(false);
  });
});
