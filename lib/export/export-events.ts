import type { ClaimDto } from "../model";
import type { CorpusFilters, ExportedArticle, ExportedReviewDrop, ExportedSpeaker } from "./claimlens-document";

/**
 * What a corpus export is made of, in the order it is written: each article (with its text), then its claims
 * in text order, a batch at a time, then the article's end (with the review drops of its claims, when the format
 * carries them and there are some). The database produces these as it reads; every
 * format consumes them the same way, so no format ever holds more than one article and one batch of claims.
 */
export type ExportEvent =
  | { type: "article"; article: ExportedArticle }
  | { type: "claims"; claims: ClaimDto[] }
  | { type: "end-article"; reviewDrops?: ExportedReviewDrop[] };

/** What is known before the first article: when, with which filters, and the speakers the claims cite. */
export interface ExportHeader {
  exportedAt: Date;
  filters?: CorpusFilters;
  speakers: ExportedSpeaker[];
}

/** Turns events into chunks of text; one function per format. */
export type ExportSerializer = (header: ExportHeader, events: AsyncIterable<ExportEvent>) => AsyncGenerator<string>;
