import type { ImportPreviewDto } from "@/lib/model";
import type { ArticleImportFields } from "@/components/api-client";
import { assemblePreview, type PreviewBlock } from "@/lib/extract/preview-blocks";

/** The fields of POST /api/articles for a preview as the analyst confirmed it (their paragraphs, their title). */
export function confirmedImport(preview: ImportPreviewDto, blocks: readonly PreviewBlock[], title: string): ArticleImportFields {
  const { text, formatting } = assemblePreview(blocks, preview.formatting);
  return {
    title: title.trim() || null,
    text,
    format: "text",
    formatting,
    sourceUrl: preview.sourceUrl,
    publishedAt: preview.publishedAt,
    modifiedAt: preview.modifiedAt,
    byline: preview.byline,
    siteName: preview.siteName,
    language: preview.language,
    canonicalUrl: preview.canonicalUrl,
    snapshotId: preview.snapshotId,
  };
}

/** Where one address of a batch is: waiting, being fetched, extracted, imported (with the article) or failed (why). */
export type BatchItem =
  | { url: string; state: "waiting" | "fetching" }
  | { url: string; state: "extracted"; title: string | null }
  | { url: string; state: "imported"; title: string; articleId: string }
  | { url: string; state: "failed"; reason: string };

export const BATCH_STATE_LABELS: Record<BatchItem["state"], string> = {
  waiting: "Waiting",
  fetching: "Fetching",
  extracted: "Extracted",
  imported: "Imported",
  failed: "Failed",
};
