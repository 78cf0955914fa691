import { createHash } from "node:crypto";
import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import { articleRevisions, articles, claims, suggestions } from "../schema";
import { CLAIMS_AS_C, claimVisibleTo, suggestionVisibleTo, type Reader } from "../assignments/visibility";
import type { Article } from "../schema";
import type { Executor } from "../client";
import { AppError, invalid, notFound } from "../../lib/errors";
import { MAX_ARTICLE_BYTES, type ArticleDto, type ArticleSummaryDto, type Page } from "../../lib/model";
import { deriveTitle, normaliseText } from "../../lib/text/normalise";
import { markdownToText } from "../../lib/text/markdown";
import type { ArticleCreateInput } from "../../lib/schemas";
import { decodeCursor, encodeCursor } from "../cursor";
import { checkedFormatting, formattingOf, insertFormatting } from "./formatting";
import { keepSnapshot } from "../web-import/snapshots";
import type { FormattingRange } from "../../lib/extract/formatting";
import { markdownFormatting } from "../../lib/extract/markdown-formatting";
import type { Actor } from "../../lib/auth/roles";

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The article as the API answers it; `formatting` is the current revision's (see formattingOf). */
export function toArticleDto(row: Article, formatting: FormattingRange[] = []): ArticleDto {
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    textSha256: row.textSha256,
    sourceUrl: row.sourceUrl,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    byline: row.byline,
    siteName: row.siteName,
    modifiedAt: row.modifiedAt?.toISOString() ?? null,
    language: row.language,
    canonicalUrl: row.canonicalUrl,
    fetchedAt: row.fetchedAt?.toISOString() ?? null,
    formatting,
  };
}

/** The canonical text of an import, or an error saying why it cannot be one. */
export function canonicalText(input: Pick<ArticleCreateInput, "text" | "format">): string {
  const text = normaliseText(input.format === "markdown" ? markdownToText(input.text) : input.text);
  if (text === "") throw invalid("The article has no text: paste or upload the article's words.", [{ path: "text", message: "is empty" }]);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new AppError("too_large", `The article's text is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.`);
  }
  return text;
}

/**
 * Imports an article: normalises its text once, and that text (revision 1) is what every offset refers to until
 * an analyst edits it.
 */
/** An import's fields: today's (title, text, source, date, format) and, optionally, a confirmed web preview's. */
export type NewArticleInput = Pick<ArticleCreateInput, "title" | "text" | "sourceUrl" | "publishedAt" | "format"> &
  Partial<Omit<ArticleCreateInput, "title" | "text" | "sourceUrl" | "publishedAt" | "format">>;

/**
 * The canonical text of an import or a replacement and its formatting: the formatting given (checked against
 * the text), or for Markdown the structure its markup had; undefined for plain text with none given.
 */
export function canonicalArticle(input: Pick<ArticleCreateInput, "text" | "format"> & { formatting?: FormattingRange[] }): { text: string; formatting: FormattingRange[] | undefined } {
  const text = canonicalText(input);
  if (input.formatting) return { text, formatting: checkedFormatting(text, input.formatting) };
  return { text, formatting: input.format === "markdown" ? markdownFormatting(input.text, text) : undefined };
}

export async function createArticle(db: Executor, input: NewArticleInput, actor?: Actor | null): Promise<ArticleDto> {
  const { text, formatting: given } = canonicalArticle(input);
  const formatting = given ?? [];
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(articles)
      .values({
        title: input.title ?? deriveTitle(text),
        text,
        textSha256: sha256(text),
        sourceUrl: input.sourceUrl,
        publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
        byline: input.byline ?? null,
        siteName: input.siteName ?? null,
        modifiedAt: input.modifiedAt ? new Date(input.modifiedAt) : null,
        language: input.language ?? null,
        canonicalUrl: input.canonicalUrl ?? null,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await tx.insert(articleRevisions).values(firstRevision(row));
    await insertFormatting(tx, row.id, 1, formatting);
    if (!input.snapshotId) return toArticleDto(row, formatting);
    // The page the text was extracted from is kept with the article; its fetch time is the article's.
    const fetchedAt = await keepSnapshot(tx, input.snapshotId, row.id, actor ?? null);
    const [updated] = await tx.update(articles).set({ fetchedAt }).where(eq(articles.id, row.id)).returning();
    return toArticleDto(updated ?? row, formatting);
  });
}

