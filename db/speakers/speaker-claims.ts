import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { articles, claims, speakers } from "../schema";
import { claimVisibleTo, type Reader } from "../assignments/visibility";
import type { Executor } from "../client";
import { notFound } from "../../lib/errors";
import type { Page } from "../../lib/model";
import { EXCERPT_CONTEXT, sentenceExcerpt, storedExcerpt } from "../../lib/speakers/claim-sentence";
import { decodeKeyset, encodeKeyset } from "../../lib/speakers/cursor";
import type { ClaimSort, SpeakerClaimDto } from "../../lib/speakers/model";
import type { SpeakerClaimFilters, SpeakerClaimsQuery } from "../../lib/speakers/schemas";
import { keysetAfter, orderTerms, type KeyPart } from "../keyset";

/** Each sort's key; each matches one index of claims (see db/schema.ts), after `speaker_id`. */
const SORT_KEYS: Record<ClaimSort, Pick<KeyPart, "expr" | "dir" | "nullsLast">[]> = {
  newest: [
    { expr: sql`${claims.articleDate}`, dir: "desc" },
    { expr: sql`${claims.articleId}`, dir: "desc" },
    { expr: sql`${claims.start}`, dir: "asc", nullsLast: true },
    { expr: sql`${claims.id}`, dir: "asc" },
  ],
  oldest: [
    { expr: sql`${claims.articleDate}`, dir: "asc" },
    { expr: sql`${claims.articleId}`, dir: "asc" },
    { expr: sql`${claims.start}`, dir: "asc", nullsLast: true },
    { expr: sql`${claims.id}`, dir: "asc" },
  ],
  confidence: [
    { expr: sql`${claims.confidence}`, dir: "desc" },
    { expr: sql`${claims.articleDate}`, dir: "desc" },
    { expr: sql`${claims.articleId}`, dir: "desc" },
    { expr: sql`${claims.start}`, dir: "asc", nullsLast: true },
    { expr: sql`${claims.id}`, dir: "asc" },
  ],
};

// An orphaned claim has no start; it comes after its article's anchored claims.
const DATE_KEY = ["date", "uuid", "number?", "uuid"] as const;

function afterCursor(sort: ClaimSort, cursor: string): SQL | undefined {
  let values: readonly unknown[];
  if (sort === "confidence") {
    const [confidence, at, articleId, start, id] = decodeKeyset(cursor, sort, ["string", ...DATE_KEY] as const);
    values = [sql`${confidence}::confidence_level`, sql`${at.toISOString()}::timestamptz`, articleId, start, id];
  } else {
    const [at, articleId, start, id] = decodeKeyset(cursor, sort, DATE_KEY);
    values = [sql`${at.toISOString()}::timestamptz`, articleId, start, id];
  }
  return keysetAfter(SORT_KEYS[sort].map((key, i) => ({ ...key, value: values[i] })));
}

/**
 * A word search as a prefix query: "closely monit" finds quotes with a word starting "closely" and one starting
 * "monit". Only letters and digits are kept, so nothing the analyst types can be read as query syntax.
 */
export function quoteQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 ? words.slice(0, 16).map((w) => `'${w}':*`).join(" & ") : null;
}

const dayStart = (day: string) => sql`${`${day}T00:00:00Z`}::timestamptz`;

/** The `where` of a speaker's claims under the filters; each filter is served by an index of claims. */
export function speakerClaimsWhere(speakerId: string, filters: SpeakerClaimFilters, reader: Reader): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(claims.speakerId, speakerId), claimVisibleTo(reader)];
  if (filters.set) conditions.push(eq(claims.claimSet, filters.set));
  if (filters.confidence.length === 1) conditions.push(eq(claims.confidence, filters.confidence[0]!));
  else if (filters.confidence.length > 1 && filters.confidence.length < 3) conditions.push(inArray(claims.confidence, filters.confidence));
  if (filters.cue) conditions.push(eq(claims.cue, filters.cue));
  if (filters.articleId) conditions.push(eq(claims.articleId, filters.articleId));
  if (filters.from) conditions.push(gte(claims.articleDate, dayStart(filters.from)));
  if (filters.to) conditions.push(lt(claims.articleDate, sql`${dayStart(filters.to)} + interval '1 day'`));
  if (filters.q) {
    const query = quoteQuery(filters.q);
    conditions.push(query ? sql`to_tsvector('simple', ${claims.quote}) @@ to_tsquery('simple', ${query})` : sql`false`);
  }
  return and(...conditions);
}

