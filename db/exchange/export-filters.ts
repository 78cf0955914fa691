import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { CLAIMS_AS_C, claimVisibleTo, type Reader } from "../assignments/visibility";
import { articles, claims } from "../schema";
import type { CorpusFilters } from "../../lib/export/claimlens-document";

/** The filters of an export as SQL: which claims it selects, and which articles it covers. */

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/**
 * The claim filters as SQL over the claims table under the alias `c`, for subqueries. Names are written out
 * because drizzle leaves columns unqualified in single-table selects, and a correlated subquery must not
 * confuse `claims.id` with `articles.id`.
 */
export function claimConditionsOnC(filters: CorpusFilters, reader: Reader): SQL[] {
  const conditions: SQL[] = [];
  const visible = claimVisibleTo(reader, CLAIMS_AS_C);
  if (visible) conditions.push(visible);
  if (filters.set) conditions.push(sql`c.claim_set = ${filters.set}`);
  if (filters.articleIds) conditions.push(sql`c.article_id in (${list(filters.articleIds)})`);
  if (filters.speakerIds) conditions.push(sql`c.speaker_id in (${list(filters.speakerIds)})`);
  if (filters.kinds) conditions.push(sql`c.kind in (${list(filters.kinds)})`);
  if (filters.confidences) conditions.push(sql`c.confidence in (${list(filters.confidences)})`);
  return conditions;
}

/** ` where a and b …`, or nothing when there is no condition. */
export const whereAll = (conditions: SQL[]) => (conditions.length > 0 ? sql` where ${sql.join(conditions, sql` and `)}` : sql``);

/** The claim filters over the `claims` table itself, for the join that reads claims. */
export function claimConditions(filters: CorpusFilters, reader: Reader): SQL[] {
  const conditions: SQL[] = [];
  const visible = claimVisibleTo(reader);
  if (visible) conditions.push(visible);
  if (filters.set) conditions.push(eq(claims.claimSet, filters.set));
  if (filters.speakerIds) conditions.push(inArray(claims.speakerId, filters.speakerIds));
  if (filters.kinds) conditions.push(inArray(claims.kind, filters.kinds));
  if (filters.confidences) conditions.push(inArray(claims.confidence, filters.confidences));
  return conditions;
}

/** The articles an export covers, as conditions on the articles table. */
export function articleConditions(filters: CorpusFilters, includeEmptyArticles: boolean, reader: Reader): (SQL | undefined)[] {
  return [
    filters.articleIds ? inArray(articles.id, filters.articleIds) : undefined,
    includeEmptyArticles ? undefined : sql`articles.id in (select c.article_id from ${claims} c${whereAll(claimConditionsOnC(filters, reader))})`,
  ];
}

