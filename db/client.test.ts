import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { openDatabase, type Connection } from "./client";
import { createArticle, listArticles } from "./articles/articles";

describe("openDatabase", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "claimlens-client-test-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("creates an embedded database on disk that keeps its rows, and migrates it only once", async () => {
    const dataDir = path.join(folder, "nested", "pglite");
    const first = await openDatabase({ dataDir });
    expect(first.driver).toBe("pglite");
    await createArticle(first.db, { title: null, text: "Persisted.", sourceUrl: null, publishedAt: null, format: "text" });
    await first.close();

    // Opening again applies the migrations again: they must be recorded as done and change nothing.
    const second = await openDatabase({ dataDir });
    const { items } = await listArticles(second.db, null, { limit: 10 });
    expect(items.map((a) => a.title)).toEqual(["Persisted."]);
    await second.close();
  }, 180_000); // two embedded databases on disk, the first one initialised from scratch
});

describe("getConnection", () => {
  let connection: Connection | undefined;
  afterEach(async () => {
    await connection?.close();
    connection = undefined;
    delete (globalThis as { claimlensConnection?: unknown }).claimlensConnection;
    vi.unstubAllEnvs();
  });

  /** Starts the server's database as instrumentation does, with these variables. */
  async function startWith(variables: Record<string, string | undefined>) {
    for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
    delete (globalThis as { claimlensConnection?: unknown }).claimlensConnection;
    vi.resetModules();
    const client = await import("./client");
    const { startDatabase } = await import("./startup");
    connection = await startDatabase();
    return client;
  }

  it("opens the database once per process, and the server's start imports the sample article", async () => {
    const client = await startWith({ DATABASE_URL: "", CLAIMLENS_DATA_DIR: "memory://", CLAIMLENS_SKIP_SAMPLE: undefined });
    expect(connection?.driver).toBe("pglite");
    expect(await client.getConnection()).toBe(connection);
    const { items } = await listArticles(await client.getDb(), null, { limit: 10 });
    expect(items.map((a) => a.title)).toEqual(["Russia may provide air defense capability to Iran or Hezbollah, US warns"]);
  });

  it("skips the sample when told to", async () => {
    const client = await startWith({ DATABASE_URL: "", CLAIMLENS_DATA_DIR: "memory://", CLAIMLENS_SKIP_SAMPLE: "1" });
    expect((await listArticles(await client.getDb(), null, { limit: 10 })).items).toEqual([]);
  });
});
