import type { Executor } from "../client";
import type { Actor } from "../../lib/auth/roles";
import type { ImportPreviewDto } from "../../lib/model";
import type { ImportPreviewInput } from "../../lib/schemas";
import { extractArticle } from "../../lib/extract/extract-article";
import { normaliseText } from "../../lib/text/normalise";
import { invalid } from "../../lib/errors";
import { fetchPage, type FetchOptions } from "../../server/fetch-page";
import { countImportAttempt, storeSnapshot } from "./snapshots";

/**
 * Previews an import from the web: fetches the page (through the guard) or takes the HTML given, extracts the
 * article with its metadata, formatting and the parts left out, and keeps the original page for a day. Stores
 * no article: the analyst confirms (and may correct) the preview, then POST /api/articles imports it.
 */
export async function previewImport(db: Executor, actor: Actor, input: ImportPreviewInput, fetchOptions: FetchOptions): Promise<ImportPreviewDto> {
  await countImportAttempt(db, actor);
  let html: string;
  let sourceUrl: string | null;
  let fetchedAt: Date | null = null;
  let plainText = false;
  if ("html" in input) {
    html = input.html;
    sourceUrl = input.url;
  } else {
    const page = await fetchPage(input.url, fetchOptions);
    html = page.text;
    sourceUrl = page.url;
    fetchedAt = page.fetchedAt;
    plainText = page.contentType === "text/plain";
  }
  const article = plainText
    ? { title: null, byline: null, siteName: null, publishedAt: null, modifiedAt: null, language: null, canonicalUrl: null, text: normaliseText(html), formatting: [], removed: [] }
    : extractArticle(html, sourceUrl);
  if (article.text === "") {
    throw invalid("No article text was found on this page: it may need a browser to show its words (a script-only page), or hold none.", [
      { path: "html" in input ? "html" : "url", message: "has no article text" },
    ]);
  }
  const snapshot = await storeSnapshot(db, { url: sourceUrl, html, fetchedAt: fetchedAt ?? new Date(), actor });
  return {
    ...article,
    sourceUrl,
    fetchedAt: fetchedAt?.toISOString() ?? null,
    snapshotId: snapshot.id,
    snapshotExpiresAt: snapshot.expiresAt.toISOString(),
  };
}
