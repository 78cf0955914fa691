import { randomBytes } from "node:crypto";
import { count, getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, beforeEach } from "vitest";
import * as schema from "./schema";
import { openDatabase, type Connection, type Database, type Executor } from "./client";
import type { Actor, Role } from "../lib/auth/roles";

/**
 * The test harness for the domain layer: each test file gets a database of its own, on PGlite always and on
 * PostgreSQL too when TEST_DATABASE_URL is set, and every test starts from empty tables.
 *
 *     describe.each(backends)("claims on $name", (backend) => {
 *       const t = useTestDatabase(backend);
 *       it("…", async () => { await createArticle(t.db, …); });
 *     });
 */

export interface TestBackend {
  name: "PGlite" | "PostgreSQL";
  /** A server URL to create the test database beside; absent for the embedded database. */
  serverUrl?: string;
}

const serverUrl = process.env.TEST_DATABASE_URL?.trim();

/** The databases every integration test runs on. */
export const backends: TestBackend[] = [{ name: "PGlite" }, ...(serverUrl ? [{ name: "PostgreSQL" as const, serverUrl }] : [])];

/** Every table of the schema, so that a table added later is emptied (and counted) too. */
const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
const tableNames = tables.map((table) => getTableName(table));

/**
 * A unique database name for one test file, starting with the name of the database in TEST_DATABASE_URL so
 * that whoever owns that database (the CI script) can find and drop any left behind by an interrupted run.
 */
function testDatabaseName(serverUrl: string): string {
  const base = decodeURIComponent(new URL(serverUrl).pathname.slice(1)).replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40) || "claimlens";
  return `${base}_${process.pid}_${randomBytes(4).toString("hex")}`.toLowerCase();
}

/** Opens a new, migrated database: in memory for PGlite; a uniquely named database on the server for PostgreSQL. */
export async function openTestDatabase(backend: TestBackend): Promise<Connection & { url?: string }> {
  if (!backend.serverUrl) return openDatabase({ dataDir: "memory://" });

  const { default: postgres } = await import("postgres");
  const name = testDatabaseName(backend.serverUrl);
  const admin = postgres(backend.serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(backend.serverUrl);
  url.pathname = `/${name}`;
  let connection: Connection;
  try {
    connection = await openDatabase({ url: url.toString() });
  } catch (error) {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    throw error;
  }
  return {
    ...connection,
    url: url.toString(),
    async close() {
      await connection.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** Empties every table (the migrations' own bookkeeping is not in the schema and stays). */
export async function truncateAll(db: Executor): Promise<void> {
  await db.execute(sql.raw(`truncate table ${tableNames.map((t) => `"${t}"`).join(", ")} restart identity cascade`));
}

/**
 * Registers the hooks of a test file or `describe` block: open a database before its tests, empty it before
 * each test, close (and for PostgreSQL drop) it after. Read `db` inside tests and hooks, not at collection time.
 */
export function useTestDatabase(backend: TestBackend): {
  readonly db: Database;
  readonly driver: Connection["driver"];
  /** The PostgreSQL database's URL, for a second connection to it; undefined on PGlite. */
  readonly url: string | undefined;
} {
  let connection: (Connection & { url?: string }) | undefined;
  beforeAll(async () => {
    connection = await openTestDatabase(backend);
  });
  beforeEach(async () => {
    if (connection) await truncateAll(connection.db);
  });
  afterAll(async () => {
    await connection?.close();
    connection = undefined;
  });
  return {
    get db() {
      if (!connection) throw new Error("The test database is open only inside tests and hooks.");
      return connection.db;
    },
    get driver() {
      if (!connection) throw new Error("The test database is open only inside tests and hooks.");
      return connection.driver;
    },
    get url() {
      return connection?.url;
    },
  };
}

/** The number of rows in a table: what an error case checks to show that nothing was written. */
export async function countRows(db: Executor, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return Number(row?.n ?? 0);
}

/** Row counts of every table, to compare before and after an operation that must write nothing. */
export async function countAll(db: Executor): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) out[getTableName(table)] = await countRows(db, table);
  return out;
}

/** An account written straight into the table (no password), acting as `role`: for domain tests of who may do what. */
export async function insertTestActor(db: Executor, role: Role, name = `Test ${role}`): Promise<Actor> {
  const id = randomBytes(8).toString("hex");
  const email = `${role}-${id}@example.org`;
  await db.insert(schema.users).values({ id, name, email, role });
  return { userId: id, name, email, role, via: "session" };
}
