import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { articles, claims } from "../schema";
import type { Executor } from "../client";
import { selectClaims, toClaimDto } from "../claims/claim-rows";
import { doneAssignees } from "./assignments";
import { isAppError } from "../../lib/errors";
import type { ClaimDto, UserRefDto } from "../../lib/model";
import { articleAgreement, corpusAgreement, type Analyst, type RatedClaim } from "../../lib/agreement";
import type { ArticleAgreementDto, CorpusAgreementDto } from "../../lib/agreement/model";

export type RatedDto = RatedClaim & { dto: ClaimDto };

/**
 * The assignees' own (analyst-set, anchored) claims on an article, grouped by assignee, once all are done. Orphaned
 * claims have no span to compare and are left out.
 */
export async function assigneeClaims(db: Executor, articleId: string): Promise<{ title: string; assignees: UserRefDto[]; analysts: (Analyst & { claims: RatedDto[] })[] }> {
  const { title, assignees } = await doneAssignees(db, articleId);
  const rows = await selectClaims(db).where(
    and(eq(claims.articleId, articleId), eq(claims.claimSet, "analyst"), isNotNull(claims.start), inArray(claims.createdBy, assignees.map((a) => a.id))),
  );
  const byAuthor = new Map<string, RatedDto[]>(assignees.map((a) => [a.id, []]));
  for (const row of rows) {
    const dto = toClaimDto(row);
    if (dto.start === null || dto.end === null || !row.createdById) continue;
    byAuthor.get(row.createdById)?.push({ id: dto.id, start: dto.start, end: dto.end, kind: dto.kind, speakerId: dto.speaker?.id ?? null, cue: dto.cue, confidence: dto.confidence, dto });
  }
  return { title, assignees, analysts: assignees.map((a) => ({ id: a.id, name: a.name, claims: byAuthor.get(a.id) ?? [] })) };
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
