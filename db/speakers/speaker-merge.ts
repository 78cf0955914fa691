import { and, eq, inArray, sql } from "drizzle-orm";
import { claims, speakerAliases, speakerMerges, speakers } from "../schema";
import type { Executor } from "../client";
import { invalid, isAppError } from "../../lib/errors";
import { planMerge } from "../../lib/speakers/merge";
import type { MergePlanDto, MergeResultDto } from "../../lib/speakers/model";
import { asConflict, getSpeaker, lockSpeaker } from "./speakers";

function refuseSameSpeaker(intoId: string, fromId: string): void {
  if (intoId === fromId) {
    throw invalid("A speaker cannot be merged into themself: choose the other speaker to merge.", [{ path: "fromId", message: "is the same speaker" }]);
  }
}

// The speaker to merge away is named in the body, not the path: an unknown one makes the request invalid.
function unknownFrom(fromId: string) {
  return (error: unknown): never => {
    if (isAppError(error) && error.code === "not_found") {
      throw invalid(`No speaker has the id ${fromId}; search again and pick the speaker to merge.`, [{ path: "fromId", message: "no such speaker" }]);
    }
    throw error;
  };
}

/** What merging `fromId` into `intoId` would do, without doing it: the preview an analyst confirms. */
export async function previewMerge(db: Executor, intoId: string, fromId: string): Promise<MergePlanDto> {
  refuseSameSpeaker(intoId, fromId);
  const into = await getSpeaker(db, intoId);
  const from = await getSpeaker(db, fromId).catch(unknownFrom(fromId));
  return planMerge(into, from);
}

/**
 * Merges the speaker `fromId` into `intoId` in one transaction: every claim and alias moves over, the
 * merged-away name becomes an alias, and the merged-away speaker is deleted, leaving a row in speaker_merges that
 * says where they went. Claims that move get a new version, so that a workspace holding the old one is told its
 * copy is stale.
 */
export async function mergeSpeakers(db: Executor, intoId: string, fromId: string): Promise<MergeResultDto> {
  refuseSameSpeaker(intoId, fromId);
  try {
    return await db.transaction(async (tx) => {
      // Locked in a fixed order, so that two merges of the same pair cannot deadlock.
      for (const id of [intoId, fromId].sort()) {
        await (id === fromId ? lockSpeaker(tx, id).catch(unknownFrom(fromId)) : lockSpeaker(tx, id));
      }
      const plan = await previewMerge(tx, intoId, fromId);
      const moved = await tx
        .update(claims)
        .set({ speakerId: intoId, version: sql`${claims.version} + 1`, updatedAt: new Date() })
        .where(eq(claims.speakerId, fromId))
        .returning({ id: claims.id });
      if (plan.aliasesMoving.length > 0) {
        await tx
          .update(speakerAliases)
          .set({ speakerId: intoId })
          .where(and(eq(speakerAliases.speakerId, fromId), inArray(speakerAliases.alias, plan.aliasesMoving)));
      }
      // The merged-away speaker's name is free once they are gone, and becomes an alias.
      await tx.delete(speakers).where(eq(speakers.id, fromId));
      // Where they went, so that links to the old id follow (db/merged-speakers.ts). The actor is read from the
      // transaction, as the history triggers read it (db/actor.ts), so that every caller records who merged. An
      // id can come back after its merge (an import keeps a document's speaker ids); its latest merge counts.
      const merge = { intoId, name: plan.from.name, mergedBy: sql`claimlens_actor()`, mergedAt: sql`now()` };
      await tx
        .insert(speakerMerges)
        .values({ mergedId: fromId, ...merge })
        .onConflictDoUpdate({ target: speakerMerges.mergedId, set: merge });
      if (plan.result.aliases.includes(plan.nameBecomesAlias)) {
        await tx.insert(speakerAliases).values({ speakerId: intoId, alias: plan.nameBecomesAlias });
      }
      if (plan.descriptionAdopted) {
        await tx.update(speakers).set({ description: plan.descriptionAdopted }).where(eq(speakers.id, intoId));
      }
      return {
        speaker: await getSpeaker(tx, intoId),
        claimsMoved: moved.length,
        aliasesMoved: plan.aliasesMoving,
        nameBecameAlias: plan.nameBecomesAlias,
      };
    });
  } catch (error) {
    throw asConflict(error);
  }
}
