import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { articleRevisions, articles, claims, users } from "../schema";
import { asActor } from "../actor";
import type { Actor } from "../../lib/auth/roles";
import type { Executor } from "../client";
import { claimsInTextOrder } from "../claims/claim-rows";
import { snapshotVisibility, type Reader } from "../assignments/visibility";
import { sha256 } from "./articles";
import { AppError, notFound } from "../../lib/errors";
import { countOutcomes, reanchorAll, type Reanchored, type StoredAnchor } from "../../lib/anchoring";
import { carrySuggestions, suggestionAnchors } from "../../lib/suggestions/reanchor";
import { suggestionAnchorRows, writeSuggestionAnchors } from "../suggestions/reanchor-suggestions";
import type { ClaimDto, ClaimSnapshot, Page, ReanchorReport, RevisionDto, RevisionSummaryDto } from "../../lib/model";
import type { FormattingRange } from "../../lib/extract/formatting";
import { carryFormatting, formattingOf } from "./formatting";

/** Who saved a text and how ("edit", "replace", "import", "restore 3"); both are kept on the revision. */
export interface TextChange {
  /** The canonical text (see `canonicalText`): the caller normalises, this module stores. */
  text: string;
  /** The revision the analyst edited; a save on top of another one is refused. Absent: on top of the latest. */
  baseRevision?: number;
  action: string;
  /** Who saves (null: the system); kept as the revision's author, and as the actor of every claim's re-anchoring. */
  actor: Actor | null;
  /** The new text's formatting, when it comes with one; absent, the old text's is carried over (see carryFormatting). */
  formatting?: FormattingRange[];
}

// Claims per update statement: each claim is one element of a JSON array parameter.
const UPDATE_CHUNK = 1000;

/**
 * Saves a new text for an article and carries every claim over to it, in one transaction: the text before is
 * kept as a revision together with the claims as they were, each claim is re-anchored (see lib/anchoring) and its
 * version bumped, and the report says what became of each. Claims orphaned by an earlier edit get another
 * chance, from the text they were last anchored in. A text equal to the current one stores nothing.
 */
export async function replaceArticleText(db: Executor, articleId: string, change: TextChange): Promise<ReanchorReport> {
  return asActor(db, change.actor, "reanchor", async (tx) => {
    // The row lock makes concurrent saves of one article wait for each other, so each sees the latest revision.
    const [article] = await tx
      .select({ text: articles.text, revision: articles.revision })
      .from(articles)
      .where(eq(articles.id, articleId))
      .for("update");
    if (!article) throw notFound("article", articleId);
    if (change.baseRevision !== undefined && change.baseRevision !== article.revision) {
      throw new AppError(
        "conflict",
        `This article was changed meanwhile: you edited revision ${change.baseRevision}, and revision ${article.revision} is the latest. Reload the article and make your change again.`,
        { currentRevision: article.revision },
      );
    }
    // Re-anchoring moves every claim, whoever may see it.
    const current = await claimsInTextOrder(tx, articleId, null);
    if (change.text === article.text) {
      const results: Reanchored[] = current.map((c) => (c.status === "orphaned" ? { id: c.id, outcome: "orphaned" } : { id: c.id, outcome: "exact", quote: c.quote }));
      return reportOf(article.revision, article.revision, false, current, results);
    }

    // Suggested claims are carried along by the same re-anchoring (one diff for both); see lib/suggestions/reanchor.
    const suggested = await suggestionAnchorRows(tx, articleId);
    const { claims: results, extra } = await reanchor(tx, articleId, article.text, change.text, current, suggestionAnchors(article.text, suggested));
    const revision = article.revision + 1;
    const report = reportOf(revision, article.revision, true, current, results);

    await tx
      .update(articleRevisions)
      .set({ claims: current })
      .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.revision, article.revision)));
    await tx.insert(articleRevisions).values({
      articleId,
      revision,
      text: change.text,
      textSha256: sha256(change.text),
      author: change.actor?.userId ?? null,
      action: change.action,
      report,
    });
    await tx
      .update(articles)
      .set({ text: change.text, textSha256: sha256(change.text), revision, updatedAt: new Date() })
      .where(eq(articles.id, articleId));
    await writeAnchors(tx, revision, current, results);
    await carryFormatting(tx, articleId, article, { revision, text: change.text, formatting: change.formatting });
    await writeSuggestionAnchors(tx, carrySuggestions(suggested, extra, revision));
    return report;
  });
}

