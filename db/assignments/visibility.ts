import { eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import type { ClaimSet } from "../../lib/model";
import { assignments, claims, suggestions } from "../schema";
import type { Actor } from "../../lib/auth/roles";

/**
 * Independent annotation (issue 14): who may see which claims while an article is assigned. The one rule, used
 * by every query that reads claims (the workspace, single claims, exports, speaker pages, histories, activity,
 * the library's counts):
 *
 * - an article with no open assignment hides nothing;
 * - while any assignment of the article is open ("blind"), an assignee sees only the analyst claims they tagged
 *   themselves; anyone else sees the article's claims except the assignees' and the reviewed set, so that
 *   nobody learns how far an assignee has got beyond "done / not done".
 *
 * `reader` is who reads; null is the system itself (the CLI, the seed, a benchmark), which sees everything.
 */
export type Reader = Pick<Actor, "userId"> | null;

/** The columns of a claims row that the rule looks at, as SQL (the table itself or a subquery's alias). */
export interface ClaimColumns {
  articleId: SQL;
  createdBy: SQL;
  claimSet: SQL;
}

/** The `claims` table's own columns. */
export const CLAIMS_TABLE: ClaimColumns = { articleId: sql`${claims.articleId}`, createdBy: sql`${claims.createdBy}`, claimSet: sql`${claims.claimSet}` };
/** The columns of `claims` under the alias `c`, for correlated subqueries. */
export const CLAIMS_AS_C: ClaimColumns = { articleId: sql`c.article_id`, createdBy: sql`c.created_by`, claimSet: sql`c.claim_set` };

const blindArticles = sql`(select ${assignments.articleId} from ${assignments} where ${assignments.status} = 'open')`;

/** The condition that a claim is visible to `reader`; undefined (no condition) for the system. */
export function claimVisibleTo(reader: Reader, c: ClaimColumns = CLAIMS_TABLE): SQL | undefined {
  if (!reader) return undefined;
  const me = reader.userId;
  // The uncorrelated `not in` is hashed once per query: claims on articles that are not blind pass at once.
  return sql`(${c.articleId} not in ${blindArticles} or (case when exists (select 1 from ${assignments} a where a.article_id = ${c.articleId} and a.user_id = ${me})
    then ${c.createdBy} = ${me} and ${c.claimSet} = 'analyst'
    else ${c.claimSet} = 'analyst' and (${c.createdBy} is null or not exists (select 1 from ${assignments} a where a.article_id = ${c.articleId} and a.user_id = ${c.createdBy})) end))`;
}

/**
 * The condition that a claim is hidden from `reader`: on an article under independent annotation, and not visible
 * to them. Undefined when nothing is hidden (the system). Few rows match it: only blind articles' claims.
 */
export function claimHiddenFrom(reader: Reader, c: ClaimColumns = CLAIMS_TABLE): SQL | undefined {
  const visible = claimVisibleTo(reader, c);
  if (!visible) return undefined;
  return sql`(${c.articleId} in ${blindArticles} and not ${visible})`;
}

/**
 * The condition that a claim history entry is visible to `reader`: while the article is blind, an assignee sees
 * only their own changes to its claims, and anyone else no assignee's.
 */
export function historyVisibleTo(reader: Reader, h: { entity: SQL; articleId: SQL; actorId: SQL }): SQL | undefined {
  if (!reader) return undefined;
  const me = reader.userId;
  return sql`(${h.entity} <> 'claim' or ${h.articleId} is null or ${h.articleId} not in ${blindArticles} or (case when exists (select 1 from ${assignments} a where a.article_id = ${h.articleId} and a.user_id = ${me})
    then ${h.actorId} = ${me}
    else ${h.actorId} is null or not exists (select 1 from ${assignments} a where a.article_id = ${h.articleId} and a.user_id = ${h.actorId}) end))`;
}

/** Why a claim that exists is refused: said the same way wherever it happens. */
export const HIDDEN_CLAIM_MESSAGE =
  "This claim is hidden while its article is assigned for independent annotation: assignees see only their own claims until every assignee has marked the article done.";

/**
 * The same rule over claims already read (an old revision's stored claims): a predicate on a claim's author and
 * set, or null when nothing of the article is hidden from `reader`.
 */
export async function snapshotVisibility(
  db: Executor,
  articleId: string,
  reader: Reader,
): Promise<((claim: { createdBy: { id: string } | null; set?: ClaimSet }) => boolean) | null> {
  if (!reader) return null;
  const rows = await db.select({ userId: assignments.userId, status: assignments.status }).from(assignments).where(eq(assignments.articleId, articleId));
  if (!rows.some((r) => r.status === "open")) return null;
  const assignees = new Set(rows.map((r) => r.userId));
  const analyst = (c: { set?: ClaimSet }) => (c.set ?? "analyst") === "analyst";
  if (assignees.has(reader.userId)) return (c) => analyst(c) && c.createdBy?.id === reader.userId;
  return (c) => analyst(c) && (c.createdBy === null || !assignees.has(c.createdBy.id));
}

/**
 * Suggestions follow the same rule (issue 14: "each assignee sees only their own claims and suggestions"): while
 * an article is blind, each assignee works on a queue of their own (`suggestions.owner_id`, computed for them when
 * they are assigned or press Suggest claims), whose accepts and rejects nobody else sees until review; everyone
 * else, and everyone once no assignment of the article is open, works on the article's shared queue. Answers whose
 * queue `reader` works on: their user id, or null for the shared queue (the system's too).
 */
export async function suggestionQueueOf(db: Executor, articleId: string, reader: Reader): Promise<string | null> {
  if (!reader) return null;
  const rows = await db.select({ userId: assignments.userId, status: assignments.status }).from(assignments).where(eq(assignments.articleId, articleId));
  if (!rows.some((r) => r.status === "open")) return null;
  return rows.some((r) => r.userId === reader.userId) ? reader.userId : null;
}

/** The condition that a suggestions row is in the queue `owner` (from `suggestionQueueOf`). */
export const inSuggestionQueue = (owner: string | null): SQL => (owner === null ? isNull(suggestions.ownerId) : eq(suggestions.ownerId, owner));

/**
 * The same as SQL for a correlated subquery over suggestions `s` of the article `articleId` (a column of the
 * outer query): the rows of the queue `reader` works on, for counts over many articles at once.
 */
export function suggestionVisibleTo(reader: Reader, articleId: SQL): SQL {
  if (!reader) return sql`s.owner_id is null`;
  const me = reader.userId;
  return sql`s.owner_id is not distinct from (case when ${articleId} in ${blindArticles} and exists (select 1 from ${assignments} a where a.article_id = ${articleId} and a.user_id = ${me}) then ${me} else null end)`;
}
