import { and, eq, inArray } from "drizzle-orm";
import { articles, claimReviewSources, claims, reviewDrops, users } from "../schema";
import type { Executor } from "../client";
import { asActor } from "../actor";
import { selectClaims, toClaimDto } from "../claims/claim-rows";
import { checkSpan, resolveSpeaker } from "../claims/claims";
import { assigneeClaimDtos, assigneeClaims } from "./agreement";
import { AppError, invalid, type Issue } from "../../lib/errors";
import type { Actor } from "../../lib/auth/roles";
import type { ClaimDto, UserRefDto } from "../../lib/model";
import { quoteWithContext } from "../../lib/claims/context";
import { clusterClaims, type RatedClaim, type Unit } from "../../lib/agreement";
import type { ReviewReportDto, ReviewUnitDto, ReviewUnitsDto } from "../../lib/agreement/model";
import type { ReviewDecision, ReviewInput } from "../../lib/agreement/schemas";

/** The key a review decision names a unit by: the smallest id among its claims (a claim is in one unit only). */
export const unitKey = (unit: Unit): string => unit.versions.map((v) => v.claim.id).sort()[0] as string;

/** Every unit of the article in text order, with the reviewed claims already made from it. */
export async function reviewUnits(db: Executor, articleId: string): Promise<ReviewUnitsDto> {
  const { assignees, analysts } = await assigneeClaims(db, articleId);
  const units = clusterClaims(analysts);
  const dtos = await assigneeClaimDtos(db, articleId, assignees);
  const sourceIds = units.flatMap((u) => u.versions.map((v) => v.claim.id));
  const reviewedBySource = await reviewedClaimsBySource(db, sourceIds);
  const drops = await dropsBySource(db, sourceIds);
  const out: ReviewUnitDto[] = units.map((unit) => {
    const reviewed = new Map<string, ClaimDto>();
    for (const v of unit.versions) for (const r of reviewedBySource.get(v.claim.id) ?? []) reviewed.set(r.id, r);
    const dropped = unit.versions.map((v) => drops.get(v.claim.id)).find((d) => d !== undefined) ?? null;
    return {
      key: unitKey(unit),
      start: unit.start,
      end: unit.end,
      agreed: unit.agreed,
      versions: unit.versions.map((v) => ({ analystId: v.analystId, claim: dtos.get(v.claim.id) as ClaimDto })),
      reviewed: [...reviewed.values()],
      dropped,
    };
  });
  const disagreements = out.filter((u) => !u.agreed);
  return {
    articleId,
    analysts: assignees,
    units: out,
    counts: {
      units: out.length,
      agreed: out.length - disagreements.length,
      disagreements: disagreements.length,
      reviewed: disagreements.filter((u) => u.reviewed.length > 0 || u.dropped !== null).length,
      dropped: disagreements.filter((u) => u.dropped !== null).length,
    },
  };
}

async function reviewedClaimsBySource(db: Executor, sourceIds: string[]): Promise<Map<string, ClaimDto[]>> {
  const out = new Map<string, ClaimDto[]>();
  if (sourceIds.length === 0) return out;
  const links = await db
    .select({ reviewedId: claimReviewSources.reviewedClaimId, sourceId: claimReviewSources.sourceClaimId })
    .from(claimReviewSources)
    .where(inArray(claimReviewSources.sourceClaimId, sourceIds));
  if (links.length === 0) return out;
  const reviewed = new Map(
    (await selectClaims(db).where(inArray(claims.id, [...new Set(links.map((l) => l.reviewedId))]))).map((r) => [r.id, toClaimDto(r)]),
  );
  for (const link of links) {
    const claim = reviewed.get(link.reviewedId);
    if (!claim) continue;
    const list = out.get(link.sourceId);
    if (list) list.push(claim);
    else out.set(link.sourceId, [claim]);
  }
  return out;
}

/** Who dropped each analyst claim's disagreement, and when. */
async function dropsBySource(db: Executor, sourceIds: string[]): Promise<Map<string, NonNullable<ReviewUnitDto["dropped"]>>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db
    .select({ sourceId: reviewDrops.sourceClaimId, byId: reviewDrops.droppedBy, byName: users.name, at: reviewDrops.droppedAt })
    .from(reviewDrops)
    .leftJoin(users, eq(users.id, reviewDrops.droppedBy))
    .where(inArray(reviewDrops.sourceClaimId, sourceIds));
  const ref = (id: string | null, name: string | null): UserRefDto | null => (id && name ? { id, name } : null);
  return new Map(rows.map((r) => [r.sourceId, { by: ref(r.byId, r.byName), at: r.at.toISOString() }]));
}

/**
 * Records a reviewer's decisions into the article's reviewed claim set, in one transaction: for each decided
 * disagreement, the kept analysts' claims (copied, each linked to the claim it came from) or one merged claim
 * (linked to every claim of the disagreement), or a drop (recorded against each of its claims; nothing enters the
 * reviewed set). A disagreement decided again replaces its earlier reviewed claims or drop. Agreed units not yet
 * in the reviewed set, nor dropped, are kept automatically. 409 until every assignee is done.
 */
