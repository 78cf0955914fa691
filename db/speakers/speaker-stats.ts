import { and, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import { claims } from "../schema";
import type { Executor } from "../client";
import type { SpeakerStatsDto } from "../../lib/speakers/model";
import { assertSpeaker } from "./speaker-claims";
import { claimVisibleTo, type Reader } from "../assignments/visibility";

/** How many of a speaker's cues the cue filter offers, most used first. */
export const CUES_LISTED = 40;

/**
 * The speaker page's overview: claims per day by confidence (for the chart), the cues the speaker's claims
 * carry (for the cue filter) and the number of articles. Each is one pass over an index of the speaker's claims.
 */
export async function speakerStats(db: Executor, speakerId: string, reader: Reader): Promise<SpeakerStatsDto> {
  const mine = and(eq(claims.speakerId, speakerId), claimVisibleTo(reader));
  await assertSpeaker(db, speakerId);
  // Grouped by date, which is cheaper than by formatted text; only the groups are formatted.
  const day = sql`(${claims.articleDate} at time zone 'UTC')::date`;
  const [days, cues, articles] = await Promise.all([
    db
      .select({
        day: sql<string>`(${day})::text`,
        low: sql<number>`count(*) filter (where ${claims.confidence} = 'low')::int`,
        moderate: sql<number>`count(*) filter (where ${claims.confidence} = 'moderate')::int`,
        high: sql<number>`count(*) filter (where ${claims.confidence} = 'high')::int`,
      })
      .from(claims)
      .where(mine)
      .groupBy(day)
      .orderBy(day),
    db
      .select({ cue: sql<string>`${claims.cue}`, count: count() })
      .from(claims)
      .where(and(mine, isNotNull(claims.cue)))
      .groupBy(claims.cue)
      .orderBy(desc(count()), claims.cue)
      .limit(CUES_LISTED),
    // Grouping hashes the article ids; count(distinct) would sort them.
    db.select({ n: count() }).from(db.select({ id: claims.articleId }).from(claims).where(mine).groupBy(claims.articleId).as("a")),
  ]);
  const confidenceCounts = { low: 0, moderate: 0, high: 0 };
  const perDay = days.map((d) => ({ day: d.day, low: Number(d.low), moderate: Number(d.moderate), high: Number(d.high) }));
  for (const d of perDay) {
    confidenceCounts.low += d.low;
    confidenceCounts.moderate += d.moderate;
    confidenceCounts.high += d.high;
  }
  return {
    confidenceCounts,
    days: perDay,
    cues: cues.map((c) => ({ cue: c.cue, count: Number(c.count) })),
    articleCount: Number(articles[0]?.n ?? 0),
  };
}
