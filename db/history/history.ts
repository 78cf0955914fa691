import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { articleRevisions, articles, claims, history, speakers, users } from "../schema";
import { assertArticle } from "../articles/articles";
import type { Executor } from "../client";
import { actorOf, asAction, selectHistory, type HistoryRow } from "./history-rows";
import { asActor } from "../actor";
import { assertMayChange, getClaim } from "../claims/claims";
import { AppError, forbidden, invalid, notFound } from "../../lib/errors";
import { HIDDEN_CLAIM_MESSAGE, historyVisibleTo, type Reader } from "../assignments/visibility";
import { refuseIfSubmitted } from "../assignments/frozen";
import { reacceptSuggestionsOfClaim } from "../suggestions/claimed";
import { reanchorAll } from "../../lib/anchoring";
import { quoteWithContext } from "../../lib/claims/context";
import { CLAIM_KINDS, CLAIM_SETS, CLAIM_STATUSES, CONFIDENCE_LEVELS } from "../../lib/model";
import type { ActivityEntryDto, ClaimDto, ClaimHistoryEntryDto, ClaimStateDto, Page } from "../../lib/model";
import type { Actor } from "../../lib/auth/roles";

/** A claim row as the history triggers stored it (`to_jsonb` of the row: snake_case columns). */
const storedClaim = z.object({
  id: z.string(),
  article_id: z.string(),
  start: z.number().nullable(),
  end: z.number().nullable(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  kind: z.enum(CLAIM_KINDS),
  speaker_id: z.string().nullable(),
  cue: z.string().nullable(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  note: z.string().nullable(),
  version: z.number(),
  status: z.enum(CLAIM_STATUSES).catch("anchored"),
  revision: z.number().catch(1),
  created_by: z.string().nullable().catch(null),
  created_at: z.string(),
  claim_set: z.enum(CLAIM_SETS).catch("analyst"),
  reviewed_by: z.string().nullable().catch(null),
  reviewed_at: z.string().nullable().catch(null),
});
type StoredClaim = z.infer<typeof storedClaim>;

const parseStored = (value: unknown): StoredClaim | null => {
  const parsed = storedClaim.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** Turns history rows into entries: speaker names looked up once for the page, and whether deletions can be undone. */
async function toEntries(db: Executor, rows: HistoryRow[]): Promise<ClaimHistoryEntryDto[]> {
  const states = rows.map((r) => ({ before: parseStored(r.before), after: parseStored(r.after) }));
  const speakerIds = [...new Set(states.flatMap((s) => [s.before?.speaker_id, s.after?.speaker_id]).filter((id): id is string => Boolean(id)))];
  const names = new Map<string, string>();
  if (speakerIds.length > 0) {
    for (const s of await db.select({ id: speakers.id, name: speakers.name }).from(speakers).where(inArray(speakers.id, speakerIds))) names.set(s.id, s.name);
  }
  const deletedIds = [...new Set(rows.filter((r) => r.action === "delete").map((r) => r.entityId))];
  const existing = new Set<string>();
  if (deletedIds.length > 0) {
    for (const c of await db.select({ id: claims.id }).from(claims).where(inArray(claims.id, deletedIds))) existing.add(c.id);
  }
  const state = (s: StoredClaim | null): ClaimStateDto | null =>
    s && {
      start: s.start,
      end: s.end,
      quote: s.quote,
      kind: s.kind,
      speaker: s.speaker_id ? { id: s.speaker_id, name: names.get(s.speaker_id) ?? "a deleted speaker" } : null,
      cue: s.cue,
      confidence: s.confidence,
      note: s.note,
      status: s.status,
      version: s.version,
    };
  return rows.map((row, i) => ({
    id: row.id,
    claimId: row.entityId,
    articleId: row.articleId ?? "",
    action: asAction(row.action),
    actor: actorOf(row),
    at: row.createdAt.toISOString(),
    before: state(states[i]?.before ?? null),
    after: state(states[i]?.after ?? null),
    restorable: row.action === "delete" && !existing.has(row.entityId),
  }));
}

/** The history rows `reader` may see (db/assignments/visibility.ts). */
const visibleHistory = (reader: Reader) =>
  historyVisibleTo(reader, { entity: sql`${history.entity}`, articleId: sql`${history.articleId}`, actorId: sql`${history.actorId}` });

/** Every change to one claim, newest first (also once it is deleted); 403 while it is hidden from `reader`. */
export async function listClaimHistory(db: Executor, claimId: string, reader: Reader): Promise<ClaimHistoryEntryDto[]> {
  const rows = await selectHistory(db)
    .where(and(eq(history.entity, "claim"), eq(history.entityId, claimId), visibleHistory(reader)))
    .orderBy(desc(history.id))
    .limit(500);
  if (rows.length === 0) {
    const [any] = await db.select({ id: history.id }).from(history).where(and(eq(history.entity, "claim"), eq(history.entityId, claimId))).limit(1);
    if (any) throw forbidden(HIDDEN_CLAIM_MESSAGE);
    throw notFound("claim", claimId);
  }
  return toEntries(db, rows);
}

/** The claim changes of one article, newest first, a page at a time (the cursor is the last entry's id). */
export async function listArticleHistory(db: Executor, articleId: string, reader: Reader, options: { cursor?: number; limit: number }): Promise<Page<ClaimHistoryEntryDto>> {
  await assertArticle(db, articleId);
  const rows = await selectHistory(db)
    .where(and(eq(history.articleId, articleId), eq(history.entity, "claim"), visibleHistory(reader), options.cursor !== undefined ? lt(history.id, options.cursor) : undefined))
    .orderBy(desc(history.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return { items: await toEntries(db, page), nextCursor: rows.length > options.limit && last ? String(last.id) : null };
}

/**
 * The team's claim changes across every article, newest first, a page at a time (the cursor is the last entry's
 * id); with `actorId`, only that person's. Each entry names its article, whose title is null once it is deleted.
 */
export async function listActivity(db: Executor, reader: Reader, options: { actorId?: string; cursor?: number; limit: number }): Promise<Page<ActivityEntryDto>> {
  // No index of its own. Everyone's changes are the primary key read backwards, skipping speaker and article
  // rows, which are few beside claim rows (with 5,000 speaker rows on top of 300,000, a page took 2 ms); one
  // person's are history_actor_idx (actor_id, id desc). Another index would slow every claim write, and a text
  // edit writes one history row per claim it re-anchors.
  const rows = await selectHistory(db)
    .where(
      and(
        eq(history.entity, "claim"),
        visibleHistory(reader),
        options.actorId !== undefined ? eq(history.actorId, options.actorId) : undefined,
        options.cursor !== undefined ? lt(history.id, options.cursor) : undefined,
      ),
    )
    .orderBy(desc(history.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  const entries = await toEntries(db, page);
  const titles = await articleTitles(db, entries.map((e) => e.articleId));
  return {
    items: entries.map((entry) => ({ ...entry, articleTitle: titles.get(entry.articleId) ?? null })),
    nextCursor: rows.length > options.limit && last ? String(last.id) : null,
  };
}

/** Rows per query when the whole activity is exported: memory stays flat however long the history is. */
const EXPORT_PAGE = 500;

/**
 * The whole activity (or one person's), newest first, for the JSON Lines export: one line per change, read a page
 * at a time. Changes made while the export runs are newer than its first page, so none is repeated or skipped.
 */
export async function* activityLines(db: Executor, reader: Reader, options: { actorId?: string }): AsyncGenerator<string> {
  let cursor: number | undefined;
  do {
    const page = await listActivity(db, reader, { ...options, ...(cursor !== undefined ? { cursor } : {}), limit: EXPORT_PAGE });
    for (const entry of page.items) yield `${JSON.stringify(entry)}\n`;
    cursor = page.nextCursor === null ? undefined : Number(page.nextCursor);
  } while (cursor !== undefined);
}

/** The titles of the articles that still exist among `ids`, looked up once for a page. */
async function articleTitles(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: articles.id, title: articles.title }).from(articles).where(inArray(articles.id, unique));
  return new Map(rows.map((r) => [r.id, r.title]));
}

/**
 * Brings a deleted claim back, with its id, as it was before its latest deletion (or the deletion `historyId`
 * names). Its author stays who tagged it. If the article's text changed since, the claim is re-anchored from the
 * text it was anchored in, and is an orphan if its words are gone.
 */
export async function restoreClaim(db: Executor, claimId: string, actor: Actor | null, historyId?: number): Promise<ClaimDto> {
  return asActor(db, actor, "restore", async (tx) => {
    const [exists] = await tx.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId));
    if (exists) throw new AppError("conflict", "This claim is not deleted: there is nothing to restore.");
    const [entry] = await tx
      .select({ before: history.before })
      .from(history)
      .where(and(eq(history.entity, "claim"), eq(history.entityId, claimId), eq(history.action, "delete"), historyId !== undefined ? eq(history.id, historyId) : undefined))
      .orderBy(desc(history.id))
      .limit(1);
    const before = parseStored(entry?.before);
    if (!entry || !before) throw notFound("deleted claim", claimId);

    const [author] = before.created_by ? await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, before.created_by)) : [];
    assertMayChange(actor, { createdBy: author ?? null }, "restore");
    if (before.claim_set === "analyst") await refuseIfSubmitted(tx, before.article_id, before.created_by, actor);
    const [article] = await tx.select({ text: articles.text, revision: articles.revision }).from(articles).where(eq(articles.id, before.article_id));
    if (!article) throw new AppError("conflict", "This claim's article was deleted, so the claim cannot come back.");
    if (before.speaker_id) {
      const [speaker] = await tx.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, before.speaker_id));
      if (!speaker) throw invalid("This claim's speaker was deleted since. Recreate the speaker, or tag the words again.");
    }

    const anchor = await placeAgain(tx, before, article);
    await tx.insert(claims).values({
      id: before.id,
      articleId: before.article_id,
      kind: before.kind,
      speakerId: before.speaker_id,
      cue: before.cue,
      confidence: before.confidence,
      note: before.note,
      version: before.version + 1,
      createdBy: before.created_by,
      createdAt: new Date(before.created_at),
      // A reviewed claim comes back reviewed; its links to the analysts' claims went with it.
      claimSet: before.claim_set,
      reviewedBy: before.reviewed_by,
      reviewedAt: before.reviewed_at ? new Date(before.reviewed_at) : null,
      ...anchor,
    });
    await reacceptSuggestionsOfClaim(tx, { id: claimId, articleId: before.article_id, kind: before.kind, start: anchor.start, end: anchor.end }, before.created_by);
    return getClaim(tx, claimId, actor);
  });
}

/** Where a restored claim goes in the current text: where it was, or found again, or nowhere (an orphan). */
async function placeAgain(tx: Executor, before: StoredClaim, article: { text: string; revision: number }) {
  const orphan = { start: null, end: null, quote: before.quote, prefix: before.prefix, suffix: before.suffix, status: "orphaned" as const, revision: before.revision };
  if (before.start === null || before.end === null) return orphan;
  if (before.revision === article.revision && article.text.slice(before.start, before.end) === before.quote) {
    return { start: before.start, end: before.end, quote: before.quote, prefix: before.prefix, suffix: before.suffix, status: "anchored" as const, revision: article.revision };
  }
  const [old] = await tx
    .select({ text: articleRevisions.text })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, before.article_id), eq(articleRevisions.revision, before.revision)));
  if (!old) return orphan;
  const [found] = reanchorAll(old.text, article.text, [{ id: before.id, start: before.start, end: before.end, quote: before.quote, prefix: before.prefix, suffix: before.suffix }]);
  if (!found || found.outcome === "orphaned" || found.start === undefined || found.end === undefined) return orphan;
  const span = { start: found.start, end: found.end };
  return { ...span, ...quoteWithContext(article.text, span), status: "anchored" as const, revision: article.revision };
}
