import { eq, sql } from "drizzle-orm";
import { createArticle } from "../articles/articles";
import { createClaim } from "../claims/claims";
import { createSpeaker } from "./speakers";
import { claims, speakers } from "../schema";
import type { Executor } from "../client";
import type { ArticleDto, ClaimDto, Confidence } from "../../lib/model";
import type { SpeakerCreateInput } from "../../lib/schemas";

/** Test fixtures for the speaker integration tests: articles with dated sentences, and claims on them. */

export const person = (name: string, fields: Partial<SpeakerCreateInput> = {}): SpeakerCreateInput => ({
  name,
  kind: "person",
  description: null,
  aliases: [],
  ...fields,
});

/** An article of `sentences`, published on `day` (YYYY-MM-DD) or undated. */
export function newArticle(db: Executor, title: string, sentences: string[], day: string | null = null): Promise<ArticleDto> {
  return createArticle(db, { title, text: sentences.join(" "), sourceUrl: `https://news.example/${encodeURIComponent(title)}`, publishedAt: day, format: "text" });
}

/** Tags `quote` (its first occurrence at or after `from`) in an article as an attributed claim. */
export function claimOf(
  db: Executor,
  article: ArticleDto,
  quote: string,
  speaker: string,
  fields: { confidence?: Confidence; cue?: string | null; note?: string | null; from?: number } = {},
): Promise<ClaimDto> {
  const start = article.text.indexOf(quote, fields.from ?? 0);
  if (start < 0) throw new Error(`“${quote}” is not in “${article.title}”`);
  return createClaim(db, article.id, {
    start,
    end: start + quote.length,
    kind: "attributed",
    speaker,
    confidence: fields.confidence ?? "high",
    cue: fields.cue ?? null,
    note: fields.note ?? null,
  });
}

export { createSpeaker };

/** Each speaker's counters as kept by the triggers, beside the counts from the claims themselves. */
/**
 * What the triggers on claims keep for each speaker (the counters on speakers, and the overview's counts per day,
 * cue and article), next to the same figures counted from the claims themselves.
 */
export async function countersAndTruth(db: Executor): Promise<{ kept: unknown[]; truth: unknown[] }> {
  const kept = await db
    .select({ id: speakers.id, low: speakers.claimsLow, moderate: speakers.claimsModerate, high: speakers.claimsHigh, latest: speakers.latestClaimAt })
    .from(speakers)
    .orderBy(speakers.id);
  const truth = await db
    .select({
      id: speakers.id,
      low: sql<number>`(select count(*) from ${claims} c where c.speaker_id = speakers.id and c.confidence = 'low')::int`,
      moderate: sql<number>`(select count(*) from ${claims} c where c.speaker_id = speakers.id and c.confidence = 'moderate')::int`,
      high: sql<number>`(select count(*) from ${claims} c where c.speaker_id = speakers.id and c.confidence = 'high')::int`,
      latest: sql<Date | null>`(select max(c.article_date) from ${claims} c where c.speaker_id = speakers.id)`,
    })
    .from(speakers)
    .orderBy(speakers.id);
  const norm = (rows: { id: string; low: number; moderate: number; high: number; latest: Date | string | null }[]) =>
    rows.map((r) => ({ ...r, low: Number(r.low), moderate: Number(r.moderate), high: Number(r.high), latest: r.latest ? new Date(r.latest).toISOString() : null }));
  const overview = await overviewAndTruth(db);
  return { kept: [...norm(kept), ...overview.kept], truth: [...norm(truth), ...overview.truth] };
}

/** The rows of a raw query on either driver (PGlite answers `{rows}`, postgres.js an array). */
async function rowsOf(db: Executor, query: ReturnType<typeof sql>): Promise<unknown[]> {
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? [...result] : (result as { rows: unknown[] }).rows;
}

/** The speaker overview's trigger-kept counts (migration 0009) and the same counted from claims, as text rows. */
async function overviewAndTruth(db: Executor): Promise<{ kept: unknown[]; truth: unknown[] }> {
  const kept = await rowsOf(
    db,
    sql`select 'day' as t, speaker_id::text as s, day::text as k, low || '/' || moderate || '/' || high as n from speaker_claim_days
        union all select 'cue', speaker_id::text, cue, claims::text from speaker_claim_cues
        union all select 'article', speaker_id::text, article_id::text, claims::text from speaker_claim_articles
        order by 1, 2, 3`,
  );
  const truth = await rowsOf(
    db,
    sql`select 'day' as t, speaker_id::text as s, ((article_date at time zone 'UTC')::date)::text as k,
               count(*) filter (where confidence = 'low') || '/' || count(*) filter (where confidence = 'moderate') || '/' || count(*) filter (where confidence = 'high') as n
        from claims where speaker_id is not null group by 2, 3
        union all select 'cue', speaker_id::text, cue, count(*)::text from claims where speaker_id is not null and cue is not null group by 2, 3
        union all select 'article', speaker_id::text, article_id::text, count(*)::text from claims where speaker_id is not null group by 2, 3
        order by 1, 2, 3`,
  );
  return { kept, truth };
}

/** Every claim of a speaker, by id, as stored. */
export async function claimIdsOf(db: Executor, speakerId: string): Promise<string[]> {
  const rows = await db.select({ id: claims.id }).from(claims).where(eq(claims.speakerId, speakerId));
  return rows.map((r) => r.id).sort();
}
