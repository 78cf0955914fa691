import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { articles, claims } from "../schema";
import type { Executor } from "../client";
import { selectClaims, toClaimDto } from "../claims/claim-rows";
import { doneAssignees } from "./assignments";
import { isAppError } from "../../lib/errors";
import type { ClaimDto, UserRefDto } from "../../lib/model";
import { articleAgreement, corpusAgreement, type Analyst, type RatedClaim } from "../../lib/agreement";
import type { ArticleAgreementDto, CorpusAgreementDto } from "../../lib/agreement/model";

const assigneeConditions = (articleId: string, assignees: UserRefDto[]) =>
  and(eq(claims.articleId, articleId), eq(claims.claimSet, "analyst"), isNotNull(claims.start), inArray(claims.createdBy, assignees.map((a) => a.id)));

/**
 * The assignees' own (analyst-set, anchored) claims on an article, grouped by assignee, once all are done: only
 * what agreement compares, read straight off the claims table. Orphaned claims have no span and are left out.
 */
export async function assigneeClaims(db: Executor, articleId: string): Promise<{ title: string; assignees: UserRefDto[]; analysts: Analyst[] }> {
  const { title, assignees } = await doneAssignees(db, articleId);
  const rows = await db
    .select({ id: claims.id, start: claims.start, end: claims.end, kind: claims.kind, speakerId: claims.speakerId, cue: claims.cue, confidence: claims.confidence, createdBy: claims.createdBy })
    .from(claims)
    .where(assigneeConditions(articleId, assignees));
  const byAuthor = new Map<string, RatedClaim[]>(assignees.map((a) => [a.id, []]));
  for (const { createdBy, start, end, ...rest } of rows) {
    if (start === null || end === null || !createdBy) continue;
    byAuthor.get(createdBy)?.push({ ...rest, start, end });
  }
  return { title, assignees, analysts: assignees.map((a) => ({ id: a.id, name: a.name, claims: byAuthor.get(a.id) ?? [] })) };
}

/** The same claims in full, by id, for the compare view and the review. */
export async function assigneeClaimDtos(db: Executor, articleId: string, assignees: UserRefDto[]): Promise<Map<string, ClaimDto>> {
  const rows = await selectClaims(db).where(assigneeConditions(articleId, assignees));
  return new Map(rows.map((r) => [r.id, toClaimDto(r)]));
}

/** `GET /api/articles/{id}/agreement`: the figures for each pair of assignees and overall; 409 until all are done. */
export async function articleAgreementOf(db: Executor, articleId: string): Promise<ArticleAgreementDto> {
  const { analysts } = await assigneeClaims(db, articleId);
  return { articleId, ...articleAgreement(analysts) };
}

/**
 * `GET /api/agreement?articles=…`: the figures over the articles whose assignees are all done; the others are
 * listed as skipped, with the reason.
 */
export async function corpusAgreementOf(db: Executor, articleIds: string[]): Promise<CorpusAgreementDto> {
  const titles = new Map((await db.select({ id: articles.id, title: articles.title }).from(articles).where(inArray(articles.id, articleIds))).map((r) => [r.id, r.title]));
  const included: { id: string; title: string; analysts: Analyst[] }[] = [];
  const skipped: CorpusAgreementDto["skipped"] = [];
  for (const id of articleIds) {
    const title = titles.get(id);
    if (title === undefined) {
      skipped.push({ id, title: "", reason: "no article has this id" });
      continue;
    }
    try {
      included.push({ id, title, analysts: (await assigneeClaims(db, id)).analysts });
    } catch (error) {
      if (!isAppError(error) || error.code !== "conflict") throw error;
      skipped.push({ id, title, reason: error.message });
    }
  }
  return { ...corpusAgreement(included), articles: included.map(({ id, title }) => ({ id, title })), skipped };
}
