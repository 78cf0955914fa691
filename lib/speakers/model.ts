/** The shapes the speaker directory, the speaker page and their API return, beside the core ones in lib/model. */
import type { ClaimStatus, Confidence, HistoryAction, SpeakerDto, SpeakerKind, UserRefDto } from "../model";

/** How the directory may be sorted; the first is the default. */
export const SPEAKER_SORTS = ["claims", "name", "latest"] as const;
export type SpeakerSort = (typeof SPEAKER_SORTS)[number];
export const SPEAKER_SORT_LABELS: Record<SpeakerSort, string> = {
  claims: "Most claims",
  name: "Name (A–Z)",
  latest: "Latest claim",
};

/** How a speaker's claims may be sorted; the first is the default. */
export const CLAIM_SORTS = ["newest", "oldest", "confidence"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export const CLAIM_SORT_LABELS: Record<ClaimSort, string> = {
  newest: "Article date, newest first",
  oldest: "Article date, oldest first",
  confidence: "Confidence, highest first",
};

/** How the speaker page lays its claims out. */
export const CLAIM_GROUPINGS = ["article", "list"] as const;
export type ClaimGrouping = (typeof CLAIM_GROUPINGS)[number];
export const CLAIM_GROUPING_LABELS: Record<ClaimGrouping, string> = {
  article: "By article",
  list: "One list",
};

export type ConfidenceCounts = Record<Confidence, number>;

/** A speaker with claim counts by confidence and the date of the latest claim. */
export interface SpeakerProfileDto extends SpeakerDto {
  confidenceCounts: ConfidenceCounts;
  /** The article date (publication, else import) of the speaker's most recent claim. */
  latestClaimAt: string | null;
}

/** The sentence (or sentences) around a claim, with the claim's place inside it. */
export interface SentenceExcerpt {
  text: string;
  /** Where the claim starts and ends inside `text`. */
  quoteStart: number;
  quoteEnd: number;
  /** True when the sentence was longer than the excerpt and was cut on that side. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** One claim on the speaker page: the claim, its article and the sentence it sits in. */
export interface SpeakerClaimDto {
  id: string;
  articleId: string;
  /** Null while the claim is orphaned; its sentence is then its stored context. */
  start: number | null;
  end: number | null;
  status: ClaimStatus;
  quote: string;
  cue: string | null;
  confidence: Confidence;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  article: {
    id: string;
    title: string;
    sourceUrl: string | null;
    publishedAt: string | null;
    /** The date the claim is sorted and filtered by: publication, else import. */
    date: string;
  };
  sentence: SentenceExcerpt;
}

/** What a merge will do (the preview) or did. */
export interface MergePlanDto {
  /** The speaker who stays. */
  into: SpeakerProfileDto;
  /** The speaker who is merged away. */
  from: SpeakerProfileDto;
  claimsMoving: number;
  /** The merged-away speaker's aliases, which move over. */
  aliasesMoving: string[];
  /** The merged-away name, which becomes an alias. */
  nameBecomesAlias: string;
  /** A description taken over because the speaker who stays has none. */
  descriptionAdopted: string | null;
  /** The speaker who stays, as they will be. */
  result: { name: string; kind: SpeakerKind; description: string | null; aliases: string[]; claimCount: number };
}

/** The answer to a merge: the speaker as they now are, and what moved. */
export interface MergeResultDto {
  speaker: SpeakerProfileDto;
  claimsMoved: number;
  aliasesMoved: string[];
  nameBecameAlias: string;
}

/** Claim counts of one day, by confidence: what the over-time chart is drawn from. */
export interface DayCounts {
  /** YYYY-MM-DD (UTC). */
  day: string;
  low: number;
  moderate: number;
  high: number;
}

/** The speaker page's overview: counts by confidence, claims per day, and the cues used. */
export interface SpeakerStatsDto {
  confidenceCounts: ConfidenceCounts;
  days: DayCounts[];
  cues: { cue: string; count: number }[];
  articleCount: number;
}

/** A speaker's own fields as a history entry shows them, before or after the change. */
export interface SpeakerStateDto {
  name: string;
  kind: SpeakerKind;
  description: string | null;
}

/**
 * One change to a speaker: created, renamed or edited ("update"), an alias added or removed, merged away
 * ("merge", or an edit a merge made to the speaker who stays), deleted. `actor` null: made without an account.
 */
export interface SpeakerHistoryEntryDto {
  id: number;
  action: HistoryAction;
  actor: UserRefDto | null;
  at: string;
  /** The speaker's fields before and after; both null for an alias change. */
  before: SpeakerStateDto | null;
  after: SpeakerStateDto | null;
  /** The alias added or removed ("alias-add", "alias-remove" only). */
  alias?: string;
  /** The speaker this one was merged into (the merge that took it away only), if they still exist. */
  mergedInto?: { id: string; name: string };
}

/**
 * Where a merged-away speaker went: the speaker who has their claims now (at the end of a chain of merges), and
 * who merged the speaker away, when, and under what name. Links to the old id follow it.
 */
export interface SpeakerMergedAwayDto {
  /** The merged-away speaker's id and name as it was when they were merged. */
  id: string;
  name: string;
  /** The speaker who exists now; after several merges (A into B, B into C), the last one. */
  mergedInto: { id: string; name: string };
  /** When and by whom this speaker was merged away (the first merge of a chain); `mergedBy` null: without an account, or by one deleted since. */
  mergedAt: string;
  mergedBy: UserRefDto | null;
}