export async function reviewArticle(db: Executor, articleId: string, input: ReviewInput, actor: Actor): Promise<ReviewReportDto> {
  return asActor(db, actor, null, async (tx) => {
    const { assignees, analysts } = await assigneeClaims(tx, articleId);
    const units = clusterClaims(analysts);
    const dtos = await assigneeClaimDtos(tx, articleId, assignees);
    const dto = (claim: RatedClaim) => dtos.get(claim.id) as ClaimDto;
    const byKey = new Map(units.map((u) => [unitKey(u), u]));
    const issues: Issue[] = [];
    input.decisions.forEach((d, i) => {
      const unit = byKey.get(d.unit);
      if (!unit) issues.push({ path: `decisions.${i}.unit`, message: `no disagreement of this article has the key ${d.unit}` });
      else if ("keep" in d) {
        const ids = new Set(unit.versions.map((v) => v.claim.id));
        d.keep.forEach((id, k) => {
          if (!ids.has(id)) issues.push({ path: `decisions.${i}.keep.${k}`, message: `the claim ${id} is not one of this disagreement's` });
        });
      }
    });
    if (issues.length > 0) throw invalid(`The review is not valid: ${issues.map((i) => i.message).join("; ")}.`, issues);

    const [{ text } = { text: "" }] = await tx.select({ text: articles.text }).from(articles).where(eq(articles.id, articleId));
    const reviewedAt = new Date();
    const sourceIds = units.flatMap((u) => u.versions.map((v) => v.claim.id));
    const existing = await reviewedClaimsBySource(tx, sourceIds);
    const drops = await dropsBySource(tx, sourceIds);
    const reviewedIdsOf = (unit: Unit) => new Set(unit.versions.flatMap((v) => (existing.get(v.claim.id) ?? []).map((c) => c.id)));
    const settled = (unit: Unit) => reviewedIdsOf(unit).size > 0 || unit.versions.some((v) => drops.has(v.claim.id));

    let decided = 0;
    let dropped = 0;
    let replaced = 0;
    for (const decision of input.decisions) {
      const unit = byKey.get(decision.unit) as Unit;
      const old = [...reviewedIdsOf(unit)];
      if (old.length > 0) {
        await tx.delete(claims).where(and(inArray(claims.id, old), eq(claims.claimSet, "reviewed")));
        replaced += old.length;
      }
      const ids = unit.versions.map((v) => v.claim.id);
      await tx.delete(reviewDrops).where(inArray(reviewDrops.sourceClaimId, ids));
      if ("drop" in decision) {
        await tx.insert(reviewDrops).values(ids.map((sourceClaimId) => ({ sourceClaimId, droppedBy: actor.userId, droppedAt: reviewedAt })));
        dropped++;
      } else decided += await applyDecision(tx, text, unit.versions.map((v) => dto(v.claim)), decision, actor, reviewedAt);
    }
    let agreedKept = 0;
    const decidedKeys = new Set(input.decisions.map((d) => d.unit));
    for (const unit of units) {
      if (!unit.agreed || decidedKeys.has(unitKey(unit)) || settled(unit)) continue;
      const first = dto(unit.versions[0]?.claim as RatedClaim);
      await insertReviewed(tx, first, unit.versions.map((v) => v.claim.id), actor, reviewedAt);
      agreedKept++;
    }
    const remaining = units.filter((u) => !u.agreed && !decidedKeys.has(unitKey(u)) && !settled(u)).length;
    return { decided, agreedKept, dropped, replaced, remaining };
  });
}

async function applyDecision(tx: Executor, text: string, versions: ClaimDto[], decision: Exclude<ReviewDecision, { drop: true }>, actor: Actor, at: Date): Promise<number> {
  if ("keep" in decision) {
    const kept = versions.filter((c) => decision.keep.includes(c.id));
    for (const c of kept) await insertReviewed(tx, c, [c.id], actor, at);
    return kept.length;
  }
  const merged = decision.merged;
  checkSpan(text, merged.start, merged.end);
  const speakerId = await resolveSpeaker(tx, merged.kind, merged);
  const [row] = await tx
    .insert(claims)
    .values({
      articleId: versions[0]?.articleId as string,
      start: merged.start,
      end: merged.end,
      ...quoteWithContext(text, merged),
      kind: merged.kind,
      speakerId,
      cue: merged.cue,
      confidence: merged.confidence,
      note: merged.note,
      revision: versions[0]?.revision ?? 1,
      claimSet: "reviewed",
      reviewedBy: actor.userId,
      reviewedAt: at,
    })
    .returning({ id: claims.id });
  if (!row) throw new AppError("conflict", "The merged claim could not be stored.");
  await tx.insert(claimReviewSources).values(versions.map((c) => ({ reviewedClaimId: row.id, sourceClaimId: c.id })));
  return 1;
}

/** A reviewed copy of an analyst's claim, linked to the claims it stands for. */
async function insertReviewed(tx: Executor, source: ClaimDto, sourceIds: string[], actor: Actor, at: Date): Promise<void> {
  const [row] = await tx
    .insert(claims)
    .values({
      articleId: source.articleId,
      start: source.start,
      end: source.end,
      quote: source.quote,
      prefix: source.prefix,
      suffix: source.suffix,
      kind: source.kind,
      speakerId: source.speaker?.id ?? null,
      cue: source.cue,
      confidence: source.confidence,
      note: source.note,
      revision: source.revision,
      claimSet: "reviewed",
      reviewedBy: actor.userId,
      reviewedAt: at,
    })
    .returning({ id: claims.id });
  if (!row) throw new AppError("conflict", "The reviewed claim could not be stored.");
  await tx.insert(claimReviewSources).values(sourceIds.map((sourceClaimId) => ({ reviewedClaimId: row.id, sourceClaimId })));
}
