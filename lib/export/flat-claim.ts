import type { ClaimDto } from "../model";
import type { Span } from "../claims/span";
import { sentenceAround, sentenceSpans } from "../text/sentences";
import type { ExportedArticle } from "./claimlens-document";
import { codePointOffsets } from "./code-point-offsets";

/**
 * One claim as a flat record: the columns of the CSV export and the keys of each JSONL line, in this order.
 * Offsets are given twice: `start`/`end` in JavaScript string indices (what Claimlens stores) and
 * `start_code_point`/`end_code_point` in Unicode code points (what Python's `text[start:end]` expects).
 * An orphaned claim (`status`) has no offsets and no sentence: its words are no longer in the text, and its
 * `quote` is the one it had before the edit that lost it.
 */
export const FLAT_CLAIM_COLUMNS = [
  "article_title",
  "article_url",
  "article_published_at",
  "kind",
  "speaker",
  "cue",
  "confidence",
  "quote",
  "sentence",
  "note",
  "status",
  "start",
  "end",
  "start_code_point",
  "end_code_point",
  "article_id",
  "claim_id",
  "speaker_id",
  "version",
  "created_at",
  "updated_at",
  "set",
  "author",
  "reviewed_by",
  "reviewed_at",
  "review_sources",
] as const;

export type FlatClaimColumn = (typeof FLAT_CLAIM_COLUMNS)[number];
export type FlatClaim = Record<FlatClaimColumn, string | number | null>;

/**
 * Flattens the claims of one article. The sentence spans and the code point converter are built once per
 * article, so flattening many claims costs one pass over the text rather than one per claim.
 */
export function claimFlattener(article: ExportedArticle): (claim: ClaimDto) => FlatClaim {
  const { text } = article;
  const sentences = sentenceSpans(text);
  const offsets = codePointOffsets(text);
  return (claim) => {
    const span = claim.start !== null && claim.end !== null ? { start: claim.start, end: claim.end } : null;
    const sentence = span ? sentenceAround(text, span, sentencesNear(sentences, span)) : null;
    return {
      article_title: article.title,
      article_url: article.sourceUrl,
      article_published_at: article.publishedAt,
      kind: claim.kind,
      speaker: claim.speaker?.name ?? null,
      cue: claim.cue,
      confidence: claim.confidence,
      quote: claim.quote,
      sentence: sentence ? text.slice(sentence.start, sentence.end) : null,
      note: claim.note,
      status: claim.status,
      start: span?.start ?? null,
      end: span?.end ?? null,
      start_code_point: span ? offsets.at(span.start) : null,
      end_code_point: span ? offsets.at(span.end) : null,
      article_id: article.id,
      claim_id: claim.id,
      speaker_id: claim.speaker?.id ?? null,
      version: claim.version,
      created_at: claim.createdAt,
      updated_at: claim.updatedAt,
      set: claim.set,
      author: claim.createdBy?.name ?? null,
      reviewed_by: claim.review?.by?.name ?? null,
      reviewed_at: claim.review?.at ?? null,
      // Space-separated ids: one cell in a spreadsheet, split(" ") in pandas.
      review_sources: claim.review ? claim.review.sources.join(" ") : null,
    };
  };
}

/**
 * The sentences that can matter to `sentenceAround` for a span: those that end at or after its start and
 * begin at or before its end. Sentences are sorted and disjoint, so a binary search finds them, and a long
 * article with many claims is not scanned whole for each claim.
 */
export function sentencesNear(sentences: Span[], span: Span): Span[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sentences[mid]?.end ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < sentences.length && (sentences[to]?.start ?? Infinity) <= span.end) to++;
  return sentences.slice(lo, to);
}
