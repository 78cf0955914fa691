import path from "node:path";
import { mkdirSync } from "node:fs";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { PGlite } from "@electric-sql/pglite";
import * as schema from "./schema";
import { env } from "../lib/env";

export type Schema = typeof schema;
/** Either driver's database: PGlite and postgres.js share drizzle's PostgreSQL query builder. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database or a transaction inside it. */
export type Executor = Database | Transaction;

export interface Connection {
  db: Database;
  /** "pglite" for the embedded database (opened here or reached through its owner's socket), "postgres" for a server. */
  driver: "pglite" | "postgres";
  /** The embedded database itself, when this process opened it (the owner serves it on its socket). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * postgres.js's pool. After an outage its default back-off between reconnections grows to 10–20 s, and each request
 * waits it out; bounded here (at most 1 s between attempts, 5 s to connect), a request while the server is away
 * fails within seconds (503, see app/api/_lib/respond.ts) and the first after it is back succeeds.
 */
export const POSTGRES_OPTIONS = {
  max: 10,
  onnotice: () => {},
  connect_timeout: 5,
  backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
};

/**
 * Opens a database and applies the committed migrations. With a URL, postgres.js connects to that server; with a
 * socket, to the embedded database's owner (one connection, as PGlite is one session); otherwise PGlite runs
 * embedded, on disk in `dataDir` (or in memory for "memory://"). Who may open a folder is db/embedded's business.
 */
export async function openDatabase(options: { url?: string; socket?: string; dataDir?: string }): Promise<Connection> {
  if (options.url || options.socket) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = options.url
      ? postgres(options.url, POSTGRES_OPTIONS)
      : // Unnamed statements only: named ones would outlive this command in the owner's one session.
        postgres({ path: options.socket, max: 1, prepare: false, user: "postgres", database: "postgres", onnotice: () => {} });
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db: db as unknown as Database, driver: options.url ? "postgres" : "pglite", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = options.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db: db as unknown as Database, driver: "pglite", pglite: client, close: () => client.close() };
}

const globalForDb = globalThis as unknown as { claimlensConnection?: Promise<Connection> };

/**
 * The application's database, opened once per process from the environment (and kept on `globalThis` so
 * that hot reload in development does not open a second PGlite on the same folder). An embedded folder is opened
 * as db/embedded says: through its owner's socket when a server runs, else by this process, under the folder's
 * lock. The server opens it as the owner at start (db/startup), before any request asks.
 */
export function getConnection(open?: () => Promise<Connection>): Promise<Connection> {
  if (!globalForDb.claimlensConnection) {
    const opening =
      open ??
      (async () => {
        const { databaseUrl, dataDir } = env();
        if (databaseUrl || dataDir.startsWith("memory://")) return openDatabase({ url: databaseUrl, dataDir });
        const { openEmbedded } = await import("./embedded/open");
        return openEmbedded(dataDir, { as: "command" });
      });
    globalForDb.claimlensConnection = opening().catch((error: unknown) => {
      globalForDb.claimlensConnection = undefined;
      throw error;
    });
  }
  return globalForDb.claimlensConnection;
}

export async function getDb(): Promise<Database> {
  return (await getConnection()).db;
}
