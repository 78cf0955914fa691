import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceAround, sentenceSpans } from "../text/sentences";
import { orphanedClaim, sampleArticle, sampleClaims } from "./export-fixtures";
import { claimFlattener, sentencesNear } from "./flat-claim";

describe("claimFlattener", () => {
  it("gives the full sentence around each claim", () => {
    const flatten = claimFlattener(sampleArticle);
    expect(sampleClaims.map((c) => flatten(c).sentence)).toEqual([
      "“The plan 😀 is =working,” Kirby said.",
      "Officials — unnamed — disagreed.",
      "A second paragraph about 🇺🇦 Kyiv, where the ministry said talks would resume.",
    ]);
    expect(sampleClaims.map((c) => flatten(c).status)).toEqual(["anchored", "anchored", "anchored"]);
  });

  it("gives an orphaned claim its status and old quote, and no offsets or sentence", () => {
    expect(claimFlattener(sampleArticle)(orphanedClaim)).toMatchObject({
      quote: "never to back down",
      sentence: null,
      status: "orphaned",
      start: null,
      end: null,
      start_code_point: null,
      end_code_point: null,
      speaker: "John Kirby",
      claim_id: orphanedClaim.id,
    });
  });
});

describe("sentencesNear", () => {
  it("finds the same sentence as a scan of every sentence", () => {
    const word = fc.constantFrom("Kirby", "said", "U.S.", "Gen.", "the", "plan", "“Yes.”", "No!", "Why?", "\n", "😀", "Oct.", "7");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(" ")), fc.nat(), fc.nat(), (text, a, b) => {
        const sentences = sentenceSpans(text);
        const start = a % text.length;
        const end = Math.min(text.length, start + 1 + (b % 30));
        const span = { start, end };
        expect(sentenceAround(text, span, sentencesNear(sentences, span))).toEqual(sentenceAround(text, span, sentences));
      }),
      { numRuns: 300 },
    );
  });
});
