import { and, asc, eq, gt, inArray, sql, type SQL } from "drizzle-orm";
import { articleFormatting, articles, claims } from "../schema";
import { sortFormatting, type FormattingRange } from "../../lib/extract/formatting";
import { toFormattingRange } from "../articles/formatting";
import type { Executor } from "../client";
import { selectClaims, toClaimDto, type ClaimRow } from "../claims/claim-rows";
import { articleConditions, claimConditions, claimConditionsOnC, whereAll } from "./export-filters";
import type { ClaimDto } from "../../lib/model";
import type { CorpusFilters, ExportedArticle } from "../../lib/export/claimlens-document";
import type { ExportEvent } from "../../lib/export/export-events";
import type { Reader } from "../assignments/visibility";
import { exportedReviewDrops } from "./review-drops";

/** How many rows one query reads: articles per page, and (about) claims per query. */
export const EXPORT_BATCH_SIZE = 500;
// Article texts read by one query, at most (one longer article is still read alone).
const TEXT_BYTES_PER_QUERY = 8 * 1024 * 1024;

export interface ExportProgress {
  articles: number;
  claims: number;
}

export interface ExportEventOptions {
  batchSize?: number;
  /** Called as the export advances, with running counts. */
  onProgress?: (progress: ExportProgress) => void;
  /** Whether articles without a selected claim are exported too (only the lossless format wants them). */
  includeEmptyArticles: boolean;
  /** Who exports: only the claims they may see (null: the system, everything). */
  reader: Reader;
  /** Whether each article's end carries the review drops of its exported claims (only the lossless format wants them). */
  reviewDrops?: boolean;
}

interface ArticleMeta extends Omit<ExportedArticle, "text"> {
  textBytes: number;
  claimCount: number;
}

/**
 * The export as events, read in batches with keyset pagination so memory stays flat however large the
 * corpus: a page of article descriptions (by id), then, for runs of consecutive articles holding about one
 * batch of claims and a few megabytes of text between them, one query for their texts and one (or, for an
 * article with very many claims, several) for their claims in text order.
 */
export async function* exportEvents(
  db: Executor,
  filters: CorpusFilters,
  options: ExportEventOptions,
): AsyncGenerator<ExportEvent> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const progress: ExportProgress = { articles: 0, claims: 0 };
  const claimCount = sql<number>`(select count(*) from ${claims} c${whereAll([sql`c.article_id = articles.id`, ...claimConditionsOnC(filters, options.reader)])})::int`;
  let after: string | undefined;
  for (;;) {
    const page: ArticleMeta[] = (
      await db
        .select({
          id: articles.id,
          title: articles.title,
          sourceUrl: articles.sourceUrl,
          publishedAt: articles.publishedAt,
          textSha256: articles.textSha256,
          revision: articles.revision,
          createdAt: articles.createdAt,
          updatedAt: articles.updatedAt,
          textBytes: sql<number>`octet_length(${articles.text})`,
          claimCount,
        })
        .from(articles)
        .where(and(after ? gt(articles.id, after) : undefined, ...articleConditions(filters, options.includeEmptyArticles, options.reader)))
        .orderBy(asc(articles.id))
        .limit(batchSize)
    ).map((r) => ({
      ...r,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      textBytes: Number(r.textBytes),
      claimCount: Number(r.claimCount),
    }));
    for (const group of groupArticles(page, batchSize)) {
      for await (const event of groupEvents(db, group, filters, batchSize, options.reader, options.reviewDrops ?? false)) {
        if (event.type === "article") progress.articles++;
        if (event.type === "claims") progress.claims += event.claims.length;
        yield event;
        if (event.type !== "article") options.onProgress?.({ ...progress });
      }
    }
    const last = page[page.length - 1];
    if (!last || page.length < batchSize) return;
    after = last.id;
  }
}

/**
 * The claims after `cursor` in export order: by article, then text order, with orphaned claims (no offsets)
 * last, in age order, as `listClaims` has them. A row comparison with a null is null, so orphans get their own
 * condition rather than a place in the tuple.
 */
function after(cursor: ClaimRow): SQL {
  const article = sql`${cursor.articleId}::uuid`;
  const age = sql`(${claims.createdAt}, ${claims.id}) > (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`;
  if (cursor.start === null || cursor.end === null) {
    return sql`(${claims.articleId} > ${article} or (${claims.articleId} = ${article} and ${claims.start} is null and ${age}))`;
  }
  return sql`(${claims.articleId} > ${article} or (${claims.articleId} = ${article} and (${claims.start} is null or (${claims.start}, ${claims.end}, ${claims.createdAt}, ${claims.id}) > (${cursor.start}, ${cursor.end}, ${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id}::uuid))))`;
}

