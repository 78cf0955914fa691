import { CONTEXT_LENGTH, quoteWithContext } from "../claims/context";
import { snapToWords } from "../claims/span";
import { splitsSurrogatePair } from "../text/code-points";
import { findExact } from "./exact-search";
import { findFuzzy, maxErrorsFor } from "./fuzzy-search";
import { fitSpan, placeEdges } from "./fit-span";
import { scoreSpan, type ScoredSpan } from "./score";
import { clipRange, insertedRegions } from "./search-regions";
import { diffTexts, mapOffset, sharedAround, type TextDiff, type TextRange } from "./text-diff";
import {
  ACCEPT_THRESHOLD,
  DIFF_TIMEOUT_MS,
  MAX_ERROR_RATE,
  OUTCOMES,
  type Outcome,
  type Reanchored,
  type ReanchorOptions,
  type StoredAnchor,
} from "./types";

// How many of the best fuzzy candidates of a search get their edges placed by alignment with the context, how
// far below the threshold a candidate may score and still be worth it (placing edges wins back a few points), and
// how far beyond its errors an edge may move (fitting a match to whole words may have added a word).
const EDGES_PLACED = 1;
const EDGE_MARGIN = 0.1;
const EDGE_SLACK = 12;
// Shared characters around a claim (both sides together) for the diff's alignment of it to be trusted as is.
const SUPPORT = CONTEXT_LENGTH / 2;

interface Texts {
  oldText: string;
  newText: string;
  diff: TextDiff;
  threshold: number;
}

/**
 * Finds every claim again after the article text changed from `oldText` to `newText`, answering in the order
 * given. For each claim: (1) map its offsets through one diff of the two texts (computed once for all claims) and
 * keep them if the quote is still there and enough shared text around it backs the diff; (2) otherwise choose,
 * by score, among the unchanged quote near that place or in text the edit inserted (a paragraph moved) and an
 * approximate match near that place (a typo fixed); (3) failing that, look for an approximate match in inserted
 * text (a paragraph moved and edited). Candidates are scored on quote, context and distance (see `score.ts`) and
 * kept only from the threshold up; a claim with no such candidate is orphaned and gets no offsets, never offsets
 * that point at other words.
 */
export function reanchorAll(
  oldText: string,
  newText: string,
  anchors: readonly StoredAnchor[],
  options: ReanchorOptions = {},
): Reanchored[] {
  const texts: Texts = {
    oldText,
    newText,
    diff: diffTexts(oldText, newText, options.diffTimeoutMs ?? DIFF_TIMEOUT_MS),
    threshold: options.threshold ?? ACCEPT_THRESHOLD,
  };
  return anchors.map((anchor) => reanchorOne(texts, anchor));
}

/** How many claims came through with each outcome, for the report an analyst sees after saving. */
export function countOutcomes(results: readonly Reanchored[]): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of results) counts[r.outcome] += 1;
  return counts;
}

function reanchorOne(texts: Texts, anchor: StoredAnchor): Reanchored {
  const { newText, diff } = texts;
  const { quote } = anchor;
  if (quote.length === 0 || anchor.start < 0 || anchor.end <= anchor.start) return orphan(anchor);

  // (1) Carried over by the diff, with enough shared text around it to trust the diff's alignment; with less,
  // the span is only a candidate in step 2, scored on its context like any other.
  const start = mapOffset(diff, anchor.start, "start").pos;
  const end = Math.max(start, mapOffset(diff, anchor.end, "end").pos);
  if (isUnsplit(newText, start, end) && newText.slice(start, end) === quote && isSupported(diff, anchor)) {
    return found(texts, anchor, { start, end, quoteSimilarity: 1, score: 1 });
  }

  const maxErrors = maxErrorsFor(quote);
  const wholeWords = isWordAligned(texts.oldText, anchor);
  const search: ClaimSearch = { texts, anchor, hint: start, maxErrors, wholeWords };
  const reach = CONTEXT_LENGTH + maxErrors;
  const near = [clipRange({ start: start - reach, end: Math.max(end, start + quote.length) + reach }, newText.length)];
  // Elsewhere means around insertions of at least half the quote, padded so that a match may lie next to one: the
  // diff may have lined up the text right beside an insertion with other words (see insertedRegions).
  // Offsets that do not hold their quote in the old text (a damaged record) say nothing about where the words
  // went, so then the whole new text is searched.
  const half = Math.ceil(quote.length / 2);
  const elsewhere =
    texts.oldText.slice(anchor.start, anchor.end) === quote
      ? insertedRegions(diff, half, quote.length + maxErrors)
      : [{ start: 0, end: newText.length }];

  // (2) The unchanged quote near its old place or in inserted text, chosen by context and distance, against an
  // approximate match near the old place: a phrase that recurs in new text must not win over the claim's own
  // words with a typo fixed, nor the other way round, so the best score wins.
  const nearby = best(texts, [exactIn(search, [...near, ...elsewhere]), fuzzyIn(search, near)]);
  if (nearby) return found(texts, anchor, nearby);

  // (3) An approximate match in inserted text (a paragraph moved and edited).
  const far = fuzzyIn(search, elsewhere);
  return far ? found(texts, anchor, far) : orphan(anchor);
}