/**
 * What a save of `text` would do to the article's claims, computed the way a save computes it and writing
 * nothing: what the dry run of an import reports. Null when there is no such article.
 */
export async function previewArticleText(db: Executor, articleId: string, text: string): Promise<ReanchorReport["counts"] | null> {
  const [article] = await db.select({ text: articles.text }).from(articles).where(eq(articles.id, articleId));
  if (!article) return null;
  const current = await claimsInTextOrder(db, articleId, null);
  if (text === article.text) return countOutcomes(current.map((c) => ({ id: c.id, outcome: c.status === "orphaned" ? "orphaned" : "exact" })));
  return countOutcomes((await reanchor(db, articleId, article.text, text, current)).claims);
}

/** Puts an older text back as a new revision (history only ever grows); the claims follow as for any edit. */
export async function restoreRevision(
  db: Executor,
  articleId: string,
  revision: number,
  options: { baseRevision?: number; actor: Actor | null },
): Promise<ReanchorReport> {
  const [row] = await db
    .select({ text: articleRevisions.text })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.revision, revision)));
  if (!row) throw await missingRevision(db, articleId, revision);
  // The restored text comes back with the formatting it had.
  const formatting = await formattingOf(db, articleId, revision);
  return replaceArticleText(db, articleId, { text: row.text, baseRevision: options.baseRevision, action: `restore ${revision}`, actor: options.actor, formatting });
}

/** An article's revisions, newest first, a page at a time (the cursor is the last revision number seen). */
export async function listRevisions(
  db: Executor,
  articleId: string,
  options: { cursor?: number; limit: number },
): Promise<Page<RevisionSummaryDto>> {
  const current = await currentRevision(db, articleId);
  const rows = await db
    .select({
      revision: articleRevisions.revision,
      textSha256: articleRevisions.textSha256,
      // In characters (code points), as a person counts them.
      length: sql<number>`char_length(${articleRevisions.text})`,
      author: users.name,
      action: articleRevisions.action,
      counts: sql<ReanchorReport["counts"] | null>`${articleRevisions.report} -> 'counts'`,
      createdAt: articleRevisions.createdAt,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.author))
    .where(and(eq(articleRevisions.articleId, articleId), options.cursor !== undefined ? lt(articleRevisions.revision, options.cursor) : undefined))
    .orderBy(desc(articleRevisions.revision))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ ...r, length: Number(r.length), current: r.revision === current, createdAt: r.createdAt.toISOString() })),
    nextCursor: rows.length > options.limit && last ? String(last.revision) : null,
  };
}

/** One revision's text, with the claims as they were while it was the current text. */
async function visibleSnapshots(db: Executor, articleId: string, reader: Reader, stored: ClaimSnapshot[]): Promise<ClaimSnapshot[]> {
  const visible = await snapshotVisibility(db, articleId, reader);
  return visible ? stored.filter(visible) : stored;
}

export async function getRevision(db: Executor, articleId: string, revision: number, reader: Reader): Promise<RevisionDto> {
  const current = await currentRevision(db, articleId);
  const [found] = await db
    .select({ row: articleRevisions, authorName: users.name })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.author))
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.revision, revision)));
  if (!found) throw await missingRevision(db, articleId, revision);
  const { row } = found;
  const isCurrent = row.revision === current;
  return {
    revision: row.revision,
    textSha256: row.textSha256,
    length: [...row.text].length,
    author: found.authorName,
    action: row.action,
    current: isCurrent,
    counts: row.report?.counts ?? null,
    createdAt: row.createdAt.toISOString(),
    text: row.text,
    claims: isCurrent ? await claimsInTextOrder(db, articleId, reader) : await visibleSnapshots(db, articleId, reader, row.claims ?? []),
  };
}

async function currentRevision(db: Executor, articleId: string): Promise<number> {
  const [row] = await db.select({ revision: articles.revision }).from(articles).where(eq(articles.id, articleId));
  if (!row) throw notFound("article", articleId);
  return row.revision;
}

async function missingRevision(db: Executor, articleId: string, revision: number): Promise<AppError> {
  const latest = await currentRevision(db, articleId);
  return new AppError("not_found", `This article has no revision ${revision}; its revisions are 1 to ${latest}.`);
}

/**
 * Re-anchors anchored claims through the edit, and orphaned ones from the text of the revision they were last
 * anchored in (their offsets there are in that revision's snapshot), so that undoing an edit brings them back.
 * `extra` anchors (the suggestions') go through the same diff; their results come back by id.
 */
