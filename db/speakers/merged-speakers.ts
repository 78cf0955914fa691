import { eq, inArray } from "drizzle-orm";
import { speakerMerges, speakers, users } from "../schema";
import type { Executor } from "../client";
import { AppError, isAppError } from "../../lib/errors";
import { uuidSchema } from "../../lib/schemas";
import { mergedAwayMessage } from "../../lib/speakers/messages";
import type { SpeakerMergedAwayDto } from "../../lib/speakers/model";

// Ids per lookup query: well under PostgreSQL's 65,535 parameters per statement.
const LOOKUP_CHUNK = 1000;

/** Merges followed from one id at most: a chain longer than this is not followed. */
export const MAX_MERGE_CHAIN = 10;

/** The merge that took the speaker `mergedId` away: their name then, who merged them and when. */
async function mergeOf(db: Executor, mergedId: string) {
  const [row] = await db
    .select({ name: speakerMerges.name, mergedAt: speakerMerges.mergedAt, mergedBy: speakerMerges.mergedBy, mergedByName: users.name })
    .from(speakerMerges)
    .leftJoin(users, eq(users.id, speakerMerges.mergedBy))
    .where(eq(speakerMerges.mergedId, mergedId));
  return row;
}

/**
 * Where the speaker `speakerId`, who no longer exists, went: the speaker they were merged into (following later
 * merges of that one, up to MAX_MERGE_CHAIN), who merged them away, when, and their name then, as the merge
 * recorded them in speaker_merges. Null when the id names a speaker, was deleted rather than merged (also at the
 * end of a chain), was never known, or was merged before speaker_merges existed (migration 0008).
 */
export async function mergedInto(db: Executor, speakerId: string): Promise<SpeakerMergedAwayDto | null> {
  // The id as PostgreSQL spells it, for the answer and the history the speaker page reads with it.
  const goneId = speakerId.toLowerCase();
  if (!uuidSchema.safeParse(goneId).success) return null;
  const [exists] = await db.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, goneId));
  if (exists) return null;

  const [first, survivor] = await Promise.all([mergeOf(db, goneId), survivorsOf(db, [goneId]).then((found) => found.get(goneId))]);
  if (!first || !survivor) return null;
  return {
    id: goneId,
    name: first.name,
    mergedInto: survivor,
    mergedAt: first.mergedAt.toISOString(),
    // merged_by is set null when the account is deleted, so a name is there whenever an id is.
    mergedBy: first.mergedBy !== null && first.mergedByName !== null ? { id: first.mergedBy, name: first.mergedByName } : null,
  };
}

/**
 * The speaker each merged-away id now stands for, following chains of merges (up to MAX_MERGE_CHAIN, never round a
 * loop: a re-created id can lead a chain back), a batch of lookups per step, for one id (`mergedInto`) or an
 * import's many. Ids never merged, or whose chain ends at a deleted speaker, are absent from the answer; callers
 * pass ids that name no speaker now.
 */
export async function survivorsOf(db: Executor, ids: string[]): Promise<Map<string, { id: string; name: string }>> {
  const found = new Map<string, { id: string; name: string }>();
  // Each id still followed, with the ids its chain has passed (a re-created id can lead a chain back).
  let following = ids.map((id) => ({ id, at: id, passed: new Set([id]) }));
  for (let hop = 0; hop < MAX_MERGE_CHAIN && following.length > 0; hop += 1) {
    const merges = await mergesOf(db, [...new Set(following.map((f) => f.at))]);
    const next: typeof following = [];
    for (const f of following) {
      const merge = merges.get(f.at);
      if (!merge || f.passed.has(merge.intoId)) continue;
      if (merge.survivorName !== null) found.set(f.id, { id: merge.intoId, name: merge.survivorName });
      else next.push({ id: f.id, at: merge.intoId, passed: f.passed.add(merge.intoId) });
    }
    following = next;
  }
  return found;
}

/** The merges that took these ids away, by merged id, with the survivor's name while they exist. */
async function mergesOf(db: Executor, mergedIds: string[]): Promise<Map<string, { intoId: string; survivorName: string | null }>> {
  const merges = new Map<string, { intoId: string; survivorName: string | null }>();
  for (let i = 0; i < mergedIds.length; i += LOOKUP_CHUNK) {
    const rows = await db
      .select({ mergedId: speakerMerges.mergedId, intoId: speakerMerges.intoId, survivorName: speakers.name })
      .from(speakerMerges)
      .leftJoin(speakers, eq(speakers.id, speakerMerges.intoId))
      .where(inArray(speakerMerges.mergedId, mergedIds.slice(i, i + LOOKUP_CHUNK)));
    for (const row of rows) merges.set(row.mergedId, { intoId: row.intoId, survivorName: row.survivorName });
  }
  return merges;
}

/**
 * For `getSpeaker(db, id).catch(explainMissingSpeaker(db, id))`: a speaker that is not found because they were
 * merged away is still not found, but the error names the speaker who stayed, and its details say where to go
 * (`mergedInto`, `mergedAt`, `mergedBy`), so that a script holding the old id can follow. Other errors pass.
 */
export function explainMissingSpeaker(db: Executor, id: string) {
  return async (error: unknown): Promise<never> => {
    if (!isAppError(error) || error.code !== "not_found") throw error;
    const merge = await mergedInto(db, id);
    if (!merge) throw error;
    throw new AppError("not_found", mergedAwayMessage(id, merge.name, merge.mergedInto.name), {
      mergedInto: merge.mergedInto,
      mergedAt: merge.mergedAt,
      mergedBy: merge.mergedBy,
    });
  };
}
