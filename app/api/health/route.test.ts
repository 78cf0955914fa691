import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET } from "./route";
import { call, useRouteDatabase } from "../_lib/testing";
import { getDb } from "@/db/client";
import { rowsOf } from "@/db/rows";

describe("GET /api/health", () => {
  useRouteDatabase();

  it("answers live without signing in, and ready while the database answers at the committed migrations", async () => {
    expect(await call(GET, { path: "/api/health?probe=live", as: null })).toMatchObject({ status: 200, body: { live: true } });
    const ready = await call(GET, { path: "/api/health", as: null });
    expect(ready).toMatchObject({ status: 200, body: { live: true, ready: true } });
    expect(ready.body.migrations.applied).toBe(ready.body.migrations.expected);
    expect(ready.headers.get("cache-control")).toBe("no-store");
  });

  it("is not ready (503, with the reason) when the database lacks a migration, and refuses an unknown probe", async () => {
    const db = await getDb();
    const [last] = rowsOf<{ id: number; hash: string; created_at: string }>(
      await db.execute(sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`),
    );
    await db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${last!.id}`);
    try {
      const behind = await call(GET, { path: "/api/health?probe=ready", as: null });
      expect(behind).toMatchObject({ status: 503, body: { live: true, ready: false, reason: expect.stringMatching(/^The database is at migration \d+ of \d+: run npm run db:migrate/) } });
      expect(await call(GET, { path: "/api/health?probe=live", as: null })).toMatchObject({ status: 200, body: { live: true } });
    } finally {
      await db.execute(sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${last!.id}, ${last!.hash}, ${last!.created_at})`);
    }
    expect(await call(GET, { path: "/api/health?probe=dead", as: null })).toMatchObject({ status: 422, body: { error: { code: "invalid" } } });
  });
});