/** What the searches for one claim share. */
interface ClaimSearch {
  texts: Texts;
  anchor: StoredAnchor;
  /** Where the diff puts the claim's start in the new text. */
  hint: number;
  maxErrors: number;
  /** Whether fuzzy matches are grown to whole words, as the claim covered whole words. */
  wholeWords: boolean;
}

/** The best-scoring unchanged occurrence of the quote in `regions`, if it reaches the threshold. */
function exactIn(search: ClaimSearch, regions: TextRange[]): ScoredSpan | null {
  const { texts, anchor, hint } = search;
  const spans = findExact(texts.newText, anchor.quote, regions).map((r) =>
    scoreSpan(texts.newText, anchor, r.start, r.end, hint, 0),
  );
  return best(texts, spans);
}

/** The best-scoring approximate match of the quote in `regions`, if it reaches the threshold. */
function fuzzyIn(search: ClaimSearch, regions: TextRange[]): ScoredSpan | null {
  const { texts, anchor, maxErrors } = search;
  if (maxErrors === 0) return null;
  // Spans that could not reach the threshold even with intact context are dropped before that is compared.
  const scored = findFuzzy(texts.newText, anchor.quote, regions, maxErrors)
    .map((m) => scoreFitted(search, m, texts.threshold - EDGE_MARGIN))
    .filter((s): s is ScoredSpan => s !== null)
    .sort((a, b) => b.score - a.score);
  // Only the best few get their edges placed by alignment with the context: it is the costly part.
  const placed = scored
    .slice(0, EDGES_PLACED)
    .filter((s) => s.score >= texts.threshold - EDGE_MARGIN)
    .map((s) => {
      const errors = Math.ceil((1 - s.quoteSimilarity) * Math.max(anchor.quote.length, s.end - s.start));
      const edges = placeEdges(texts.newText, anchor, s, errors + EDGE_SLACK);
      return edges ? scoreFitted(search, edges, 0) : null;
    });
  return best(texts, [...placed, ...scored]);
}

function scoreFitted(search: ClaimSearch, span: TextRange, floor: number): ScoredSpan | null {
  const { texts, anchor } = search;
  const fitted = fitSpan(texts.newText, span, search.wholeWords);
  const budget = errorBudget(anchor.quote.length, fitted.end - fitted.start);
  return scoreSpan(texts.newText, anchor, fitted.start, fitted.end, search.hint, budget, floor);
}

function orphan(anchor: StoredAnchor): Reanchored {
  return { id: anchor.id, outcome: "orphaned" };
}

/** The highest-scoring span if it reaches the threshold (ties go to the earliest), else null. */
function best(texts: Texts, spans: (ScoredSpan | null)[]): ScoredSpan | null {
  let top: ScoredSpan | null = null;
  for (const s of spans) if (s && (!top || s.score > top.score)) top = s;
  return top && top.score >= texts.threshold ? top : null;
}

function found(texts: Texts, anchor: StoredAnchor, span: ScoredSpan): Reanchored {
  const context = quoteWithContext(texts.newText, span);
  const sameOffsets = span.start === anchor.start && span.end === anchor.end;
  const outcome: Outcome = context.quote !== anchor.quote ? "fuzzy" : sameOffsets ? "exact" : "moved";
  const score = roundScore(span.score, texts.threshold);
  return { id: anchor.id, outcome, start: span.start, end: span.end, ...context, score };
}

// Scores are reported to an analyst and stored: four decimals are plenty and keep them stable across runs, and a
// score that reached the threshold must not be rounded below it.
function roundScore(score: number, threshold: number): number {
  return Math.max(Math.min(score, threshold), Math.round(score * 10_000) / 10_000);
}

function errorBudget(quoteLength: number, spanLength: number): number {
  return Math.floor(Math.max(quoteLength, spanLength) * MAX_ERROR_RATE);
}

function isUnsplit(text: string, start: number, end: number): boolean {
  return start < end && !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end);
}

/** True when shared text around the claim (SUPPORT characters, or all its stored context if less) backs the diff. */
function isSupported(diff: TextDiff, anchor: StoredAnchor): boolean {
  const around = sharedAround(diff, anchor.start, anchor.end);
  if (!around) return false;
  return around.before + around.after >= Math.min(SUPPORT, anchor.prefix.length + anchor.suffix.length);
}

/** True when the claim covered whole words in the old text, as a selection made in the workspace does. */
function isWordAligned(oldText: string, anchor: StoredAnchor): boolean {
  if (oldText.slice(anchor.start, anchor.end) !== anchor.quote) return false;
  const snapped = snapToWords(oldText, anchor);
  return snapped !== null && snapped.start === anchor.start && snapped.end === anchor.end;
}
