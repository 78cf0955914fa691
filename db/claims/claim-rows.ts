import { and, asc, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
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

/** A user or speaker reference as `ref` makes it: null unless both the id and the name are there. */
const refJson = (id: SQL | AnyColumn, name: SQL | AnyColumn) =>
  sql`case when ${id} is not null and nullif(${name}, '') is not null then json_build_object('id', ${id}, 'name', ${name}) end`;

/** A timestamp as `Date.toISOString` writes it. */
const isoJson = (at: SQL | AnyColumn) => sql`to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The same claims as `claimsInTextOrder`, as the JSON text of their `ClaimDto[]`, written by the database in one
 * value. Reading 5,000 claims row by row took the embedded database about 200 ms of the server's only thread (most
 * of it turning 25 columns of 5,000 rows into JavaScript values), and that is the thread that also sends the
 * workspace's page and scripts; built as JSON by the database, they take under half of that and need no
 * JSON.stringify. It mirrors `toClaimDto` field by field; claim-rows.test.ts checks the two agree.
 */
export async function claimsJsonInTextOrder(db: Executor, articleId: string, reader: Reader): Promise<string> {
  const dto = sql`json_build_object(
    'id', ${claims.id}, 'articleId', ${claims.articleId}, 'start', ${claims.start}, 'end', ${claims.end},
    'quote', ${claims.quote}, 'prefix', ${claims.prefix}, 'suffix', ${claims.suffix}, 'kind', ${claims.kind},
    'speaker', ${refJson(claims.speakerId, speakers.name)}, 'cue', ${claims.cue}, 'confidence', ${claims.confidence},
    'note', ${claims.note}, 'version', ${claims.version}, 'status', ${claims.status}, 'revision', ${claims.revision},
    'fuzzy', case when ${claims.fuzzyScore} is not null and ${claims.fuzzyOldQuote} is not null
      then json_build_object('score', ${claims.fuzzyScore}, 'oldQuote', ${claims.fuzzyOldQuote}) end,
    'set', ${claims.claimSet},
    'review', case when ${claims.reviewedAt} is not null then json_build_object(
      'by', ${refJson(claims.reviewedBy, reviewers.name)}, 'at', ${isoJson(claims.reviewedAt)},
      'sources', coalesce(${claimColumns.reviewSources}, '[]'::json)) end,
    'createdBy', ${refJson(claims.createdBy, creators.name)}, 'updatedBy', ${refJson(claims.updatedBy, updaters.name)},
    'createdAt', ${isoJson(claims.createdAt)}, 'updatedAt', ${isoJson(claims.updatedAt)})`;
  const json = sql<string>`coalesce(json_agg(${dto} order by ${claims.start} asc, ${claims.end} asc, ${claims.createdAt} asc, ${claims.id} asc), '[]'::json)::text`;
  const [row] = await db
    .select({ json })
    .from(claims)
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .leftJoin(creators, eq(creators.id, claims.createdBy))
    .leftJoin(updaters, eq(updaters.id, claims.updatedBy))
    .leftJoin(reviewers, eq(reviewers.id, claims.reviewedBy))
    .where(and(eq(claims.articleId, articleId), claimVisibleTo(reader)));
  return row?.json ?? "[]";
}
