import { asc, eq, inArray, sql } from "drizzle-orm";
import { claims, speakerAliases, speakers } from "./schema";
import type { Executor } from "./client";
import { AppError, notFound } from "../lib/errors";
import type { SpeakerDto } from "../lib/model";
import type { SpeakerCreateInput } from "../lib/schemas";
import { pgErrorCode, UNIQUE_VIOLATION } from "./pg-errors";

// Correlated subqueries name the outer table in full: drizzle leaves columns unqualified in single-table selects.
const aliasesOf = sql<string[]>`coalesce((select json_agg(a.alias order by lower(a.alias)) from ${speakerAliases} a where a.speaker_id = speakers.id), '[]'::json)`;
const claimCountOf = sql<number>`(select count(*) from ${claims} c where c.speaker_id = speakers.id)::int`;

const speakerColumns = {
  id: speakers.id,
  name: speakers.name,
  kind: speakers.kind,
  description: speakers.description,
  createdAt: speakers.createdAt,
  aliases: aliasesOf,
  claimCount: claimCountOf,
};

type SpeakerRow = {
  id: string;
  name: string;
  kind: SpeakerDto["kind"];
  description: string | null;
  createdAt: Date;
  aliases: string[] | string;
  claimCount: number;
};

function toSpeakerDto(row: SpeakerRow): SpeakerDto {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    aliases: typeof row.aliases === "string" ? (JSON.parse(row.aliases) as string[]) : row.aliases,
    claimCount: Number(row.claimCount),
    createdAt: row.createdAt.toISOString(),
  };
}

const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Speakers whose name or alias contains `q` (case-insensitively), best matches first: a name or alias that
 * equals the query, then one that starts with it, then the most cited.
 */
export async function listSpeakers(db: Executor, options: { q?: string; limit: number }): Promise<SpeakerDto[]> {
  const q = options.q?.trim().toLowerCase();
  const matchAlias = (pattern: string) =>
    sql`exists (select 1 from ${speakerAliases} a where a.speaker_id = speakers.id and lower(a.alias) like ${pattern})`;
  // Without a query there is nothing to rank by; a bare `order by 0` would be read as a column position.
  const rank = q
    ? [sql`case when lower(${speakers.name}) = ${q} or ${matchAlias(q.replace(/[\\%_]/g, (c) => `\\${c}`))} then 0
               when lower(${speakers.name}) like ${`${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} then 1 else 2 end`]
    : [];
  const rows = await db
    .select(speakerColumns)
    .from(speakers)
    .where(q ? sql`lower(${speakers.name}) like ${likePattern(q)} or ${matchAlias(likePattern(q))}` : undefined)
    .orderBy(...rank, sql`${claimCountOf} desc`, asc(sql`lower(${speakers.name})`))
    .limit(options.limit);
  return rows.map(toSpeakerDto);
}

export async function getSpeaker(db: Executor, id: string): Promise<SpeakerDto> {
  const [row] = await db.select(speakerColumns).from(speakers).where(eq(speakers.id, id));
  if (!row) throw notFound("speaker", id);
  return toSpeakerDto(row);
}

/** The speaker whose name or alias is `nameOrAlias`, ignoring case, or null. */
export async function findSpeakerByNameOrAlias(db: Executor, nameOrAlias: string): Promise<{ id: string; name: string } | null> {
  const key = nameOrAlias.trim().toLowerCase();
  const [byName] = await db.select({ id: speakers.id, name: speakers.name }).from(speakers).where(sql`lower(${speakers.name}) = ${key}`);
  if (byName) return byName;
  const [byAlias] = await db
    .select({ id: speakers.id, name: speakers.name })
    .from(speakerAliases)
    .innerJoin(speakers, eq(speakers.id, speakerAliases.speakerId))
    .where(sql`lower(${speakerAliases.alias}) = ${key}`);
  return byAlias ?? null;
}

/** Refuses a name or alias that already names someone, saying who. */
async function assertLabelFree(db: Executor, label: string, what: "name" | "alias", ownerId?: string): Promise<void> {
  const holder = await findSpeakerByNameOrAlias(db, label);
  if (holder && holder.id !== ownerId) {
    throw new AppError("conflict", `“${label.trim()}” is already used by the speaker ${holder.name}; choose another ${what}.`, {
      speaker: holder,
    });
  }
}

/** Creates a speaker with its aliases. A name or alias already used by any speaker is a conflict. */
export async function createSpeaker(db: Executor, input: SpeakerCreateInput): Promise<SpeakerDto> {
  try {
    return await db.transaction(async (tx) => {
      await assertLabelFree(tx, input.name, "name");
      const aliases = dedupeAliases(input.aliases, input.name);
      for (const alias of aliases) await assertLabelFree(tx, alias, "alias");
      const [row] = await tx
        .insert(speakers)
        .values({ name: input.name, kind: input.kind, description: input.description })
        .returning({ id: speakers.id });
      if (!row) throw new Error("insert returned no row");
      if (aliases.length > 0) await tx.insert(speakerAliases).values(aliases.map((alias) => ({ speakerId: row.id, alias })));
      return getSpeaker(tx, row.id);
    });
  } catch (error) {
    throw asConflict(error);
  }
}

/** Adds an alias to a speaker; an alias belongs to one speaker only. */
export async function addAlias(db: Executor, speakerId: string, alias: string): Promise<SpeakerDto> {
  try {
    return await db.transaction(async (tx) => {
      const speaker = await getSpeaker(tx, speakerId);
      if (speaker.name.toLowerCase() === alias.toLowerCase()) {
        throw new AppError("conflict", `“${alias}” is already ${speaker.name}'s name.`);
      }
      if (speaker.aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) return speaker;
      await assertLabelFree(tx, alias, "alias");
      await tx.insert(speakerAliases).values({ speakerId, alias });
      return getSpeaker(tx, speakerId);
    });
  } catch (error) {
    throw asConflict(error);
  }
}

/** Removes an alias (matched case-insensitively) from a speaker. */
export async function removeAlias(db: Executor, speakerId: string, alias: string): Promise<SpeakerDto> {
  return db.transaction(async (tx) => {
    await getSpeaker(tx, speakerId);
    const removed = await tx
      .delete(speakerAliases)
      .where(sql`${speakerAliases.speakerId} = ${speakerId} and lower(${speakerAliases.alias}) = ${alias.trim().toLowerCase()}`)
      .returning({ alias: speakerAliases.alias });
    if (removed.length === 0) throw new AppError("not_found", `The speaker has no alias “${alias}”.`);
    return getSpeaker(tx, speakerId);
  });
}

/** Speakers by id with their aliases, for exports. */
export async function speakersByIds(db: Executor, ids: string[]): Promise<SpeakerDto[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(speakerColumns).from(speakers).where(inArray(speakers.id, ids)).orderBy(asc(speakers.name));
  return rows.map(toSpeakerDto);
}

function dedupeAliases(aliases: string[], name: string): string[] {
  const seen = new Set([name.toLowerCase()]);
  return aliases.filter((alias) => {
    const key = alias.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A unique-index violation that slipped past the checks (two writers at once) is still a conflict. */
function asConflict(error: unknown): unknown {
  if (pgErrorCode(error) === UNIQUE_VIOLATION) {
    return new AppError("conflict", "That name or alias was just taken by another speaker; search again and pick it.");
  }
  return error;
}
