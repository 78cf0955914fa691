import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../client";
import { rowsOf } from "../rows";
import { SAMPLE_ARTICLE } from "../articles/sample";
import { AppError, invalid } from "../../lib/errors";

/**
 * A backup of the embedded database as JSON Lines: a header, then one line per row of every table, all read in
 * one snapshot. PGlite is PostgreSQL 18 and Debian's pg_dump is older (it refuses newer servers), and the data
 * folder's own dump cannot be taken from another process; rows over SQL can, through the running server's socket.
 * The same functions restore it, into an empty database (or over one, when forced), in one transaction.
 */
export const BACKUP_FORMAT = "claimlens-backup/1";

const BATCH_ROWS = 500;

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  /** The migrations applied to the database backed up (their hashes, oldest first). */
  migrations: z.array(z.string()),
  /** Rows per table. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
});
export type BackupHeader = z.infer<typeof headerSchema>;

const rowLineSchema = z.object({ t: z.string(), r: z.record(z.string(), z.unknown()) });

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

async function tableNames(db: Executor): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await db.execute(sql`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  );
  return rows.map((row) => row.name);
}

async function appliedMigrations(db: Executor): Promise<string[]> {
  return rowsOf<{ hash: string }>(await db.execute(sql`select hash from drizzle.__drizzle_migrations order by created_at, id`)).map((row) => row.hash);
}

async function rowCounts(db: Executor, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from ${quote(table)}`)))[0]?.n ?? 0;
  }
  return counts;
}

/**
 * What people made in the database: accounts, speakers, claims, and articles other than the sample a new install
 * imports on its first start. Empty (`{}`) for a new install, which a restore may replace without --force.
 */
export async function workIn(db: Executor): Promise<Record<string, number>> {
  const [counts] = rowsOf<Record<string, number>>(
    await db.execute(sql`select
      (select count(*)::int from users) as accounts,
      (select count(*)::int from articles where title <> ${SAMPLE_ARTICLE.title}
         or (select count(*) from article_revisions r where r.article_id = articles.id) > 1) as articles,
      (select count(*)::int from claims) as claims,
      (select count(*)::int from speakers) as speakers`),
  );
  return Object.fromEntries(Object.entries(counts ?? {}).filter(([, n]) => n > 0));
}

/** The refusal of a restore over work that is there, naming it. */
export function notEmpty(work: Record<string, number>): AppError {
  return new AppError(
    "conflict",
    `This database already holds ${Object.entries(work).map(([what, n]) => `${n} ${n === 1 ? what.replace(/s$/, "") : what}`).join(", ")}: a restore would replace them. ` +
      "Restore into a new install, or pass --force to replace everything in this one with the backup.",
    { work },
  );
}

/**
 * Writes the backup, line by line, to `write`: the header first, then every row of every table of the schema,
 * read in one repeatable-read transaction so that the rows agree with each other while the app keeps writing.
 */
export async function writeBackup(db: Executor, write: (line: string) => Promise<void>): Promise<BackupHeader> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    const tables = await tableNames(tx);
    const header: BackupHeader = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations: await appliedMigrations(tx), tables: await rowCounts(tx, tables) };
    await write(JSON.stringify(header));
    for (const table of tables) {
      // Page by physical position: every table has one, whatever its key.
      let after = "(0,0)";
      for (;;) {
        const page = rowsOf<{ at: string; row: string }>(
          await tx.execute(sql.raw(`select ctid::text as at, row_to_json(t)::text as row from ${quote(table)} t where ctid > '${after}'::tid order by ctid limit ${BATCH_ROWS}`)),
        );
        for (const { row } of page) await write(`{"t":${JSON.stringify(table)},"r":${row}}`);
        const last = page[page.length - 1];
        if (!last || page.length < BATCH_ROWS) break;
        if (!/^\(\d+,\d+\)$/.test(last.at)) throw new Error(`Unexpected row position ${last.at}`);
        after = last.at;
      }
    }
    return header;
  });
}

