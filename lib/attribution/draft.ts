/** The detector's working shapes: a paragraph read into tokens, and a claim before its speaker is resolved. */
import type { Mention } from "./mentions";
import type { QuotePiece } from "./quotes";
import type { Token } from "./tokens";
import type { Directness, Span } from "./types";

export interface Paragraph {
  start: number;
  end: number;
  tokens: Token[];
  /** For each token, the quote piece it lies inside (its marks included), or -1. */
  inQuote: number[];
  /** Sentence boundaries as token index ranges [from, to). */
  sentences: [number, number][];
  quotes: QuotePiece[];
}

export interface Draft {
  start: number;
  end: number;
  /** The speaker phrase; null for a quote that continues an earlier one's speaker. */
  mention: Mention | null;
  /** Another draft whose speaker this one shares (a quote split by its frame, a follow-on "adding ..."). */
  sameAs: Draft | null;
  /** True when the speaker is whoever spoke last (a paragraph of quotation without a frame). */
  previousSpeaker: boolean;
  /**
   * A quoted sentence with no frame in the middle of a paragraph: the last speaker's only when another claim of
   * the same paragraph comes before it (otherwise the reporter quotes something unattributed).
   */
  afterClaimOnly?: boolean;
  cue: string | null;
  cueSpan: Span | null;
  direct: Directness;
}
