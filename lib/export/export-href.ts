// The addresses of exports, for links in the app. Apart from export-query.ts, which reads them with zod on the
// server: a page that only links to an export should not carry zod to the browser (92 kB of script to load).
import type { CorpusFilters } from "./claimlens-document";
import type { ExportFormat } from "./formats";

/** The query parameters that take lists. */
export const LIST_KEYS: ReadonlySet<string> = new Set(["article", "speaker", "kind", "confidence"]);

/** True when the filters select something narrower than the whole corpus. */
export function hasFilters(filters: CorpusFilters): boolean {
  return Boolean(filters.articleIds || filters.speakerIds || filters.kinds || filters.confidences || filters.set);
}

/**
 * The address of a corpus export, for a download link or `fetch`: the inverse of `parseExportQuery` (export-query.ts).
 * `exportHref("csv", { kinds: ["attributed"] })` is `/api/export?format=csv&kind=attributed`.
 */
export function exportHref(format: ExportFormat, filters: CorpusFilters = {}): string {
  const query = new URLSearchParams({ format });
  if (filters.articleIds?.length) query.set("article", filters.articleIds.join(","));
  if (filters.speakerIds?.length) query.set("speaker", filters.speakerIds.join(","));
  if (filters.kinds?.length) query.set("kind", filters.kinds.join(","));
  if (filters.confidences?.length) query.set("confidence", filters.confidences.join(","));
  if (filters.set) query.set("set", filters.set);
  return `/api/export?${query.toString().replace(/%2C/g, ",")}`;
}

/** The address of one article's export in a format. */
export function articleExportHref(articleId: string, format: ExportFormat): string {
  return `/api/articles/${encodeURIComponent(articleId)}/export?format=${format}`;
}
