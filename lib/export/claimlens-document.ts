import type { ArticleDto, ClaimDto, ClaimKind, ClaimSet, Confidence, SpeakerKind } from "../model";
import type { FormattingRange } from "../extract/formatting";

/** The identifier of the native, lossless Claimlens JSON format. */
export const CLAIMLENS_FORMAT = "claimlens/1";

export interface ExportedSpeaker {
  id: string;
  name: string;
  kind: SpeakerKind;
  description: string | null;
  aliases: string[];
}

/**
 * An article as the `claimlens/1` format carries it. `createdAt`, `updatedAt` and `revision` were added after
 * the first documents were written, so readers must accept documents without them. `revision` numbers the
 * article's text in the installation that wrote the document; they are local to each installation.
 */
export type ExportedArticle = Pick<ArticleDto, "id" | "title" | "sourceUrl" | "publishedAt" | "text" | "textSha256"> &
  Partial<Pick<ArticleDto, "revision" | "createdAt" | "updatedAt">> & {
    /** The text's structure as stand-off ranges (added with web import; written only when there is some). */
    formatting?: FormattingRange[];
  };

/**
 * A disagreement a reviewer dropped (none of its analysts' claims belongs in the reviewed set), as one entry per
 * analyst claim of it, as Claimlens keeps it. `by` is informative, as a claim's `createdBy` is.
 */
export interface ExportedReviewDrop {
  claimId: string;
  by: { id: string; name: string } | null;
  at: string;
}

/** One article with its claims: what the workspace downloads. */
export interface ArticleDocument {
  format: typeof CLAIMLENS_FORMAT;
  exportedAt: string;
  article: ExportedArticle;
  speakers: ExportedSpeaker[];
  claims: ClaimDto[];
  /** The dropped disagreements among these claims (added with review drops; written only when there are some). */
  reviewDrops?: ExportedReviewDrop[];
}

/** The filters a corpus export was made with; absent when the whole corpus was exported. */
export interface CorpusFilters {
  articleIds?: string[];
  speakerIds?: string[];
  kinds?: ClaimKind[];
  confidences?: Confidence[];
  /** One claim set only (issue 14): `reviewed` exports the reviewed result, `analyst` the analysts' own claims. */
  set?: ClaimSet;
}

/** Many articles with their claims, and every speaker they cite (all speakers when nothing was filtered). */
export interface CorpusDocument {
  format: typeof CLAIMLENS_FORMAT;
  exportedAt: string;
  filters?: CorpusFilters;
  speakers: ExportedSpeaker[];
  articles: (ExportedArticle & { claims: ClaimDto[]; reviewDrops?: ExportedReviewDrop[] })[];
}

/** Either shape of a `claimlens/1` document. */
export type ClaimlensDocument = ArticleDocument | CorpusDocument;

/** The article fields of the format, in the order they are written. */
export function exportedArticle(article: ExportedArticle): ExportedArticle {
  return {
    id: article.id,
    title: article.title,
    sourceUrl: article.sourceUrl,
    publishedAt: article.publishedAt,
    text: article.text,
    textSha256: article.textSha256,
    ...(article.revision !== undefined ? { revision: article.revision } : {}),
    ...(article.createdAt ? { createdAt: article.createdAt } : {}),
    ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}),
    ...(article.formatting && article.formatting.length > 0 ? { formatting: article.formatting } : {}),
  };
}

/** Speakers in the order documents list them: by name, as a reader would look them up. */
export function sortSpeakers<T extends { name: string; id: string }>(speakers: T[]): T[] {
  return [...speakers].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Builds the per-article document. Only the speakers its claims cite are included, sorted by name, so a reader
 * needs nothing else; claims keep their text order. `reviewDrops` are those of its claims (the export selects them
 * with the same filters, db/exchange/review-drops.ts), written only when there are some.
 */
export function buildArticleDocument(
  article: ExportedArticle,
  claims: ClaimDto[],
  speakers: ExportedSpeaker[],
  exportedAt: Date = new Date(),
  reviewDrops: readonly ExportedReviewDrop[] = [],
): ArticleDocument {
  const cited = new Set(claims.map((c) => c.speaker?.id).filter((id): id is string => Boolean(id)));
  return {
    format: CLAIMLENS_FORMAT,
    exportedAt: exportedAt.toISOString(),
    article: exportedArticle(article),
    speakers: sortSpeakers(speakers.filter((s) => cited.has(s.id))),
    claims,
    ...(reviewDrops.length > 0 ? { reviewDrops: [...reviewDrops] } : {}),
  };
}

/** A file name for a download: the title reduced to safe characters. */
export function downloadName(title: string, extension: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || "article"}.${extension}`;
}
