import { and, asc, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { claimReviewSources, claims, speakers, users } from "../schema";
import type { Executor } from "../client";
import type { ClaimDto, UserRefDto } from "../../lib/model";
import { claimVisibleTo, type Reader } from "../assignments/visibility";
import { CLAIMS_TABLE_COLUMNS, CLAIMS_TABLE_FORMAT } from "../../lib/claims/claims-table";

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

/**
 * The same claims as `claimsJsonInTextOrder`, as the JSON text of a `ClaimsTable` (lib/claims/claims-table.ts):
 * one array per claim and the names of the people they mention beside them, built by the database as well. Less
 * than half the bytes for the workspace to fetch and parse; claim-rows.test.ts checks that it expands to the list.
 */
export async function claimsTableJsonInTextOrder(db: Executor, articleId: string, reader: Reader): Promise<string> {
  const visible = and(eq(claims.articleId, articleId), claimVisibleTo(reader));
  const row = sql`json_build_array(
    ${claims.id}, ${claims.start}, ${claims.end}, ${claims.quote}, ${claims.prefix}, ${claims.suffix}, ${claims.kind},
    ${claims.speakerId}, ${claims.cue}, ${claims.confidence}, ${claims.note}, ${claims.version}, ${claims.status},
    ${claims.revision}, ${claims.fuzzyScore}, ${claims.fuzzyOldQuote}, ${claims.claimSet}, ${claims.reviewedBy},
    ${isoJson(claims.reviewedAt)}, ${claimColumns.reviewSources}, ${claims.createdBy}, ${claims.updatedBy},
    ${isoJson(claims.createdAt)}, case when ${claims.updatedAt} = ${claims.createdAt} then null else ${isoJson(claims.updatedAt)} end)`;
  const rows = sql<string>`coalesce(json_agg(${row} order by ${claims.start} asc, ${claims.end} asc, ${claims.createdAt} asc, ${claims.id} asc), '[]'::json)::text`;
  const [table] = await db.select({ rows }).from(claims).where(visible);
  // The names of the people the visible claims mention (a name that is empty counts as none, as in `toClaimDto`).
  const mentioned = (column: AnyColumn) => sql`select ${column} from ${claims} where ${visible}`;
  const [names] = await db
    .select({
      speakers: sql<string>`(select coalesce(json_object_agg(s.id, s.name), '{}'::json)::text from ${speakers} s
        where nullif(s.name, '') is not null and s.id in (${mentioned(claims.speakerId)}))`,
      accounts: sql<string>`(select coalesce(json_object_agg(u.id, u.name), '{}'::json)::text from ${users} u
        where nullif(u.name, '') is not null and (u.id in (${mentioned(claims.createdBy)}) or u.id in (${mentioned(claims.updatedBy)})
          or u.id in (${mentioned(claims.reviewedBy)})))`,
    })
    .from(sql`(select 1) as one`);
  const header = { format: CLAIMS_TABLE_FORMAT, articleId, columns: CLAIMS_TABLE_COLUMNS };
  return `${JSON.stringify(header).slice(0, -1)},"speakers":${names?.speakers ?? "{}"},"accounts":${names?.accounts ?? "{}"},"rows":${table?.rows ?? "[]"}}`;
}
