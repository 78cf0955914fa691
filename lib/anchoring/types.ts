import { REANCHOR_OUTCOMES, type ReanchorOutcome } from "../model";

/** The shapes the anchoring module takes and returns, and the knobs that decide what counts as "the same words". */

/** What Claimlens stores for a claim: a text position and a text quote (W3C Web Annotation style). */
export interface StoredAnchor {
  id: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/**
 * How a claim came through an edit of the article text:
 * - `exact`: same offsets, same words;
 * - `moved`: the same words, unchanged, at other offsets;
 * - `fuzzy`: words that closely resemble the old quote (a typo fixed, a name respelled): a person should look;
 * - `orphaned`: nothing good enough was found; the claim keeps its old quote and gets no offsets.
 */
export type Outcome = ReanchorOutcome;

export const OUTCOMES: readonly Outcome[] = REANCHOR_OUTCOMES;

/** Where a claim points in the new text, or that it is orphaned (then no offsets are given). */
export interface Reanchored {
  id: string;
  outcome: Outcome;
  /** Offsets into the new text; absent when orphaned. */
  start?: number;
  end?: number;
  /** `newText.slice(start, end)`: equal to the old quote unless the outcome is `fuzzy`. */
  quote?: string;
  /** Up to 32 code units of new text on each side of the new span. */
  prefix?: string;
  suffix?: string;
  /** 0..1, how well quote and context agree with the stored ones (1 when the diff carried the claim over). */
  score?: number;
}

export interface ReanchorOptions {
  /** Lowest score a search result needs to be accepted (default {@link ACCEPT_THRESHOLD}). */
  threshold?: number;
  /** Time budget for the text diff; past it the diff gets coarser and more claims go through search. */
  diffTimeoutMs?: number;
}

/**
 * Lowest score (see `score.ts`) at which a span found by search is accepted. Measured on English news
 * (`score.test.ts`): the stored 32-character context of one place and the text next to an unrelated place agree
 * at about 0.22 (median; 99th percentile about 0.4). With the quote weighing twice its length, that makes
 *  - an unchanged quote that kept at least one of its contexts: 0.8 or more, accepted (a paragraph moved);
 *  - an unchanged quote with both contexts changed: accepted from about 70 characters (a dozen words, which do
 *    not recur by chance), rejected below (a short phrase such as "on Tuesday" elsewhere is other words);
 *  - a name respelled or a typo fixed with the context intact: 0.9 or more; with one context changed too,
 *    accepted while a short quote keeps about 90% of its characters (a long one about 80%);
 *  - an edited quote with both contexts changed: accepted only when long and barely edited, else orphaned.
 * Raising it orphans more claims for an analyst to re-attach; lowering it risks pointing claims at other words.
 */
export const ACCEPT_THRESHOLD = 0.75;

/**
 * Largest share of a quote's characters that a fuzzy match may get wrong. Hypothesis allows half the quote
 * (`min(256, quote.length / 2)`) because it must find *something* in a page it does not control. Claimlens
 * knows the edit, so a quote that lost more than ~30% of its characters has been rewritten rather than corrected,
 * and an analyst should re-attach the claim. A lower rate also keeps the search cheap: Myers' bit-parallel
 * search costs O(maxErrors / 32 × text length), and it loses recall only on heavy rewrites.
 */
export const MAX_ERROR_RATE = 0.3;

/** Hypothesis's cap on errors; beyond it the search gets slow and the match meaningless. */
export const MAX_ERRORS_CAP = 256;

/** Default time budget for the diff of old and new text. */
export const DIFF_TIMEOUT_MS = 1000;
