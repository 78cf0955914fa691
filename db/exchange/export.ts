import type { Executor } from "../client";
import type { Reader } from "../assignments/visibility";
import type { ClaimSet } from "../../lib/model";
import { getArticle } from "../articles/articles";
import { listClaims } from "../claims/claims";
import { speakersByIds } from "../speakers/speakers";
import { buildArticleDocument, type ArticleDocument } from "../../lib/export/claimlens-document";
import { exportedReviewDrops } from "./review-drops";

/**
 * The `claimlens/1` document of one article: its text, the claims `reader` may see (of one set), the speakers they
 * cite and the review drops of those claims.
 */
export async function exportArticle(db: Executor, articleId: string, reader: Reader, set?: ClaimSet): Promise<ArticleDocument> {
  const article = await getArticle(db, articleId);
  const claims = (await listClaims(db, articleId, reader)).filter((c) => !set || c.set === set);
  const ids = [...new Set(claims.flatMap((c) => (c.speaker ? [c.speaker.id] : [])))];
  const speakers = await speakersByIds(db, ids, reader);
  const drops = await exportedReviewDrops(db, [articleId], set ? { set } : {}, reader);
  return buildArticleDocument(
    article,
    claims,
    speakers.map(({ id, name, kind, description, aliases }) => ({ id, name, kind, description, aliases })),
    new Date(),
    drops.get(articleId) ?? [],
  );
}
