/** The vocabulary of Claimlens and the shapes the API returns. */
import type { FormattingRange } from "./extract/formatting";
import type { RemovedPart } from "./extract/removed-parts";
import type { PageMetadata } from "./extract/metadata";

export const CLAIM_KINDS = ["attributed", "reporter"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  attributed: "Attributed claim",
  reporter: "Reporter statement",
};

/** The three levels of analytic confidence used in intelligence assessments. */
export const CONFIDENCE_LEVELS = ["low", "moderate", "high"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  low: "Low confidence",
  moderate: "Moderate confidence",
  high: "High confidence",
};

export const SPEAKER_KINDS = ["person", "organization", "unnamed_source"] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
export const SPEAKER_KIND_LABELS: Record<SpeakerKind, string> = {
  person: "Person",
  organization: "Organization",
  unnamed_source: "Unnamed source",
};

/**
 * Whether a claim points at words of the current text (`anchored`), or lost them in an edit and waits for an
 * analyst to re-attach or delete it (`orphaned`: no offsets, only the old quote and its context).
 */
export const CLAIM_STATUSES = ["anchored", "orphaned"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** How a claim came through an edit of its article's text (see lib/anchoring). */
export const REANCHOR_OUTCOMES = ["exact", "moved", "fuzzy", "orphaned"] as const;
export type ReanchorOutcome = (typeof REANCHOR_OUTCOMES)[number];
export const REANCHOR_OUTCOME_LABELS: Record<ReanchorOutcome, string> = {
  exact: "Stayed in place",
  moved: "Moved with the text",
  fuzzy: "Re-found by fuzzy matching",
  orphaned: "Orphaned",
};

/** Which set a claim belongs to: an analyst's own annotation, or the article's reviewed result (issue 14). */
export const CLAIM_SETS = ["analyst", "reviewed"] as const;
export type ClaimSet = (typeof CLAIM_SETS)[number];

/** An assignment for independent annotation: the assignee is still at work, or has marked it done. */
export const ASSIGNMENT_STATUSES = ["open", "done"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Longest article text accepted, in UTF-8 bytes of its canonical form. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ClaimDto {
  id: string;
  articleId: string;
  /** Offsets into the current text; null while the claim is orphaned. */
  start: number | null;
  end: number | null;
  quote: string;
  prefix: string;
  suffix: string;
  kind: ClaimKind;
  speaker: { id: string; name: string } | null;
  cue: string | null;
  confidence: Confidence;
  note: string | null;
  version: number;
  status: ClaimStatus;
  /** The article revision the claim is anchored to. */
  revision: number;
  /** Set when an edit moved the claim onto words that only resemble its old quote, until an analyst confirms. */
  fuzzy: { score: number; oldQuote: string } | null;
  /** An analyst's own claim, or one of the article's reviewed claims (issue 14). */
  set: ClaimSet;
  /** For a reviewed claim: who reviewed it, when, and the analysts' claims it came from. */
  review: ClaimReviewDto | null;
  /** Who tagged the claim and who changed it last; null for claims made before accounts existed. */
  createdBy: UserRefDto | null;
  updatedBy: UserRefDto | null;
  createdAt: string;
  updatedAt: string;
}

export interface ClaimReviewDto {
  by: UserRefDto | null;
  at: string;
  /** The ids of the analysts' claims this reviewed claim keeps or merges (those not deleted since). */
  sources: string[];
}

export interface UserRefDto {
  id: string;
  name: string;
}

/** What a history entry did. Claims: create, update, delete, and the named bulk changes. */
export const HISTORY_ACTIONS = ["create", "update", "delete", "reanchor", "merge", "import", "restore", "edit", "alias-add", "alias-remove"] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** The fields of a claim a history entry shows, before or after the change. */
export interface ClaimStateDto {
  start: number | null;
  end: number | null;
  quote: string;
  kind: ClaimKind;
  speaker: UserRefDto | null;
  cue: string | null;
  confidence: Confidence;
  note: string | null;
  status: ClaimStatus;
  version: number;
}

/** One change to a claim: who, when, what, and the claim before and after (null when created / deleted). */
export interface ClaimHistoryEntryDto {
  id: number;
  claimId: string;
  articleId: string;
  action: HistoryAction;
  actor: UserRefDto | null;
  at: string;
  before: ClaimStateDto | null;
  after: ClaimStateDto | null;
  /** For a deletion: whether the claim is still deleted, so that it can be restored. */
  restorable: boolean;
}

/** A claim change in the team's activity: the entry, with its article's title (null once the article is deleted). */
export interface ActivityEntryDto extends ClaimHistoryEntryDto {
  articleTitle: string | null;
}

/** A claim as stored in an article revision's snapshot. */
export type ClaimSnapshot = ClaimDto;

/** What became of each claim when an article's text was saved. */
export interface ReanchorReport {
  /** The revision the save created (the current one when the text did not change). */
  revision: number;
  previousRevision: number;
  /** False when the text sent was the current text: nothing was stored. */
  changed: boolean;
  counts: Record<ReanchorOutcome, number>;
  claims: {
    id: string;
    outcome: ReanchorOutcome;
    /** Present for fuzzy matches: how well the new words agree with the old quote and context (0..1). */
    score?: number;
    oldQuote: string;
    /** Absent for orphans. */
    newQuote?: string;
  }[];
}

export interface RevisionSummaryDto {
  revision: number;
  textSha256: string;
  length: number;
  author: string | null;
  action: string;
  current: boolean;
  counts: Record<ReanchorOutcome, number> | null;
  createdAt: string;
}

export interface RevisionDto extends RevisionSummaryDto {
  text: string;
  /** The claims as they were while this revision was current (the live claims for the current one). */
  claims: ClaimDto[];
}

export interface ArticleDto {
  id: string;
  title: string;
  text: string;
  textSha256: string;
  sourceUrl: string | null;
  publishedAt: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** What a page imported from the web said about itself (null for pasted text); see ImportPreviewDto. */
  byline: string | null;
  siteName: string | null;
  modifiedAt: string | null;
  language: string | null;
  canonicalUrl: string | null;
  fetchedAt: string | null;
  /** The current text's structure as stand-off ranges (empty for plain text). */
  formatting: FormattingRange[];
}

/** What an import from a URL or an HTML page would store, for the analyst to check first (nothing stored but the page). */
export interface ImportPreviewDto extends PageMetadata {
  /** The address fetched (after redirects), or the one given with pasted HTML. */
  sourceUrl: string | null;
  fetchedAt: string | null;
  text: string;
  removed: RemovedPart[];
  formatting: FormattingRange[];
  /** The stored original page, to pass to POST /api/articles; it expires if no article claims it. */
  snapshotId: string;
  snapshotExpiresAt: string;
}

export interface ArticleSummaryDto {
  id: string;
  title: string;
  sourceUrl: string | null;
  publishedAt: string | null;
  claimCount: number;
  /** Claims waiting for an analyst to re-attach or delete them after an edit. */
  orphanCount: number;
  /** Suggested claims waiting for an analyst to accept or reject them. */
  pendingSuggestions: number;
  createdAt: string;
}

export interface SpeakerDto {
  id: string;
  name: string;
  kind: SpeakerKind;
  description: string | null;
  aliases: string[];
  claimCount: number;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
