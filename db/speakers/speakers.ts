import { and, asc, countDistinct, count, desc, eq, inArray, sql } from "drizzle-orm";
import { articles, claims, speakerAliases, speakers } from "../schema";
import type { Executor } from "../client";
import { AppError, notFound } from "../../lib/errors";
import type { SpeakerDto } from "../../lib/model";
import type { SpeakerCreateInput } from "../../lib/schemas";
import type { SpeakerProfileDto } from "../../lib/speakers/model";
import type { SpeakerPatchInput } from "../../lib/speakers/schemas";
import { deleteRefusalMessage } from "../../lib/speakers/messages";
import { FOREIGN_KEY_VIOLATION, pgErrorCode, UNIQUE_VIOLATION } from "../pg-errors";
import { claimTotal, speakerColumns, toSpeakerDto, toSpeakerProfile } from "./speaker-columns";
import { withoutHiddenClaims } from "./hidden-claims";
import type { Reader } from "../assignments/visibility";

export { listSpeakerDirectory } from "./speaker-directory";

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Speakers whose name or alias contains `q` (case-insensitively), best matches first: a name or alias that
 * equals the query, then one that starts with it, then the most cited. This is the speaker picker's search;
 * the directory pages through `listSpeakerDirectory`.
 */
export async function listSpeakers(db: Executor, options: { q?: string; limit: number }, reader: Reader = null): Promise<SpeakerProfileDto[]> {
  const q = options.q?.trim().toLowerCase();
  const matchAlias = (pattern: string) =>
    sql`exists (select 1 from ${speakerAliases} a where a.speaker_id = speakers.id and lower(a.alias) like ${pattern})`;
  // Without a query there is nothing to rank by; a bare `order by 0` would be read as a column position.
  const rank = q
    ? [sql`case when lower(${speakers.name}) = ${q} or ${matchAlias(escapeLike(q))} then 0
               when lower(${speakers.name}) like ${`${escapeLike(q)}%`} then 1 else 2 end`]
    : [];
  const contains = q ? `%${escapeLike(q)}%` : "";
  const rows = await db
    .select(speakerColumns)
    .from(speakers)
    .where(q ? sql`lower(${speakers.name}) like ${contains} or ${matchAlias(contains)}` : undefined)
    .orderBy(...rank, sql`${claimTotal} desc`, asc(sql`lower(${speakers.name})`))
    .limit(options.limit);
  return withoutHiddenClaims(db, reader, rows.map(toSpeakerProfile));
}

/** One speaker with aliases and claim counts (of the claims `reader` may see; db/speakers/hidden-claims.ts). */
export async function getSpeaker(db: Executor, id: string, reader: Reader = null): Promise<SpeakerProfileDto> {
  const [row] = await db.select(speakerColumns).from(speakers).where(eq(speakers.id, id));
  if (!row) throw notFound("speaker", id);
  const [profile] = await withoutHiddenClaims(db, reader, [toSpeakerProfile(row)]);
  return profile as SpeakerProfileDto;
}

/** Locks a speaker's row until the transaction ends (merges, renames and deletes of one speaker queue up). */
export async function lockSpeaker(tx: Executor, id: string): Promise<void> {
  const [row] = await tx.select({ id: speakers.id }).from(speakers).where(eq(speakers.id, id)).for("update");
  if (!row) throw notFound("speaker", id);
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

/** Refuses a name or alias that already names someone (other than `ownerId`), saying who. */
async function assertLabelFree(db: Executor, label: string, what: "name" | "alias", ownerId?: string): Promise<void> {
  const holder = await findSpeakerByNameOrAlias(db, label);
  if (holder && holder.id !== ownerId) {
    throw new AppError("conflict", `“${label.trim()}” is already used by the speaker ${holder.name}; choose another ${what}.`, {
      speaker: holder,
    });
  }
}

/** Creates a speaker with its aliases. A name or alias already used by any speaker is a conflict. */
export async function createSpeaker(db: Executor, input: SpeakerCreateInput): Promise<SpeakerProfileDto> {
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

/**
 * Renames a speaker or changes their kind or description. The new name must not name anyone else; when it is
 * one of the speaker's own aliases, that alias goes (it is now the name).
 */
export async function updateSpeaker(db: Executor, id: string, patch: SpeakerPatchInput): Promise<SpeakerProfileDto> {
  try {
    return await db.transaction(async (tx) => {
      await lockSpeaker(tx, id);
      if (patch.name !== undefined) {
        await assertLabelFree(tx, patch.name, "name", id);
        await tx
          .delete(speakerAliases)
          .where(and(eq(speakerAliases.speakerId, id), sql`lower(${speakerAliases.alias}) = ${patch.name.toLowerCase()}`));
      }
      await tx
        .update(speakers)
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
          ...(patch.description !== undefined ? { description: patch.description } : {}),
        })
        .where(eq(speakers.id, id));
      return getSpeaker(tx, id);
    });
  } catch (error) {
    throw asConflict(error);
  }
}

/** How many articles `deleteSpeaker` names when it refuses. */
const TITLES_NAMED = 3;

/**
 * Deletes a speaker who has no claims (their aliases go with them). A speaker with claims is refused with a
 * conflict saying how many and in which articles; `details` lists the articles with most of them.
 */
export async function deleteSpeaker(db: Executor, id: string): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await lockSpeaker(tx, id);
      await refuseIfCited(tx, id);
      await tx.delete(speakers).where(eq(speakers.id, id));
    });
  } catch (error) {
    // A claim tagged between the check and the delete: check again, outside the failed transaction.
    if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION) await refuseIfCited(db, id);
    throw error;
  }
}

async function refuseIfCited(db: Executor, id: string): Promise<void> {
  const [speaker] = await db.select({ name: speakers.name }).from(speakers).where(eq(speakers.id, id));
  const [totals] = await db
    .select({ claims: count(), articles: countDistinct(claims.articleId) })
    .from(claims)
    .where(eq(claims.speakerId, id));
  const claimCount = Number(totals?.claims ?? 0);
  if (!speaker || claimCount === 0) return;
  const top = await db
    .select({ id: articles.id, title: articles.title, claimCount: count() })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(eq(claims.speakerId, id))
    .groupBy(articles.id, articles.title)
    .orderBy(desc(count()), asc(articles.title))
    .limit(TITLES_NAMED);
  const articleCount = Number(totals?.articles ?? 0);
  throw new AppError(
    "conflict",
    deleteRefusalMessage(
      speaker.name,
      claimCount,
      articleCount,
      top.map((a) => a.title),
    ),
    { claimCount, articleCount, articles: top.map((a) => ({ ...a, claimCount: Number(a.claimCount) })) },
  );
}

/** Adds an alias to a speaker; an alias belongs to one speaker only. */
export async function addAlias(db: Executor, speakerId: string, alias: string): Promise<SpeakerProfileDto> {
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
export async function removeAlias(db: Executor, speakerId: string, alias: string): Promise<SpeakerProfileDto> {
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

/** Speakers by id with their aliases, for exports (the core fields only, which is what the formats hold). */
export async function speakersByIds(db: Executor, ids: string[], reader: Reader = null): Promise<SpeakerDto[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(speakerColumns).from(speakers).where(inArray(speakers.id, ids)).orderBy(asc(speakers.name));
  return (await withoutHiddenClaims(db, reader, rows.map(toSpeakerProfile))).map(toSpeakerDto);
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
export function asConflict(error: unknown): unknown {
  if (pgErrorCode(error) === UNIQUE_VIOLATION) {
    return new AppError("conflict", "That name or alias was just taken by another speaker; search again and pick it.");
  }
  return error;
}
