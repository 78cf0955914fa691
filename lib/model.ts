/** The vocabulary of Claimlens and the shapes the API returns. */

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

/** Longest article text accepted, in UTF-8 bytes of its canonical form. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ClaimDto {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  kind: ClaimKind;
  speaker: { id: string; name: string } | null;
  cue: string | null;
  confidence: Confidence;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleDto {
  id: string;
  title: string;
  text: string;
  textSha256: string;
  sourceUrl: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleSummaryDto {
  id: string;
  title: string;
  sourceUrl: string | null;
  publishedAt: string | null;
  claimCount: number;
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
