import { and, asc, eq, inArray } from "drizzle-orm";
import { claims, reviewDrops, users } from "../schema";
import type { Executor } from "../client";
import { claimConditions } from "./export-filters";
import type { CorpusFilters, ExportedReviewDrop } from "../../lib/export/claimlens-document";
import type { Reader } from "../assignments/visibility";

/**
 * The review drops of these articles' analysts' claims that an export selects (the same filters and visibility as
 * its claims), by article, each article's in the claims' text order.
 */
export async function exportedReviewDrops(db: Executor, articleIds: readonly string[], filters: CorpusFilters, reader: Reader): Promise<Map<string, ExportedReviewDrop[]>> {
  const out = new Map<string, ExportedReviewDrop[]>();
  if (articleIds.length === 0 || filters.set === "reviewed") return out;
  const rows = await db
    .select({ articleId: claims.articleId, claimId: reviewDrops.sourceClaimId, byId: users.id, byName: users.name, at: reviewDrops.droppedAt })
    .from(reviewDrops)
    .innerJoin(claims, eq(claims.id, reviewDrops.sourceClaimId))
    .leftJoin(users, eq(users.id, reviewDrops.droppedBy))
    .where(and(inArray(claims.articleId, [...articleIds]), ...claimConditions(filters, reader)))
    .orderBy(asc(claims.articleId), asc(claims.start), asc(claims.end), asc(claims.createdAt), asc(claims.id));
  for (const row of rows) {
    const list = out.get(row.articleId) ?? [];
    list.push({ claimId: row.claimId, by: row.byId ? { id: row.byId, name: row.byName ?? "" } : null, at: row.at.toISOString() });
    out.set(row.articleId, list);
  }
  return out;
}
