import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { openEmbedded } from "@/db/embedded/open";
import { startOwner, type OwnerProcess } from "@/db/embedded/fixtures/owner-process";
import { orphanOneClaim, seedCorpus } from "@/db/exchange/exchange-testing";
import { rowsOf } from "@/db/rows";

/**
 * `npm run backup` and `npm run restore` end to end, through npm as an operator runs them: a backup taken from a
 * running server's embedded database (through its socket, beside `npm run users`), restored into a new install,
 * holds every row of every table; a restore over data is refused unless forced. With TEST_DATABASE_URL, the
 * same through pg_dump and pg_restore.
 */

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function npm(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile("npm", ["run", "-s", ...args], { cwd: path.resolve(__dirname, ".."), env: { ...process.env, ...env }, timeout: 180_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Every row of every table, as JSON text sorted, for comparing two databases. */
async function everything(db: Database): Promise<Record<string, string[]>> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`),
  ).map((t) => t.name);
  const all: Record<string, string[]> = {};
  for (const table of tables.sort()) {
    all[table] = rowsOf<{ row: string }>(await db.execute(sql.raw(`select row_to_json(t)::text as row from "${table}" t`))).map((r) => r.row).sort();
  }
  return all;
}

describe("backup and restore of the embedded database", () => {
  let dir: string;
  let owner: OwnerProcess | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "claimlens-backup-"));
  });
  afterAll(async () => {
    await owner?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("backs up a running server's database and restores it whole into a new install, refusing to overwrite unless forced", { timeout: 300_000 }, async () => {
    const source = path.join(dir, "source");
    const fresh = path.join(dir, "fresh");
    const file = path.join(dir, "claimlens.backup.jsonl.gz");
    owner = await startOwner(source, { port: 3216 });

    // Data made through the server's socket: articles, revisions, claims, speakers, history; and an account made
    // by `npm run users` beside the running server.
    const through = await openEmbedded(source, { as: "command" });
    expect(through.pglite).toBeUndefined();
    try {
      const { articles } = await seedCorpus(through.db);
      await orphanOneClaim(through.db, articles[1]!);
    } finally {
      await through.close();
    }
    const sourceEnv = { DATABASE_URL: "", CLAIMLENS_DATA_DIR: source };
    const created = await npm(sourceEnv, "users", "--", "create", "--email", "ana@example.org", "--password", "correct horse battery", "--role", "admin");
    expect(created.code, created.stderr).toBe(0);

    const backup = await npm(sourceEnv, "backup", "--", "--out", file);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toMatch(/^Backed up \d+ rows \(3 articles, 6 claims, 4 speakers, 1 accounts\) to /);
    expect(await owner.stop()).toBe(0);

    // A new install: the command opens the folder itself (no server runs there).
    const freshEnv = { DATABASE_URL: "", CLAIMLENS_DATA_DIR: fresh };
    const restored = await npm(freshEnv, "restore", "--", file);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stderr).toMatch(/^Restored 3 articles, 4 revisions, 6 claims, 4 speakers, \d+ history rows and 1 accounts/);

    const refused = await npm(freshEnv, "restore", "--", file);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/This database already holds 1 account, 3 articles, 6 claims, 4 speakers: .*--force/) });
    const forced = await npm(freshEnv, "restore", "--", file, "--force");
    expect(forced.code, forced.stderr).toBe(0);

    const [a, b] = [await openDatabase({ dataDir: source }), await openDatabase({ dataDir: fresh })];
    try {
      const [before, after] = [await everything(a.db), await everything(b.db)];
      expect(before.history!.length).toBeGreaterThan(6);
      expect(after).toEqual(before);
      // The sequences continue after the restored rows: a new history row gets a new id.
      const ids = async (db: Database) => rowsOf<{ id: number }>(await db.execute(sql`select max(id)::int as id from history`))[0]?.id;
      await b.db.execute(sql`update claims set note = 'after the restore' where id = (select id from claims limit 1)`);
      expect(await ids(b.db)).toBe((await ids(a.db))! + 1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

const serverUrl = process.env.TEST_DATABASE_URL?.trim();

describe.runIf(serverUrl)("backup and restore on PostgreSQL (pg_dump, pg_restore)", () => {
  const names = [`claimlens_backup_${process.pid}_a`, `claimlens_backup_${process.pid}_b`];
  const urlOf = (name: string) => Object.assign(new URL(serverUrl!), { pathname: `/${name}` }).toString();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "claimlens-pg-backup-"));
    const { default: postgres } = await import("postgres");
    const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    for (const name of names) await admin.unsafe(`create database "${name}"`);
    await admin.end();
  });
  afterAll(async () => {
    const { default: postgres } = await import("postgres");
    const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    for (const name of names) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  });

  it("restores a pg_dump backup whole into a new database, refusing to overwrite unless forced", { timeout: 300_000 }, async () => {
    const [source, target] = [urlOf(names[0]!), urlOf(names[1]!)];
    const file = path.join(dir, "claimlens.dump");
    const a = await openDatabase({ url: source });
    const b = await openDatabase({ url: target });
    try {
      const { articles } = await seedCorpus(a.db);
      await orphanOneClaim(a.db, articles[1]!);
      const backup = await npm({ DATABASE_URL: source }, "backup", "--", "--out", file);
      expect(backup.code, backup.stderr).toBe(0);
      const restored = await npm({ DATABASE_URL: target }, "restore", "--", file);
      expect(restored.code, restored.stderr).toBe(0);
      expect(await everything(b.db)).toEqual(await everything(a.db));
      const refused = await npm({ DATABASE_URL: target }, "restore", "--", file);
      expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/already holds 3 articles, 6 claims, 4 speakers: .*--force/) });
    } finally {
      await a.close();
      await b.close();
    }
  });
});
