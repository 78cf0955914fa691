import { and, sql, type SQL } from "drizzle-orm";
import { speakerAliases, speakers } from "../schema";
import type { Executor } from "../client";
import type { Page } from "../../lib/model";
import { decodeKeyset, encodeKeyset } from "../../lib/speakers/cursor";
import type { SpeakerProfileDto, SpeakerSort } from "../../lib/speakers/model";
import { invalid } from "../../lib/errors";
import { keysetAfter, orderTerms, type KeyPart } from "../keyset";
import { claimTotal, speakerColumns, toSpeakerProfile } from "./speaker-columns";
import { withoutHiddenClaims } from "./hidden-claims";
import type { Reader } from "../assignments/visibility";

const lowerName = sql`lower(${speakers.name})`;
const latest = sql`coalesce(${speakers.latestClaimAt}, '-infinity'::timestamptz)`;

/** Each sort's key, matching an index on speakers (see db/schema.ts). */
const SORT_KEYS: Record<SpeakerSort, Pick<KeyPart, "expr" | "dir">[]> = {
  name: [
    { expr: lowerName, dir: "asc" },
    { expr: sql`${speakers.id}`, dir: "asc" },
  ],
  claims: [
    { expr: claimTotal, dir: "desc" },
    { expr: lowerName, dir: "asc" },
    { expr: sql`${speakers.id}`, dir: "asc" },
  ],
  latest: [
    { expr: latest, dir: "desc" },
    { expr: lowerName, dir: "asc" },
    { expr: sql`${speakers.id}`, dir: "asc" },
  ],
};

// The name key comes from the database: its lower() and JavaScript's toLowerCase() may differ on rare letters.
function keyOf(sort: SpeakerSort, row: SpeakerProfileDto, name: string): (string | number)[] {
  if (sort === "name") return [name, row.id];
  if (sort === "claims") return [row.claimCount, name, row.id];
  return [row.latestClaimAt ?? "-infinity", name, row.id];
}

function afterCursor(sort: SpeakerSort, cursor: string): SQL | undefined {
  const keys = SORT_KEYS[sort];
  let values: readonly unknown[];
  if (sort === "name") values = decodeKeyset(cursor, sort, ["string", "uuid"] as const);
  else if (sort === "claims") values = decodeKeyset(cursor, sort, ["number", "string", "uuid"] as const);
  else {
    const [at, name, id] = decodeKeyset(cursor, sort, ["string", "string", "uuid"] as const);
    if (at !== "-infinity" && Number.isNaN(Date.parse(at))) throw invalid("The page cursor is not valid; start again from the first page.");
    values = [sql`${at}::timestamptz`, name, id];
  }
  return keysetAfter(keys.map((key, i) => ({ ...key, value: values[i] })));
}

/**
 * The speaker directory, a page at a time: speakers whose name or alias contains `q`, sorted by claim count,
 * name or latest claim, with a keyset cursor so that paging stays right while speakers are added.
 */
export async function listSpeakerDirectory(
  db: Executor,
  options: { q?: string; sort: SpeakerSort; cursor?: string; limit: number },
  reader: Reader = null,
): Promise<Page<SpeakerProfileDto>> {
  const q = options.q?.trim().toLowerCase();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const matches = pattern
    ? sql`(lower(${speakers.name}) like ${pattern} or exists (select 1 from ${speakerAliases} a where a.speaker_id = speakers.id and lower(a.alias) like ${pattern}))`
    : undefined;
  const after = options.cursor ? afterCursor(options.sort, options.cursor) : undefined;
  const rows = await db
    .select({ ...speakerColumns, nameKey: sql<string>`lower(${speakers.name})` })
    .from(speakers)
    .where(and(matches, after))
    .orderBy(...orderTerms(SORT_KEYS[options.sort], "first"))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  // The order and cursor follow the stored counts; the counts shown are of what `reader` may see (hidden-claims.ts).
  const stored = page.map(toSpeakerProfile);
  const items = await withoutHiddenClaims(db, reader, stored);
  const last = stored[stored.length - 1];
  const lastKey = page[page.length - 1]?.nameKey ?? "";
  return {
    items,
    nextCursor: rows.length > options.limit && last ? encodeKeyset(options.sort, keyOf(options.sort, last, lastKey)) : null,
  };
}
