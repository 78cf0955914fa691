import { createHash } from "node:crypto";
import { quoteWithContext } from "../claims/context";
import type { ClaimDto } from "../model";
import type { CorpusDocument } from "../export/claimlens-document";

/**
 * Builders of `claimlens/1` documents for the import tests: a valid corpus to start from, which each test
 * spoils in one way.
 */
export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

let counter = 0;
/** A fresh, valid v4 UUID that reads as a counter, so failures are easy to follow. */
export function testId(): string {
  counter++;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`;
}

export interface ClaimSpec {
  quote: string;
  kind?: ClaimDto["kind"];
  speaker?: { id: string; name: string } | null;
  occurrence?: number;
}

/** An article of the corpus with claims on the given quotes (the first occurrence, unless told). */
export function corpusArticle(text: string, specs: ClaimSpec[], title = "A test article"): CorpusDocument["articles"][number] {
  const id = testId();
  return {
    id,
    title,
    sourceUrl: "https://news.example/story",
    publishedAt: "2023-11-21T18:54:00.000Z",
    text,
    textSha256: sha256(text),
    revision: 1,
    createdAt: "2024-01-02T03:04:05.006Z",
    updatedAt: "2024-01-02T03:04:05.006Z",
    claims: specs.map((spec) => {
      let start = -1;
      for (let n = 0; n <= (spec.occurrence ?? 0); n++) start = text.indexOf(spec.quote, start + 1);
      if (start < 0) throw new Error(`not in the text: ${spec.quote}`);
      const end = start + spec.quote.length;
      const kind = spec.kind ?? (spec.speaker ? "attributed" : "reporter");
      return {
        id: testId(),
        articleId: id,
        start,
        end,
        ...quoteWithContext(text, { start, end }),
        kind,
        speaker: spec.speaker ?? null,
        cue: kind === "attributed" ? "said" : null,
        confidence: "moderate",
        note: null,
        version: 1,
        status: "anchored",
        revision: 1,
        fuzzy: null,
        set: "analyst",
        review: null,
        createdBy: null,
        updatedBy: null,
        createdAt: "2024-01-02T03:05:00.000Z",
        updatedAt: "2024-01-02T03:05:00.000Z",
      } satisfies ClaimDto;
    }),
  };
}

/** The text with each `[before, after]` replaced, once each; every `before` must be in the text. */
export function editText(text: string, edits: [string, string][]): string {
  return edits.reduce((out, [before, after]) => {
    if (!out.includes(before)) throw new Error(`not in the text: ${before}`);
    return out.replace(before, after);
  }, text);
}

/** The claim placed on the first occurrence of its quote (or of `quote`) in `text`, with its context there. */
export function placeClaim(claim: ClaimDto, text: string, quote = claim.quote): ClaimDto {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  const span = { start, end: start + quote.length };
  return { ...claim, ...span, ...quoteWithContext(text, span), status: "anchored" };
}

/** The claim as an orphan: no offsets, and the quote and context it had in an earlier text. */
export function orphanOf(claim: ClaimDto, old: { quote: string; prefix?: string; suffix?: string }): ClaimDto {
  return { ...claim, start: null, end: null, quote: old.quote, prefix: old.prefix ?? "", suffix: old.suffix ?? "", status: "orphaned", fuzzy: null };
}

export const KIRBY = { id: "0b6f7d2e-3c4a-4e5f-8a9b-1c2d3e4f5a6b", name: "John Kirby" };
export const MINISTRY = { id: "7e8f9a0b-1c2d-4e3f-9a5b-6c7d8e9f0a1b", name: "Ukraine's foreign ministry" };

/** A valid corpus of two articles, two speakers and four claims, with an emoji and curly quotes. */
export function sampleCorpus(): CorpusDocument {
  return {
    format: "claimlens/1",
    exportedAt: "2024-05-01T09:30:00.000Z",
    speakers: [
      { ...KIRBY, kind: "person", description: "US National Security Council spokesman", aliases: ["Kirby"] },
      { ...MINISTRY, kind: "organization", description: null, aliases: ["MFA of Ukraine"] },
    ],
    articles: [
      corpusArticle("“The plan 😀 is working,” Kirby said. Officials disagreed.", [
        { quote: "The plan 😀 is working", speaker: KIRBY },
        { quote: "Officials disagreed" },
      ]),
      corpusArticle("In 🇺🇦 Kyiv, the ministry said talks would resume. Nobody came.", [
        { quote: "talks would resume", speaker: MINISTRY },
        { quote: "Nobody came" },
      ]),
    ],
  };
}