async function reanchor(
  db: Executor,
  articleId: string,
  oldText: string,
  newText: string,
  current: ClaimDto[],
  extra: readonly StoredAnchor[] = [],
): Promise<{ claims: Reanchored[]; extra: Map<string, Reanchored> }> {
  const anchored = current.flatMap((c) => (c.start !== null && c.end !== null ? [{ ...c, start: c.start, end: c.end }] : []));
  const all = reanchorAll(oldText, newText, [...anchored, ...extra]);
  const byId = new Map<string, Reanchored>(all.slice(0, anchored.length).map((r) => [r.id, r]));
  const extraById = new Map<string, Reanchored>(all.slice(anchored.length).map((r) => [r.id, r]));

  const orphans = current.filter((c) => c.status === "orphaned");
  const revisions = [...new Set(orphans.map((c) => c.revision))];
  if (revisions.length > 0) {
    const rows = await db
      .select({ revision: articleRevisions.revision, text: articleRevisions.text, claims: articleRevisions.claims })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), inArray(articleRevisions.revision, revisions)));
    for (const row of rows) {
      const wanted = new Set(orphans.filter((c) => c.revision === row.revision).map((c) => c.id));
      const anchors: StoredAnchor[] = (row.claims ?? []).flatMap((c) =>
        wanted.has(c.id) && c.start !== null && c.end !== null ? [{ id: c.id, start: c.start, end: c.end, quote: c.quote, prefix: c.prefix, suffix: c.suffix }] : [],
      );
      for (const r of reanchorAll(row.text, newText, anchors)) byId.set(r.id, r.outcome === "exact" ? { ...r, outcome: "moved" } : r);
    }
  }
  return { claims: current.map((c) => byId.get(c.id) ?? { id: c.id, outcome: "orphaned" }), extra: extraById };
}

function reportOf(revision: number, previousRevision: number, changed: boolean, current: ClaimDto[], results: Reanchored[]): ReanchorReport {
  const quotes = new Map(current.map((c) => [c.id, c.quote]));
  return {
    revision,
    previousRevision,
    changed,
    counts: countOutcomes(results),
    claims: results.map((r) => ({
      id: r.id,
      outcome: r.outcome,
      ...(r.outcome === "fuzzy" && r.score !== undefined ? { score: r.score } : {}),
      oldQuote: quotes.get(r.id) ?? "",
      ...(r.quote !== undefined ? { newQuote: r.quote } : {}),
    })),
  };
}

/** Writes every claim's new anchor with one statement per chunk; each claim's version goes up by one. */
async function writeAnchors(db: Executor, revision: number, current: ClaimDto[], results: Reanchored[]): Promise<void> {
  const before = new Map(current.map((c) => [c.id, c]));
  const rows = results.map((r) => {
    const claim = before.get(r.id);
    if (!claim) throw new Error(`re-anchored an unknown claim ${r.id}`);
    const placed = r.outcome !== "orphaned" && r.start !== undefined && r.end !== undefined;
    const fuzzy =
      r.outcome === "fuzzy" ? { score: r.score ?? 0, oldQuote: claim.fuzzy?.oldQuote ?? claim.quote } : placed ? claim.fuzzy : null;
    return {
      id: r.id,
      status: placed ? "anchored" : "orphaned",
      start: placed ? r.start : null,
      end: placed ? r.end : null,
      quote: placed ? (r.quote ?? claim.quote) : claim.quote,
      prefix: placed ? (r.prefix ?? "") : claim.prefix,
      suffix: placed ? (r.suffix ?? "") : claim.suffix,
      // Orphans keep the revision whose text their old offsets belong to, so they can be looked for again.
      revision: placed ? revision : claim.revision,
      fuzzy_score: fuzzy?.score ?? null,
      fuzzy_old_quote: fuzzy?.oldQuote ?? null,
    };
  });
  for (let i = 0; i < rows.length; i += UPDATE_CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + UPDATE_CHUNK));
    await db.execute(sql`
      update ${claims} set
        status = v.status::claim_status, start = v.start, "end" = v."end", quote = v.quote, prefix = v.prefix,
        suffix = v.suffix, revision = v.revision, fuzzy_score = v.fuzzy_score, fuzzy_old_quote = v.fuzzy_old_quote,
        version = ${claims.version} + 1, updated_at = now()
      from jsonb_to_recordset(${chunk}::jsonb) as v(
        id uuid, status text, start int, "end" int, quote text, prefix text, suffix text, revision int,
        fuzzy_score real, fuzzy_old_quote text)
      where ${claims.id} = v.id`);
  }
}
