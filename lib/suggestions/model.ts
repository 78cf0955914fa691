import type { ClaimKind, ClaimStatus, Confidence, SpeakerKind, UserRefDto } from "../model";

/**
 * Suggested claims (issue 12): what the attribution detector (lib/attribution) found in an article, stored with
 * it until an analyst accepts (an ordinary claim is created) or rejects each. Suggestions are never claims.
 */

/** Where an analyst's review of a suggestion stands. */
export const SUGGESTION_STATUSES = ["pending", "accepted", "rejected"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** Whether the claimed words are quoted as said (`direct`), reported (`indirect`), or both (`mixed`). */
export const DIRECTNESS = ["direct", "indirect", "mixed"] as const;
export type Directness = (typeof DIRECTNESS)[number];

export interface SpanDto {
  start: number;
  end: number;
}

export interface SuggestedSpeakerDto {
  /** The name as the article introduces it ("John Kirby"), or a description for an unnamed source. */
  name: string;
  kind: SpeakerKind;
  /** What the article says the speaker is ("National Security Council coordinator"), for a new speaker. */
  description: string | null;
  /**
   * The directory speaker accepting would attribute the claim to: the one the detector matched, or else the one
   * whose name or alias is `name` now. Null: accepting creates the speaker.
   */
  speakerId: string | null;
}

export interface SuggestionDto {
  id: string;
  articleId: string;
  kind: ClaimKind;
  /** Offsets into the current text; null when a text revision lost the words (only decided suggestions keep them). */
  start: number | null;
  end: number | null;
  quote: string;
  speaker: SuggestedSpeakerDto | null;
  /** Where the speaker is named in the text ("Kirby", "he"), and the cue ("said", "according to"). */
  speakerMention: SpanDto | null;
  cue: string | null;
  cueSpan: SpanDto | null;
  direct: Directness | null;
  status: SuggestionStatus;
  anchoring: ClaimStatus;
  /** The article revision the offsets belong to. */
  revision: number;
  decidedBy: UserRefDto | null;
  decidedAt: string | null;
  /** The claim accepting created (null once that claim is deleted). */
  claimId: string | null;
  createdAt: string;
}

/** The analyst's preferences (Settings). */
export interface UserSettingsDto {
  /** Compute suggested claims when this person imports an article. */
  suggestAfterImport: boolean;
  /** The confidence Enter gives a suggestion it accepts. */
  defaultConfidence: Confidence;
}

export const DEFAULT_USER_SETTINGS: UserSettingsDto = { suggestAfterImport: true, defaultConfidence: "moderate" };
