import { afterAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { GET as listArticles } from "../articles/route";
import { call } from "./testing";
import { POSTGRES_OPTIONS, type Database } from "@/db/client";
import * as schema from "@/db/schema";
import { isDatabaseUnavailable } from "@/db/pg-errors";

// The application's connection, as db/client.ts makes it, to a port where no database listens (finding 6 of issue 10).
const client = postgres("postgres://claimlens@127.0.0.1:1/claimlens", POSTGRES_OPTIONS);
const globals = globalThis as { claimlensConnection?: Promise<unknown> };
globals.claimlensConnection = Promise.resolve({ db: drizzle(client, { schema }) as unknown as Database, driver: "postgres", close: () => client.end() });

afterAll(async () => {
  globals.claimlensConnection = undefined;
  await client.end({ timeout: 1 });
});

describe("a database that cannot be reached", () => {
  it("answers 503 with Retry-After and the JSON error shape, again and again, not 500", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await call(listArticles, { path: "/api/articles", as: null, headers: { authorization: "Bearer clk_anything" } });
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.body.error.code).toBe("unavailable");
      expect(response.body.error.message).toMatch(/database cannot be reached/);
    }
  });

  it("waits at most a second between reconnection attempts, however many failed", () => {
    expect(Math.max(...[0, 1, 5, 10, 50].map(POSTGRES_OPTIONS.backoff))).toBeLessThanOrEqual(1);
  });
});

describe("isDatabaseUnavailable", () => {
  it.each<[string, unknown, boolean]>([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), true],
    ["postgres.js's connect timeout, wrapped by drizzle", Object.assign(new Error("Failed query"), { cause: { code: "CONNECT_TIMEOUT" } }), true],
    ["an administrator shutdown (57P01)", { code: "57P01" }, true],
    ["the database starting up (57P03)", { code: "57P03" }, true],
    ["a connection exception (08006)", { code: "08006" }, true],
    ["a unique violation", { code: "23505" }, false],
    ["a plain error", new Error("boom"), false],
  ])("%s: %s", (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