export interface RestoreReport {
  header: BackupHeader;
  restored: Record<string, number>;
}

/**
 * Restores a backup from its lines, in one transaction, in place of everything in the database: refused (conflict)
 * when the database holds work (see workIn) unless `force`; refused (invalid) when the backup was made at another migration than
 * this database is at. Triggers are off while the rows go in (`session_replication_role = replica`): the history
 * and counters come from the backup as they were, not recomputed. Sequences continue after the restored rows.
 */
export async function restoreBackup(db: Executor, lines: AsyncIterable<string>, options: { force: boolean }): Promise<RestoreReport> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: BackupHeader;
  try {
    header = headerSchema.parse(JSON.parse(first.done ? "" : first.value));
  } catch {
    throw invalid(`This is not a Claimlens backup (${BACKUP_FORMAT}): its first line is not a backup header.`);
  }
  return db.transaction(async (tx) => {
    const tables = await tableNames(tx);
    const migrations = await appliedMigrations(tx);
    if (migrations.join() !== header.migrations.join()) {
      throw invalid(
        `This backup was made by a Claimlens at migration ${header.migrations.length}, and this database is at migration ${migrations.length}. ` +
          "Restore it with the Claimlens version that made it (then upgrade), or back up again with this one.",
      );
    }
    const unknown = Object.keys(header.tables).filter((table) => !tables.includes(table));
    if (unknown.length > 0) throw invalid(`This backup has tables this database does not: ${unknown.join(", ")}.`);
    const work = await workIn(tx);
    if (Object.keys(work).length > 0 && !options.force) throw notEmpty(work);
    // Whatever a new install holds (its sample article, its generated keys) makes way for the backup's.
    await tx.execute(sql.raw(`truncate table ${tables.map(quote).join(", ")} restart identity cascade`));
    await tx.execute(sql`set local session_replication_role = replica`);

    const restored: Record<string, number> = Object.fromEntries(tables.map((table) => [table, 0]));
    let batch: { table: string; rows: unknown[] } | null = null;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      const table = quote(batch.table);
      await tx.execute(sql`insert into ${sql.raw(table)} overriding system value select * from json_populate_recordset(null::${sql.raw(table)}, ${JSON.stringify(batch.rows)}::json)`);
      restored[batch.table] = (restored[batch.table] ?? 0) + batch.rows.length;
      batch = null;
    };
    let lineNumber = 1;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      lineNumber++;
      if (next.value.trim() === "") continue;
      const parsed = rowLineSchema.safeParse(safeJson(next.value));
      if (!parsed.success || !tables.includes(parsed.data.t)) throw invalid(`Line ${lineNumber} of the backup is not a row of a known table.`);
      if (batch && batch.table !== parsed.data.t) await flush();
      batch ??= { table: parsed.data.t, rows: [] };
      batch.rows.push(parsed.data.r);
      if (batch.rows.length >= BATCH_ROWS) await flush();
    }
    await flush();
    const short = Object.entries(header.tables).filter(([table, n]) => restored[table] !== n);
    if (short.length > 0) {
      throw invalid(`The backup is incomplete: ${short.map(([table, n]) => `${table} has ${restored[table] ?? 0} of ${n} rows`).join(", ")}. Nothing was restored.`);
    }
    await resetSequences(tx);
    return { header, restored };
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Moves every sequence owned by a column of the schema past the largest value restored in it. */
async function resetSequences(tx: Executor): Promise<void> {
  const owned = rowsOf<{ tbl: string; col: string; seq: string }>(
    await tx.execute(sql`select c.table_name as tbl, c.column_name as col, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) as seq
      from information_schema.columns c
      where c.table_schema = 'public' and pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) is not null`),
  );
  for (const { tbl, col, seq } of owned) {
    await tx.execute(sql`select setval(${seq}::regclass, coalesce((select max(${sql.raw(quote(col))}) from ${sql.raw(quote(tbl))}), 0) + 1, false)`);
  }
}
