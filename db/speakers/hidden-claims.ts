import { and, inArray, max, sql } from "drizzle-orm";
import { claims } from "../schema";
import type { Executor } from "../client";
import { claimHiddenFrom, claimVisibleTo, type Reader } from "../assignments/visibility";
import type { SpeakerProfileDto, SpeakerStatsDto } from "../../lib/speakers/model";

/**
 * The speaker directory's and the speaker page's counts are kept by triggers over every claim (migrations 0002,
 * 0009), so they would count the claims an assignee of an article under independent annotation may not see, and
 * tell them how far the other assignees have got. Rather than count again per reader (the triggers exist so that
 * the directory never does), the claims hidden from the reader, which only blind articles have (a few hundred at
 * most), are read and taken away from the stored counts here.
 *
 * What this does not correct: the directory's order (by claim count or latest claim) and its page cursor follow the
 * stored counts, so a speaker may sit a place higher than their visible count says; a speaker page's 40 most used
 * cues are the stored top 40, less the hidden claims. Exports' speaker lists, merge and delete answers (which name
 * counts) read the stored counts as they are.
 */
interface HiddenClaim {
  speakerId: string;
  articleId: string;
  day: string;
  confidence: "low" | "moderate" | "high";
  cue: string | null;
}

async function hiddenClaims(db: Executor, reader: Reader, speakerIds: string[]): Promise<HiddenClaim[]> {
  const hidden = claimHiddenFrom(reader);
  if (!hidden || speakerIds.length === 0) return [];
  const rows = await db
    .select({
      speakerId: claims.speakerId,
      articleId: claims.articleId,
      day: sql<string>`to_char(${claims.articleDate} at time zone 'UTC', 'YYYY-MM-DD')`,
      confidence: claims.confidence,
      cue: claims.cue,
    })
    .from(claims)
    .where(and(inArray(claims.speakerId, speakerIds), hidden));
  return rows.map((r) => ({ ...r, speakerId: r.speakerId as string }));
}

/** Speaker profiles with the claims `reader` may not see taken out of their counts and latest claim. */
export async function withoutHiddenClaims(db: Executor, reader: Reader, profiles: SpeakerProfileDto[]): Promise<SpeakerProfileDto[]> {
  const hidden = await hiddenClaims(db, reader, profiles.map((p) => p.id));
  if (hidden.length === 0) return profiles;
  const affected = [...new Set(hidden.map((h) => h.speakerId))];
  // The latest claim among those the reader sees, for the speakers some of whose claims are hidden.
  const latest = new Map(
    (
      await db
        .select({ speakerId: claims.speakerId, latest: max(claims.articleDate) })
        .from(claims)
        .where(and(inArray(claims.speakerId, affected), claimVisibleTo(reader)))
        .groupBy(claims.speakerId)
    ).map((r) => [r.speakerId, r.latest]),
  );
  return profiles.map((p) => {
    const mine = hidden.filter((h) => h.speakerId === p.id);
    if (mine.length === 0) return p;
    const confidenceCounts = { ...p.confidenceCounts };
    for (const h of mine) confidenceCounts[h.confidence] = Math.max(0, confidenceCounts[h.confidence] - 1);
    const at = latest.get(p.id);
    return {
      ...p,
      confidenceCounts,
      claimCount: confidenceCounts.low + confidenceCounts.moderate + confidenceCounts.high,
      latestClaimAt: at ? new Date(at).toISOString() : null,
    };
  });
}

/** A speaker page's overview with the claims `reader` may not see taken out of its days, cues and articles. */
export async function statsWithoutHiddenClaims(db: Executor, reader: Reader, speakerId: string, stats: SpeakerStatsDto): Promise<SpeakerStatsDto> {
  const hidden = await hiddenClaims(db, reader, [speakerId]);
  if (hidden.length === 0) return stats;
  const days = stats.days
    .map((d) => {
      const out = { ...d };
      for (const h of hidden) if (h.day === d.day) out[h.confidence] = Math.max(0, out[h.confidence] - 1);
      return out;
    })
    .filter((d) => d.low + d.moderate + d.high > 0);
  const cues = stats.cues
    .map((c) => ({ ...c, count: c.count - hidden.filter((h) => h.cue === c.cue).length }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || (a.cue < b.cue ? -1 : a.cue > b.cue ? 1 : 0));
  // An article counts while the reader sees at least one of the speaker's claims on it.
  const hiddenArticles = [...new Set(hidden.map((h) => h.articleId))];
  const stillSeen = await db
    .selectDistinct({ articleId: claims.articleId })
    .from(claims)
    .where(and(sql`${claims.speakerId} = ${speakerId}`, inArray(claims.articleId, hiddenArticles), claimVisibleTo(reader)));
  const confidenceCounts = { low: 0, moderate: 0, high: 0 };
  for (const d of days) {
    confidenceCounts.low += d.low;
    confidenceCounts.moderate += d.moderate;
    confidenceCounts.high += d.high;
  }
  return { confidenceCounts, days, cues, articleCount: Math.max(0, stats.articleCount - (hiddenArticles.length - stillSeen.length)) };
}
