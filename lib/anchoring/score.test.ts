import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../text/normalise";
import { contextSimilarity } from "./edit-distance";
import { scoreSpan } from "./score";
import { anchorOn, occurrence } from "./test-support";
import { ACCEPT_THRESHOLD } from "./types";

const SAMPLE = normaliseText(readFileSync(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"), "utf8"));

/** Scores the first occurrence of `words` in `text` as the new place of `anchor`. */
function scoreAt(text: string, anchor: ReturnType<typeof anchorOn>, words: string, nth = 0): number {
  const start = occurrence(text, words, nth);
  return scoreSpan(text, anchor, start, start + words.length, start, words.length)?.score ?? 0;
}

describe("scoreSpan and the accept threshold (the measurements behind ACCEPT_THRESHOLD)", () => {
  it("finds that unrelated 32-character contexts of English news agree at about 0.2", () => {
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const sims: number[] = [];
    while (sims.length < 2000) {
      const a = 64 + Math.floor(next() * (SAMPLE.length - 128));
      const b = 64 + Math.floor(next() * (SAMPLE.length - 128));
      if (Math.abs(a - b) < 96) continue;
      sims.push(contextSimilarity(SAMPLE.slice(a - 32, a), SAMPLE.slice(b - 64, b), "before"));
    }
    sims.sort((x, y) => x - y);
    const median = sims[1000] ?? 1;
    const p99 = sims[1980] ?? 1;
    expect(median).toBeGreaterThan(0.1);
    expect(median).toBeLessThan(0.3);
    expect(p99).toBeLessThan(0.5);
  });

  it("rejects the same short phrase where both contexts differ: other words that read the same", () => {
    // "on Tuesday" appears twice; a claim on the first must not take the second.
    const anchor = anchorOn(SAMPLE, "on Tuesday", 0);
    expect(scoreAt(SAMPLE, anchor, "on Tuesday", 1)).toBeLessThan(ACCEPT_THRESHOLD);
  });

  it("accepts an unchanged short quote that kept one of its contexts", () => {
    const anchor = anchorOn(SAMPLE, "Kirby added");
    const edited = SAMPLE.replace("Su-35 fighter jets from Russia,” Kirby added", "Su-35 jets, Kirby added");
    const score = scoreAt(edited, anchor, "Kirby added");
    expect(score).toBeGreaterThanOrEqual(ACCEPT_THRESHOLD);
    expect(score).toBeLessThan(0.9);
  });

  it("accepts an unchanged sentence of a dozen words or more even where both contexts changed", () => {
    const sentence = "Russia turned to Iran for assistance as its forces continued to fall short of expectations in Ukraine";
    const anchor = anchorOn(SAMPLE, sentence);
    const moved = `Unrelated opening words of a new first paragraph: ${sentence} And more new words follow it here.`;
    expect(scoreAt(moved, anchor, sentence)).toBeGreaterThanOrEqual(ACCEPT_THRESHOLD);
  });

  it("rejects an unchanged sentence of half a dozen words where both contexts changed", () => {
    const sentence = "Hezbollah has a more significant fighting arsenal";
    const anchor = anchorOn(SAMPLE, sentence);
    const moved = `Unrelated opening words of a new first paragraph: ${sentence} and more new words follow it here.`;
    expect(scoreAt(moved, anchor, sentence)).toBeLessThan(ACCEPT_THRESHOLD);
  });

  it("scores a one-letter correction with its context intact above 0.9", () => {
    const anchor = anchorOn(SAMPLE, "Sergei Shoigu");
    expect(scoreAt(SAMPLE.replace("Shoigu", "Shoygu"), anchor, "Sergei Shoygu")).toBeGreaterThan(0.9);
  });

  it("rejects a reworded short quote whose contexts changed too", () => {
    const anchor = anchorOn(SAMPLE, "Sergei Shoigu");
    const text = "The visit of Sergey Shoygu was cancelled, officials in Tehran told reporters later.";
    expect(scoreAt(text, anchor, "Sergey Shoygu")).toBeLessThan(ACCEPT_THRESHOLD);
  });

  it("refuses a span more than maxErrors edits from the quote", () => {
    const anchor = anchorOn(SAMPLE, "Sergei Shoigu");
    expect(scoreSpan(SAMPLE, anchor, 0, 13, 0, 3)).toBeNull();
  });
});