/** Refuses an unknown speaker with a 404, before any claims are looked for. */
export async function assertSpeaker(db: Executor, speakerId: string): Promise<void> {
  const [row] = await db.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, speakerId));
  if (!row) throw notFound("speaker", speakerId);
}

/**
 * A page of a speaker's claims under the filters, in the chosen order, each with its article and the sentence
 * around it. Pages are keyset-paginated on the sort key plus the claim's position and id: a claim added while
 * someone pages lands in its place in the order, and no claim is skipped or shown twice.
 */
export async function listSpeakerClaims(db: Executor, speakerId: string, query: SpeakerClaimsQuery, reader: Reader): Promise<Page<SpeakerClaimDto>> {
  await assertSpeaker(db, speakerId);
  const keys = SORT_KEYS[query.sort];
  // The page is chosen from claims alone (an index range), and only its articles are read after.
  const rows = await db
    .select({
      id: claims.id,
      articleId: claims.articleId,
      start: claims.start,
      end: claims.end,
      quote: claims.quote,
      prefix: claims.prefix,
      suffix: claims.suffix,
      status: claims.status,
      cue: claims.cue,
      confidence: claims.confidence,
      note: claims.note,
      version: claims.version,
      createdAt: claims.createdAt,
      updatedAt: claims.updatedAt,
      articleDate: claims.articleDate,
    })
    .from(claims)
    .where(and(speakerClaimsWhere(speakerId, query, reader), query.cursor ? afterCursor(query.sort, query.cursor) : undefined))
    .orderBy(...orderTerms(keys))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const pageArticles = await articlesAround(db, page);
  const items: SpeakerClaimDto[] = page.map((row) => {
    const article = pageArticles.get(row.articleId);
    return {
      id: row.id,
      articleId: row.articleId,
      start: row.start,
      end: row.end,
      status: row.status,
      quote: row.quote,
      cue: row.cue,
      confidence: row.confidence,
      note: row.note,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      article: {
        id: row.articleId,
        title: article?.title ?? "",
        sourceUrl: article?.sourceUrl ?? null,
        publishedAt: article?.publishedAt?.toISOString() ?? null,
        date: row.articleDate.toISOString(),
      },
      sentence: row.start !== null && row.end !== null ? sentenceExcerpt(article?.text ?? "", { start: row.start, end: row.end }) : storedExcerpt(row),
    };
  });
  const last = page[page.length - 1];
  let nextCursor: string | null = null;
  if (rows.length > query.limit && last) {
    const dateKey = [last.articleDate, last.articleId, last.start, last.id];
    nextCursor = encodeKeyset(query.sort, query.sort === "confidence" ? [last.confidence, ...dateKey] : dateKey);
  }
  return { items, nextCursor };
}

/**
 * The articles of a page's claims, each with the part of its text that the sentences come from: up to a little
 * past its last claim on the page. The database counts characters by code point and the offsets are in UTF-16
 * code units, of which a code point takes one or two, so `left(text, n)` always holds the first n code units.
 */
async function articlesAround(
  db: Executor,
  rows: readonly { articleId: string; end: number | null }[],
): Promise<Map<string, { title: string; sourceUrl: string | null; publishedAt: Date | null; text: string }>> {
  const reach = new Map<string, number>();
  for (const row of rows) reach.set(row.articleId, Math.max(reach.get(row.articleId) ?? 0, (row.end ?? 0) + EXCERPT_CONTEXT + 1));
  if (reach.size === 0) return new Map();
  const wanted = JSON.stringify([...reach].map(([id, n]) => ({ id, n })));
  const result = await db
    .select({
      id: articles.id,
      title: articles.title,
      sourceUrl: articles.sourceUrl,
      publishedAt: articles.publishedAt,
      text: sql<string>`left(${articles.text}, w.n)`,
    })
    .from(articles)
    .innerJoin(sql`jsonb_to_recordset(${wanted}::jsonb) as w(id uuid, n int)`, sql`w.id = ${articles.id}`);
  return new Map(result.map(({ id, ...article }) => [id, article]));
}

/** How many of a speaker's claims the filters keep: the "12 of 142 claims" above the list. */
export async function countSpeakerClaims(db: Executor, speakerId: string, filters: SpeakerClaimFilters, reader: Reader): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(claims).where(speakerClaimsWhere(speakerId, filters, reader));
  return Number(row?.n ?? 0);
}

/** An article's title (for naming the article filter), or null when there is no such article. */
export async function articleTitle(db: Executor, articleId: string): Promise<string | null> {
  const [row] = await db.select({ title: articles.title }).from(articles).where(eq(articles.id, articleId));
  return row?.title ?? null;
}
