import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../text/normalise";
import { EXAMINER_BASELINE } from "./fixtures/examiner-baseline";
import { countOutcomes, reanchorAll } from "./reanchor";
import { anchorOn, expectInvariants, occurrence } from "./test-support";

// Both versions go through the same normalisation as an import, as they would in the app.
const read = (file: string) => normaliseText(readFileSync(file, "utf8"));
const original = read(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"));
const revised = read(path.join(__dirname, "fixtures", "examiner-2023-11-21-revised.txt"));

describe("regression baseline: the sample article and the publisher's revised copy", () => {
  const anchors = EXAMINER_BASELINE.map((claim, i) => anchorOn(original, claim.quote, 0, `claim-${i + 1}`));
  const results = reanchorAll(original, revised, anchors);

  EXAMINER_BASELINE.forEach((claim, i) => {
    it(`${claim.expected}: ${claim.quote.slice(0, 60)}…`, () => {
      const result = results[i];
      const anchor = anchors[i];
      if (!result || !anchor) throw new Error("missing result");
      expectInvariants(revised, anchor, result);
      expect(result.outcome, JSON.stringify(result)).toBe(claim.expected);
      if (claim.expected === "orphaned") return;
      const words = claim.newQuote ?? claim.quote;
      const start = occurrence(revised, words);
      expect({ start: result.start, end: result.end }).toEqual({ start, end: start + words.length });
    });
  });

  it("finds the same words when the diff gets no time at all and every claim goes through search", () => {
    const hurried = reanchorAll(original, revised, anchors, { diffTimeoutMs: 0 });
    expect(hurried.map((r) => [r.id, r.start, r.end])).toEqual(results.map((r) => [r.id, r.start, r.end]));
  });

  it("counts the outcomes for the report", () => {
    expect(countOutcomes(results)).toEqual({ exact: 4, moved: 8, fuzzy: 3, orphaned: 2 });
  });

  it("takes every re-anchored claim back to its old place when the edit is undone", () => {
    const forward = results.filter((r) => r.outcome !== "orphaned");
    const back = reanchorAll(
      revised,
      original,
      forward.map((r) => ({ id: r.id, start: r.start ?? 0, end: r.end ?? 0, quote: r.quote ?? "", prefix: r.prefix ?? "", suffix: r.suffix ?? "" })),
    );
    for (const r of back) {
      const anchor = anchors.find((a) => a.id === r.id);
      expect({ id: r.id, start: r.start, end: r.end }).toEqual({ id: anchor?.id, start: anchor?.start, end: anchor?.end });
    }
  });
});
