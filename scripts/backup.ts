// `npm run backup -- [--out FILE]`: a backup of the whole database, taken while the server runs. PostgreSQL
// (DATABASE_URL): pg_dump's custom format. The embedded database: every row as JSON Lines, gzipped, read through
// the running server (or from the folder when none runs). `npm run restore` brings either back.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import { parseArgs } from "node:util";
import { getConnection } from "../db/client";
import { writeBackup } from "../db/backup/logical-backup";
import { env } from "../lib/env";
import { runTool } from "./backup-tools";
import { runCommand } from "./run-command";

const USAGE = `Usage: npm run backup -- [--out FILE]

Backs up the whole database (articles, revisions, claims, speakers, history, accounts) to FILE, by default
claimlens-<date>.backup.jsonl.gz for the embedded database, or claimlens-<date>.dump (pg_dump's custom format)
with DATABASE_URL. It may run while Claimlens runs: the backup is one consistent snapshot.
Restore it with: npm run restore -- FILE`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { databaseUrl } = env();
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, "-");
  const out = values.out ?? `claimlens-${stamp}.${databaseUrl ? "dump" : "backup.jsonl.gz"}`;
  const partial = `${out}.partial`;
  try {
    if (databaseUrl) {
      await runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, databaseUrl]);
      await rename(partial, out);
      console.error(`Backed up the PostgreSQL database to ${out} (pg_dump, custom format).`);
      return 0;
    }
    const connection = await getConnection();
    try {
      const gzip = createGzip();
      const file = createWriteStream(partial);
      gzip.pipe(file);
      const header = await writeBackup(connection.db, async (line) => {
        if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
      });
      gzip.end();
      await once(file, "close");
      await rename(partial, out);
      const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
      const count = (table: string) => header.tables[table] ?? 0;
      console.error(
        `Backed up ${rows.toLocaleString("en")} rows (${count("articles")} articles, ${count("claims")} claims, ${count("speakers")} speakers, ` +
          `${count("users")} accounts) to ${out}.`,
      );
      return 0;
    } finally {
      await connection.close();
    }
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

runCommand(main);
