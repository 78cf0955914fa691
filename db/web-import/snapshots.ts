import { gunzipSync, gzipSync } from "node:zlib";
import { and, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { importAttempts, pageSnapshots, users } from "../schema";
import type { Executor } from "../client";
import { AppError, invalid } from "../../lib/errors";
import type { Actor } from "../../lib/auth/roles";

/** How long a previewed page is kept for the import to refer to it. */
export const SNAPSHOT_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Web import previews per person: this many within the window (a batch of 50 addresses fits twice). */
export const IMPORT_RATE = { limit: 120, windowMs: 10 * 60 * 1000 } as const;

/**
 * Keeps a page's original HTML, gzip-compressed, for a day: long enough for the analyst to confirm the preview.
 * Expired snapshots that no article claimed are deleted here, lazily, rather than by a scheduled job.
 */
export async function storeSnapshot(db: Executor, page: { url: string | null; html: string; fetchedAt: Date; actor: Actor }): Promise<{ id: string; expiresAt: Date }> {
  await db.delete(pageSnapshots).where(and(isNotNull(pageSnapshots.expiresAt), lt(pageSnapshots.expiresAt, sql`now()`)));
  const expiresAt = new Date(page.fetchedAt.getTime() + SNAPSHOT_LIFETIME_MS);
  const [row] = await db
    .insert(pageSnapshots)
    .values({ url: page.url, html: gzipSync(Buffer.from(page.html, "utf8")), fetchedAt: page.fetchedAt, expiresAt, createdBy: page.actor.userId })
    .returning({ id: pageSnapshots.id });
  if (!row) throw new Error("insert returned no row");
  return { id: row.id, expiresAt };
}

/**
 * Hands a previewed page to the article imported from it, for as long as the article lives; answers when the
 * page was fetched. Only the person who previewed it may, and only while it has not expired or been used.
 */
export async function keepSnapshot(db: Executor, snapshotId: string, articleId: string, actor: Actor | null): Promise<Date> {
  const [row] = await db
    .update(pageSnapshots)
    .set({ articleId, expiresAt: null })
    .where(
      and(
        eq(pageSnapshots.id, snapshotId),
        isNull(pageSnapshots.articleId),
        sql`${pageSnapshots.expiresAt} > now()`,
        actor ? eq(pageSnapshots.createdBy, actor.userId) : undefined,
      ),
    )
    .returning({ fetchedAt: pageSnapshots.fetchedAt });
  if (!row) {
    throw invalid("The previewed page is no longer kept (previews expire after a day, and each is imported once): preview the page again.", [
      { path: "snapshotId", message: "is unknown, expired or already imported" },
    ]);
  }
  return row.fetchedAt;
}

/** A snapshot's original HTML, decompressed (to redo an extraction). */
export async function snapshotHtml(db: Executor, snapshotId: string): Promise<string | null> {
  const [row] = await db.select({ html: pageSnapshots.html }).from(pageSnapshots).where(eq(pageSnapshots.id, snapshotId));
  return row ? gunzipSync(row.html).toString("utf8") : null;
}

/**
 * Counts one web import preview against the person's rate, in the database so that every server sharing it
 * counts the same; refuses (429) past the limit. Attempts older than the window are deleted as it goes.
 */
export async function countImportAttempt(db: Executor, actor: Actor, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - IMPORT_RATE.windowMs);
  // The person's row lock makes two servers counting for the same person take turns.
  await db.transaction(async (tx) => {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.userId)).for("update");
  await tx.delete(importAttempts).where(and(eq(importAttempts.userId, actor.userId), lt(importAttempts.at, since)));
  const [counted] = await tx.select({ n: sql<number>`count(*)::int` }).from(importAttempts).where(eq(importAttempts.userId, actor.userId));
  if (Number(counted?.n ?? 0) >= IMPORT_RATE.limit) {
    throw new AppError(
      "rate_limited",
      `You previewed ${IMPORT_RATE.limit} pages in the last ${IMPORT_RATE.windowMs / 60000} minutes, the most one person may; wait a few minutes and go on.`,
    );
  }
  await tx.insert(importAttempts).values({ userId: actor.userId, at: now });
  });
}
