import type { ArticleDto, ClaimDto, SpeakerKind } from "../model";

/** The identifier of the native, lossless Claimlens JSON format. */
export const CLAIMLENS_FORMAT = "claimlens/1";

export interface ExportedSpeaker {
  id: string;
  name: string;
  kind: SpeakerKind;
  description: string | null;
  aliases: string[];
}

/** One article with its claims: what the workspace downloads. */
export interface ArticleDocument {
  format: typeof CLAIMLENS_FORMAT;
  exportedAt: string;
  article: Pick<ArticleDto, "id" | "title" | "sourceUrl" | "publishedAt" | "text" | "textSha256">;
  speakers: ExportedSpeaker[];
  claims: ClaimDto[];
}

/**
 * Builds the per-article document. Only the speakers its claims cite are included, sorted by name, so a reader
 * needs nothing else; claims keep their text order.
 */
export function buildArticleDocument(
  article: ArticleDto,
  claims: ClaimDto[],
  speakers: ExportedSpeaker[],
  exportedAt: Date = new Date(),
): ArticleDocument {
  const cited = new Set(claims.map((c) => c.speaker?.id).filter((id): id is string => Boolean(id)));
  return {
    format: CLAIMLENS_FORMAT,
    exportedAt: exportedAt.toISOString(),
    article: {
      id: article.id,
      title: article.title,
      sourceUrl: article.sourceUrl,
      publishedAt: article.publishedAt,
      text: article.text,
      textSha256: article.textSha256,
    },
    speakers: speakers.filter((s) => cited.has(s.id)).sort((a, b) => a.name.localeCompare(b.name)),
    claims,
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
