import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { claimReviewSources, claims, speakers, users } from "../schema";
import type { Executor } from "../client";
import type { ClaimDto, UserRefDto } from "../../lib/model";
import { claimVisibleTo, type Reader } from "../assignments/visibility";

const creators = alias(users, "creators");
const updaters = alias(users, "updaters");
const reviewers = alias(users, "reviewers");

/** The one projection of a claim row (with its speaker's and authors' names) and its mapping to the API's ClaimDto. */
export const claimColumns = {
  id: claims.id,
  articleId: claims.articleId,
  start: claims.start,
  end: claims.end,
  quote: claims.quote,
  prefix: claims.prefix,
  suffix: claims.suffix,
  kind: claims.kind,
  speakerId: claims.speakerId,
  speakerName: speakers.name,
  cue: claims.cue,
  confidence: claims.confidence,
  note: claims.note,
  version: claims.version,
  status: claims.status,
  revision: claims.revision,
  fuzzyScore: claims.fuzzyScore,
  fuzzyOldQuote: claims.fuzzyOldQuote,
  claimSet: claims.claimSet,
  reviewedById: claims.reviewedBy,
  reviewedByName: reviewers.name,
  reviewedAt: claims.reviewedAt,
  // Only reviewed claims have sources: analyst claims skip the lookup.
  reviewSources: sql<string[] | null>`case when ${claims.claimSet} = 'reviewed' then (select coalesce(json_agg(s.source_claim_id order by s.source_claim_id), '[]'::json) from ${claimReviewSources} s where s.reviewed_claim_id = ${claims.id}) end`,
  createdById: claims.createdBy,
  createdByName: creators.name,
  updatedById: claims.updatedBy,
  updatedByName: updaters.name,
  createdAt: claims.createdAt,
  updatedAt: claims.updatedAt,
};

export type ClaimRow = Awaited<ReturnType<typeof selectClaims>>[number];

const ref = (id: string | null, name: string | null): UserRefDto | null => (id && name ? { id, name } : null);

export function toClaimDto(row: ClaimRow): ClaimDto {
  return {
    id: row.id,
    articleId: row.articleId,
    start: row.start,
    end: row.end,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    kind: row.kind,
    speaker: ref(row.speakerId, row.speakerName),
    cue: row.cue,
    confidence: row.confidence,
    note: row.note,
    version: row.version,
    status: row.status,
    revision: row.revision,
    fuzzy: row.fuzzyScore !== null && row.fuzzyOldQuote !== null ? { score: row.fuzzyScore, oldQuote: row.fuzzyOldQuote } : null,
    set: row.claimSet,
    review: row.reviewedAt ? { by: ref(row.reviewedById, row.reviewedByName), at: row.reviewedAt.toISOString(), sources: row.reviewSources ?? [] } : null,
    createdBy: ref(row.createdById, row.createdByName),
    updatedBy: ref(row.updatedById, row.updatedByName),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * An article's claims in text order (overlapping claims by their end, then by age; orphans, with no offsets,
 * last), those `reader` may see, without checking that the article exists.
 */
export async function claimsInTextOrder(db: Executor, articleId: string, reader: Reader): Promise<ClaimDto[]> {
  const rows = await selectClaims(db)
    .where(and(eq(claims.articleId, articleId), claimVisibleTo(reader)))
    .orderBy(asc(claims.start), asc(claims.end), asc(claims.createdAt), asc(claims.id));
  return rows.map(toClaimDto);
}

export const selectClaims = (db: Executor) =>
  db
    .select(claimColumns)
    .from(claims)
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .leftJoin(creators, eq(creators.id, claims.createdBy))
    .leftJoin(updaters, eq(updaters.id, claims.updatedBy))
    .leftJoin(reviewers, eq(reviewers.id, claims.reviewedBy));
