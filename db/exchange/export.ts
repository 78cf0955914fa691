import type { Executor } from "../client";
import { getArticle } from "../articles/articles";
import { listClaims } from "../claims/claims";
import { speakersByIds } from "../speakers/speakers";
import { buildArticleDocument, type ArticleDocument } from "../../lib/export/claimlens-document";

/** The `claimlens/1` document of one article: its text, its claims and the speakers they cite. */
export async function exportArticle(db: Executor, articleId: string): Promise<ArticleDocument> {
  const article = await getArticle(db, articleId);
  const claims = await listClaims(db, articleId);
  const ids = [...new Set(claims.flatMap((c) => (c.speaker ? [c.speaker.id] : [])))];
  const speakers = await speakersByIds(db, ids);
  return buildArticleDocument(
    article,
    claims,
    speakers.map(({ id, name, kind, description, aliases }) => ({ id, name, kind, description, aliases })),
  );
}
