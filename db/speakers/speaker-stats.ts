import { asc, count, desc, eq } from "drizzle-orm";
import { speakerClaimArticles, speakerClaimCues, speakerClaimDays } from "../schema";
import type { Executor } from "../client";
import type { SpeakerStatsDto } from "../../lib/speakers/model";
import { assertSpeaker } from "./speaker-claims";
import { statsWithoutHiddenClaims } from "./hidden-claims";
import type { Reader } from "../assignments/visibility";

/** How many of a speaker's cues the cue filter offers, most used first. */
export const CUES_LISTED = 40;

/**
 * The speaker page's overview: claims per day by confidence (for the chart), the cues the speaker's claims
 * carry (for the cue filter) and the number of articles. Read from the counts that triggers on claims keep
 * (migration 0009), so the cost follows the number of days and articles, not of claims.
 */
export async function speakerStats(db: Executor, speakerId: string, reader: Reader = null): Promise<SpeakerStatsDto> {
  await assertSpeaker(db, speakerId);
  const [days, cues, articles] = await Promise.all([
    db
      .select({ day: speakerClaimDays.day, low: speakerClaimDays.low, moderate: speakerClaimDays.moderate, high: speakerClaimDays.high })
      .from(speakerClaimDays)
      .where(eq(speakerClaimDays.speakerId, speakerId))
      .orderBy(asc(speakerClaimDays.day)),
    db
      .select({ cue: speakerClaimCues.cue, count: speakerClaimCues.claims })
      .from(speakerClaimCues)
      .where(eq(speakerClaimCues.speakerId, speakerId))
      .orderBy(desc(speakerClaimCues.claims), asc(speakerClaimCues.cue))
      .limit(CUES_LISTED),
    db.select({ n: count() }).from(speakerClaimArticles).where(eq(speakerClaimArticles.speakerId, speakerId)),
  ]);
  const confidenceCounts = { low: 0, moderate: 0, high: 0 };
  for (const d of days) {
    confidenceCounts.low += d.low;
    confidenceCounts.moderate += d.moderate;
    confidenceCounts.high += d.high;
  }
  // Less the claims `reader` may not see (db/speakers/hidden-claims.ts).
  return statsWithoutHiddenClaims(db, reader, speakerId, { confidenceCounts, days, cues, articleCount: Number(articles[0]?.n ?? 0) });
}
