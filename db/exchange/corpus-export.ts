import { and, asc, count, inArray, sql } from "drizzle-orm";
import { articles, claims, speakerAliases, speakers } from "../schema";
import type { Executor } from "../client";
import { getArticle } from "../articles/articles";
import { exportArticle } from "./export";
import { exportEvents, type ExportProgress } from "./export-events";
import { articleConditions, claimConditions, claimConditionsOnC, whereAll } from "./export-filters";
import { invalid, type Issue } from "../../lib/errors";
import { downloadName, sortSpeakers, type CorpusFilters, type ExportedSpeaker } from "../../lib/export/claimlens-document";
import type { ExportHeader } from "../../lib/export/export-events";
import { hasFilters } from "../../lib/export/export-href";
import { corpusFileName, FORMAT_INFO, type ExportFormat } from "../../lib/export/formats";
import { SERIALIZERS } from "../../lib/export/serializers";
import type { ClaimSet } from "../../lib/model";
import type { Reader } from "../assignments/visibility";

export { EXPORT_BATCH_SIZE, type ExportProgress } from "./export-events";

export interface ExportOptions {
  batchSize?: number;
  /** Called as the export advances, with running counts. */
  onProgress?: (progress: ExportProgress) => void;
  /** The moment the export is dated with (tests pin it). */
  now?: Date;
  /** Who exports: only the claims they may see (db/assignments/visibility.ts). Absent: the system, everything. */
  reader?: Reader;
}

/** An export whose filters were checked and whose speakers were read; its text is produced as it is pulled. */
export interface PreparedExport {
  format: ExportFormat;
  filename: string;
  contentType: string;
  exportedAt: Date;
  /** Claims and articles the export will hold, counted when it was prepared. */
  total: ExportProgress;
  chunks(): AsyncGenerator<string>;
}

/**
 * Prepares an export of the corpus, or of the part the filters select. Everything that can fail because of
 * the request (an unknown article or speaker id) fails here, before the first byte is sent.
 */
export async function prepareCorpusExport(
  db: Executor,
  format: ExportFormat,
  filters: CorpusFilters = {},
  options: ExportOptions = {},
): Promise<PreparedExport> {
  await checkFilterIds(db, filters);
  const exportedAt = options.now ?? new Date();
  // Every format but the lossless one is a list of claims: an article without a selected claim adds nothing.
  const includeEmptyArticles = format === "claimlens" && !hasClaimFilters(filters);
  const reader = options.reader ?? null;
  const [speakerList, total] = await Promise.all([
    exportedSpeakers(db, filters, reader),
    countExport(db, filters, includeEmptyArticles, reader),
  ]);
  const header: ExportHeader = { exportedAt, speakers: speakerList, ...(hasFilters(filters) ? { filters } : {}) };
  return {
    format,
    filename: corpusFileName(format, exportedAt),
    contentType: FORMAT_INFO[format].contentType,
    exportedAt,
    total,
    chunks: () => SERIALIZERS[format](header, exportEvents(db, filters, { ...options, includeEmptyArticles, reader, reviewDrops: format === "claimlens" })),
  };
}

/**
 * Prepares the export of one article in any format. The `claimlens` format is the per-article document;
 * the others are the corpus formats restricted to this article.
 */
export async function prepareArticleExport(
  db: Executor,
  articleId: string,
  format: ExportFormat,
  options: ExportOptions & { set?: ClaimSet } = {},
): Promise<PreparedExport> {
  const article = await getArticle(db, articleId);
  const filename = downloadName(article.title, FORMAT_INFO[format].extension);
  if (format === "claimlens") {
    const document = await exportArticle(db, articleId, options.reader ?? null, options.set);
    return {
      format,
      filename,
      contentType: FORMAT_INFO[format].contentType,
      exportedAt: new Date(document.exportedAt),
      total: { articles: 1, claims: document.claims.length },
      async *chunks() {
        yield `${JSON.stringify(document, null, 2)}\n`;
      },
    };
  }
  const prepared = await prepareCorpusExport(db, format, { articleIds: [articleId], ...(options.set ? { set: options.set } : {}) }, options);
  return { ...prepared, filename };
}

function hasClaimFilters(filters: CorpusFilters): boolean {
  return Boolean(filters.speakerIds || filters.kinds || filters.confidences || filters.set);
}

/** Refuses ids that name nothing: a typo in a filter should not quietly export an empty file. */
async function checkFilterIds(db: Executor, filters: CorpusFilters): Promise<void> {
  const issues: Issue[] = [];
  if (filters.articleIds?.length) {
    const found = new Set((await db.select({ id: articles.id }).from(articles).where(inArray(articles.id, filters.articleIds))).map((r) => r.id));
    for (const id of filters.articleIds) if (!found.has(id)) issues.push({ path: "article", message: `no article has the id ${id}` });
  }
  if (filters.speakerIds?.length) {
    const found = new Set((await db.select({ id: speakers.id }).from(speakers).where(inArray(speakers.id, filters.speakerIds))).map((r) => r.id));
    for (const id of filters.speakerIds) if (!found.has(id)) issues.push({ path: "speaker", message: `no speaker has the id ${id}` });
  }
  if (issues.length > 0) {
    throw invalid(`The export filters name nothing that exists: ${issues.map((i) => i.message).join("; ")}.`, issues);
  }
}
async function countExport(db: Executor, filters: CorpusFilters, includeEmptyArticles: boolean, reader: Reader): Promise<ExportProgress> {
  const [claimCount] = await db
    .select({ n: count() })
    .from(claims)
    .where(and(filters.articleIds ? inArray(claims.articleId, filters.articleIds) : undefined, ...claimConditions(filters, reader)));
  const [articleCount] = await db
    .select({ n: count() })
    .from(articles)
    .where(and(...articleConditions(filters, includeEmptyArticles, reader)));
  return { claims: Number(claimCount?.n ?? 0), articles: Number(articleCount?.n ?? 0) };
}

/** The speakers of the export: every speaker for the whole corpus, else those the selected claims cite. */
async function exportedSpeakers(db: Executor, filters: CorpusFilters, reader: Reader): Promise<ExportedSpeaker[]> {
  const citedIds = sql`(select c.speaker_id from ${claims} c${whereAll([...claimConditionsOnC(filters, reader), sql`c.speaker_id is not null`])})`;
  const filtered = hasFilters(filters);
  const rows = await db
    .select({ id: speakers.id, name: speakers.name, kind: speakers.kind, description: speakers.description })
    .from(speakers)
    .where(filtered ? sql`speakers.id in ${citedIds}` : undefined);
  const aliasRows = await db
    .select({ speakerId: speakerAliases.speakerId, alias: speakerAliases.alias })
    .from(speakerAliases)
    .where(filtered ? sql`speaker_aliases.speaker_id in ${citedIds}` : undefined)
    .orderBy(asc(sql`lower(${speakerAliases.alias})`));
  const aliases = new Map<string, string[]>();
  for (const { speakerId, alias } of aliasRows) {
    const held = aliases.get(speakerId);
    if (held) held.push(alias);
    else aliases.set(speakerId, [alias]);
  }
  return sortSpeakers(rows.map((s) => ({ ...s, aliases: aliases.get(s.id) ?? [] })));
}
