// `npm run restore -- FILE [--force]`: brings back a backup made by `npm run backup`, into a new install (or over
// everything, with --force), while the server runs. A JSON Lines backup goes in through the same connection the
// other commands use; a pg_dump file (PostgreSQL, DATABASE_URL) through pg_restore, in one transaction.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { parseArgs } from "node:util";
import { getConnection } from "../db/client";
import { notEmpty, workIn, restoreBackup } from "../db/backup/logical-backup";
import { env } from "../lib/env";
import { runTool } from "./backup-tools";
import { runCommand } from "./run-command";

const USAGE = `Usage: npm run restore -- FILE [--force]

Restores a backup made by npm run backup: every article, revision, claim, speaker, history row and account.
The database must be a new install (no accounts, speakers, claims or articles but the sample); --force\nreplaces everything in it with the backup.
A pg_dump file (claimlens-<date>.dump) needs DATABASE_URL. After a restore, restart Claimlens so that it
reads the restored settings (the key that signs sessions, when BETTER_AUTH_SECRET is not set).`;

async function kindOf(file: string): Promise<"jsonl.gz" | "pg_dump"> {
  const handle = await open(file, "r");
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (buffer[0] === 0x1f && buffer[1] === 0x8b) return "jsonl.gz";
    if (buffer.toString("latin1") === "PGDMP") return "pg_dump";
  } finally {
    await handle.close();
  }
  throw new Error(`${file} is not a Claimlens backup: neither a gzipped JSON Lines backup nor a pg_dump file.`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) {
    console.error(USAGE);
    return 1;
  }
  const kind = await kindOf(file);
  const { databaseUrl } = env();
  if (kind === "pg_dump" && !databaseUrl) throw new Error(`${file} is a pg_dump file: restore it into PostgreSQL, with DATABASE_URL set.`);
  const connection = await getConnection();
  try {
    if (kind === "pg_dump" && databaseUrl) {
      const work = await workIn(connection.db);
      if (Object.keys(work).length > 0 && !values.force) throw notEmpty(work);
      await runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${databaseUrl}`, file]);
      console.error(`Restored ${file} into the PostgreSQL database. Restart the Claimlens instances.`);
      return 0;
    }
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    const { restored } = await restoreBackup(connection.db, lines, { force: Boolean(values.force) });
    const n = (table: string) => restored[table] ?? 0;
    console.error(
      `Restored ${n("articles")} articles, ${n("article_revisions")} revisions, ${n("claims")} claims, ${n("speakers")} speakers, ` +
        `${n("history")} history rows and ${n("users")} accounts from ${file}. Restart Claimlens so that it reads the restored settings.`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

runCommand(main);
