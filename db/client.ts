import path from "node:path";
import { mkdirSync } from "node:fs";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
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
  /** "pglite" for the embedded database, "postgres" for a server. */
  driver: "pglite" | "postgres";
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
 * Opens a database and applies the committed migrations. With a URL, postgres.js connects to that server;
 * without, PGlite runs embedded, on disk in `dataDir` (or in memory for "memory://").
 */
export async function openDatabase(options: { url?: string; dataDir?: string }): Promise<Connection> {
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.url, POSTGRES_OPTIONS);
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db: db as unknown as Database, driver: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = options.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db: db as unknown as Database, driver: "pglite", close: () => client.close() };
}

const globalForDb = globalThis as unknown as { claimlensConnection?: Promise<Connection> };

/**
 * The application's database, opened once per process from the environment (and kept on `globalThis` so
 * that hot reload in development does not open a second PGlite on the same folder).
 */
export function getConnection(): Promise<Connection> {
  if (!globalForDb.claimlensConnection) {
    const { databaseUrl, dataDir } = env();
    globalForDb.claimlensConnection = openDatabase({ url: databaseUrl, dataDir }).catch((error: unknown) => {
      globalForDb.claimlensConnection = undefined;
      throw error;
    });
  }
  return globalForDb.claimlensConnection;
}

export async function getDb(): Promise<Database> {
  return (await getConnection()).db;
}