/** The revision row of an article's first text. */
export function firstRevision(row: Pick<Article, "id" | "text" | "textSha256" | "createdAt">) {
  return { articleId: row.id, revision: 1, text: row.text, textSha256: row.textSha256, action: "import", createdAt: row.createdAt };
}

/** Throws the 404 of an unknown article; reads nothing else (not the text: it may be megabytes). */
export async function assertArticle(db: Executor, articleId: string): Promise<void> {
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId));
  if (!row) throw notFound("article", articleId);
}

/** An article's heading and the first characters of its text: what a page shows before the text arrives. */
export type ArticleOpening = Pick<ArticleDto, "id" | "title" | "sourceUrl" | "publishedAt" | "revision"> & { opening: string };

/**
 * The article's heading and its text's first `characters` characters (code points, so never half a character),
 * without reading the rest of the text: the workspace's page needs the first screen only, and reading a
 * 667,000-character text there held up the page while its claims were being read too.
 */
export async function getArticleOpening(db: Executor, id: string, characters: number): Promise<ArticleOpening> {
  const [row] = await db
    .select({
      id: articles.id,
      title: articles.title,
      sourceUrl: articles.sourceUrl,
      publishedAt: articles.publishedAt,
      revision: articles.revision,
      opening: sql<string>`substr(${articles.text}, 1, ${Math.max(0, Math.floor(characters))}::int)`,
    })
    .from(articles)
    .where(eq(articles.id, id));
  if (!row) throw notFound("article", id);
  return { ...row, publishedAt: row.publishedAt?.toISOString() ?? null };
}

export async function getArticle(db: Executor, id: string): Promise<ArticleDto> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  if (!row) throw notFound("article", id);
  return toArticleDto(row, await formattingOf(db, id, row.revision));
}

/** The article library, newest first, a page at a time (cursor: the last row's creation time and id). */
export async function listArticles(db: Executor, reader: Reader, options: { cursor?: string; limit: number }): Promise<Page<ArticleSummaryDto>> {
  const after = options.cursor ? decodeCursor(options.cursor) : undefined;
  // The counts are of the claims the reader may see: an assignee's progress does not show in the library.
  const visible = claimVisibleTo(reader, CLAIMS_AS_C);
  const also = visible ? sql` and ${visible}` : sql``;
  const claimCount = sql<number>`(select count(*) from ${claims} c where c.article_id = articles.id${also})::int`;
  const orphanCount = sql<number>`(select count(*) from ${claims} c where c.article_id = articles.id and c.status = 'orphaned'${also})::int`;
  // Of the queue the reader works on: an assignee's own while the article is assigned to them, else the shared one.
  const pendingSuggestions = sql<number>`(select count(*) from ${suggestions} s where s.article_id = articles.id and s.status = 'pending' and ${suggestionVisibleTo(reader, sql`articles.id`)})::int`;
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      sourceUrl: articles.sourceUrl,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      claimCount,
      orphanCount,
      pendingSuggestions,
    })
    .from(articles)
    .where(
      after
        ? or(lt(articles.createdAt, after.at), and(eq(articles.createdAt, after.at), lt(articles.id, after.id)))
        : undefined,
    )
    .orderBy(desc(articles.createdAt), desc(articles.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      title: r.title,
      sourceUrl: r.sourceUrl,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      claimCount: Number(r.claimCount),
      orphanCount: Number(r.orphanCount),
      pendingSuggestions: Number(r.pendingSuggestions),
    })),
    nextCursor: rows.length > options.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

/** Deletes an article and, with it, its claims. */
export async function deleteArticle(db: Executor, id: string): Promise<void> {
  const deleted = await db.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id });
  if (deleted.length === 0) throw notFound("article", id);
}
