import { and, desc, eq, lt } from "drizzle-orm";
import { z } from "zod";
import { history, speakerMerges, speakers } from "../schema";
import type { Executor } from "../client";
import { actorOf, asAction, selectHistory, type HistoryRow } from "../history/history-rows";
import { notFound } from "../../lib/errors";
import { uuidSchema } from "../../lib/schemas";
import { SPEAKER_KINDS } from "../../lib/model";
import type { Page } from "../../lib/model";
import type { SpeakerHistoryEntryDto, SpeakerStateDto } from "../../lib/speakers/model";

/** A speaker row as the history triggers stored it (`to_jsonb` of the row without the claim counts). */
const storedSpeaker = z.object({
  name: z.string(),
  kind: z.enum(SPEAKER_KINDS).catch("person"),
  description: z.string().nullable().catch(null),
});

/** What the alias triggers store: `{alias}` before a removal, after an addition. */
const storedAlias = z.object({ alias: z.string() });

const parseState = (value: unknown): SpeakerStateDto | null => {
  const parsed = storedSpeaker.safeParse(value);
  return parsed.success ? { name: parsed.data.name, kind: parsed.data.kind, description: parsed.data.description } : null;
};

const parseAlias = (value: unknown): string | undefined => {
  const parsed = storedAlias.safeParse(value);
  return parsed.success ? parsed.data.alias : undefined;
};

function toEntry(row: HistoryRow): SpeakerHistoryEntryDto {
  const base = {
    id: row.id,
    action: asAction(row.action),
    actor: actorOf(row),
    at: row.createdAt.toISOString(),
  };
  if (row.action === "alias-add" || row.action === "alias-remove") {
    const alias = parseAlias(row.action === "alias-add" ? row.after : row.before);
    return { ...base, before: null, after: null, ...(alias !== undefined ? { alias } : {}) };
  }
  return { ...base, before: parseState(row.before), after: parseState(row.after) };
}

/**
 * Every change to one speaker, newest first, a page at a time (the cursor is the last entry's id): also once the
 * speaker is deleted or merged away. Not found only when there is no such speaker and nothing was ever recorded
 * about one; a speaker made before the history existed has an empty history.
 */
export async function listSpeakerHistory(db: Executor, speakerId: string, options: { cursor?: number; limit: number }): Promise<Page<SpeakerHistoryEntryDto>> {
  const rows = await selectHistory(db)
    .where(and(eq(history.entity, "speaker"), eq(history.entityId, speakerId), options.cursor !== undefined ? lt(history.id, options.cursor) : undefined))
    .orderBy(desc(history.id))
    .limit(options.limit + 1);
  if (rows.length === 0 && !(await speakerKnown(db, speakerId, options.cursor !== undefined))) throw notFound("speaker", speakerId);
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  const items = page.map(toEntry);
  const mergedAway = items.find((entry) => entry.action === "merge" && entry.after === null);
  if (mergedAway) {
    const into = await mergeTarget(db, speakerId);
    if (into) mergedAway.mergedInto = into;
  }
  return { items, nextCursor: rows.length > options.limit && last ? String(last.id) : null };
}

/** The speaker that `speakerId` was last merged into, as speaker_merges recorded it, while they exist. */
async function mergeTarget(db: Executor, speakerId: string): Promise<{ id: string; name: string } | undefined> {
  if (!uuidSchema.safeParse(speakerId).success) return undefined;
  const [row] = await db
    .select({ id: speakers.id, name: speakers.name })
    .from(speakerMerges)
    .innerJoin(speakers, eq(speakers.id, speakerMerges.intoId))
    .where(eq(speakerMerges.mergedId, speakerId));
  return row;
}

/** Whether the speaker exists, or (past the first page, where an empty page proves nothing) ever had a history. */
async function speakerKnown(db: Executor, speakerId: string, paged: boolean): Promise<boolean> {
  const [speaker] = await db.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, speakerId));
  if (speaker || !paged) return Boolean(speaker);
  const [entry] = await db
    .select({ id: history.id })
    .from(history)
    .where(and(eq(history.entity, "speaker"), eq(history.entityId, speakerId)))
    .limit(1);
  return Boolean(entry);
}
