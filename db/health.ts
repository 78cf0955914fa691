import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { MIGRATIONS_FOLDER, type Executor } from "./client";
import { rowsOf } from "./rows";

export interface Readiness {
  ready: boolean;
  /** Why not, for the operator reading the probe. */
  reason?: string;
  migrations: { applied: number; expected: number };
}

/** The committed migrations (drizzle's journal), read once: their number and the stamp of the last one. */
let journal: { count: number; last: number } | undefined;
function committedMigrations(): { count: number; last: number } {
  if (!journal) {
    const { entries } = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
    journal = { count: entries.length, last: entries[entries.length - 1]?.when ?? 0 };
  }
  return journal;
}

/**
 * Whether this instance can serve: the database answers, and its migrations are the ones this code was built
 * with (drizzle records each applied migration with its journal stamp). An instance of a newer release on a
 * database not yet migrated, or of an older one on a database migrated past it, is not ready.
 */
export async function readiness(db: Executor): Promise<Readiness> {
  const expected = committedMigrations();
  const [applied] = rowsOf<{ count: number; last: string | number | null }>(
    await db.execute(sql`select count(*)::int as count, max(created_at) as last from drizzle.__drizzle_migrations`),
  );
  const count = applied?.count ?? 0;
  const migrations = { applied: count, expected: expected.count };
  if (count === expected.count && Number(applied?.last) === expected.last) return { ready: true, migrations };
  const reason =
    count < expected.count || Number(applied?.last) < expected.last
      ? `The database is at migration ${count} of ${expected.count}: run npm run db:migrate (or start one instance, which migrates).`
      : `The database has migrations (${count}) this release does not know (${expected.count}): it was migrated by a newer Claimlens.`;
  return { ready: false, reason, migrations };
}