/** Consecutive articles holding about `batchSize` claims and a few megabytes of text between them. */
function groupArticles(page: ArticleMeta[], batchSize: number): ArticleMeta[][] {
  const groups: ArticleMeta[][] = [];
  let current: ArticleMeta[] = [];
  let claimsIn = 0;
  let bytesIn = 0;
  for (const article of page) {
    if (current.length > 0 && (claimsIn + article.claimCount > batchSize || bytesIn + article.textBytes > TEXT_BYTES_PER_QUERY)) {
      groups.push(current);
      current = [];
      claimsIn = 0;
      bytesIn = 0;
    }
    current.push(article);
    claimsIn += article.claimCount;
    bytesIn += article.textBytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The events of a group of articles: their texts in one query, their claims a batch at a time. */
async function* groupEvents(db: Executor, group: ArticleMeta[], filters: CorpusFilters, batchSize: number, reader: Reader, withDrops: boolean): AsyncGenerator<ExportEvent> {
  const ids = group.map((a) => a.id);
  const drops = withDrops ? await exportedReviewDrops(db, ids, filters, reader) : null;
  const end = (articleId: string): ExportEvent => {
    const reviewDrops = drops?.get(articleId);
    return reviewDrops ? { type: "end-article", reviewDrops } : { type: "end-article" };
  };
  const position = new Map(ids.map((id, i) => [id, i]));
  const texts = new Map(
    (await db.select({ id: articles.id, text: articles.text }).from(articles).where(inArray(articles.id, ids))).map((r) => [r.id, r.text]),
  );
  const formatting = await currentFormatting(db, ids);
  let next = 0; // the next article of the group to open
  let open: string | undefined;
  // Closes the open article and opens every article up to the one at `last`, in the group's order.
  function* advanceTo(last: number): Generator<ExportEvent> {
    while (next <= last) {
      if (open !== undefined) yield end(open);
      open = undefined;
      const { textBytes: _bytes, claimCount: _count, ...fields } = group[next++] as ArticleMeta;
      // An article deleted since its page was read has no text any more: it is left out.
      const text = texts.get(fields.id);
      if (text === undefined) continue;
      open = fields.id;
      const ranges = formatting.get(fields.id);
      yield { type: "article", article: { ...fields, text, ...(ranges ? { formatting: sortFormatting(ranges) } : {}) } };
    }
  }

  let cursor: ClaimRow | undefined;
  let more = group.some((a) => a.claimCount > 0);
  while (more) {
    const rows = await selectClaims(db)
      .where(
        and(
          inArray(claims.articleId, ids),
          ...claimConditions(filters, reader),
          cursor ? after(cursor) : undefined,
        ),
      )
      .orderBy(asc(claims.articleId), asc(claims.start), asc(claims.end), asc(claims.createdAt), asc(claims.id))
      .limit(batchSize);
    let run: ClaimDto[] = [];
    for (const row of rows) {
      if (row.articleId !== open) {
        if (run.length > 0) yield { type: "claims", claims: run };
        run = [];
        const at = position.get(row.articleId);
        if (at === undefined || !texts.has(row.articleId)) continue;
        yield* advanceTo(at);
      }
      run.push(toClaimDto(row));
    }
    if (run.length > 0) yield { type: "claims", claims: run };
    cursor = rows[rows.length - 1];
    // Claims added since the page was counted only mean one more query: paging goes on until a short page.
    more = rows.length === batchSize;
  }
  yield* advanceTo(group.length - 1);
  if (open !== undefined) yield end(open);
}


/** The current text's formatting of each of these articles that has some. */
async function currentFormatting(db: Executor, ids: string[]): Promise<Map<string, FormattingRange[]>> {
  const rows = await db
    .select({ f: articleFormatting })
    .from(articleFormatting)
    .innerJoin(articles, and(eq(articles.id, articleFormatting.articleId), eq(articles.revision, articleFormatting.revision)))
    .where(inArray(articleFormatting.articleId, ids));
  const out = new Map<string, FormattingRange[]>();
  for (const { f } of rows) {
    const list = out.get(f.articleId) ?? [];
    list.push(toFormattingRange(f));
    out.set(f.articleId, list);
  }
  return out;
}
