import { afterAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { beginSignIn, finishSignIn } from "./sign-in-limits";
import { backends, useTestDatabase } from "../testing";
import { POSTGRES_OPTIONS, type Database } from "../client";
import * as schema from "../schema";
import { SIGN_IN_ATTEMPTS_PER_MINUTE } from "../../lib/auth/sign-in-limit";

describe.each(backends)("sign-in counts in the database on $name", (backend) => {
  const t = useTestDatabase(backend);
  const others: { end(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const client of others) await client.end();
  });

  /** A second instance of the app: its own connection to the same database (PGlite has one process, so itself). */
  function secondInstance(): Database {
    if (!t.url) return t.db;
    const client = postgres(t.url, POSTGRES_OPTIONS);
    others.push(client);
    return drizzle(client, { schema }) as unknown as Database;
  }

  it("are shared by two instances: attempts on either count against one limit per address and per account", async () => {
    const instances = [t.db, secondInstance()];
    const verdicts = [];
    for (let i = 0; i <= SIGN_IN_ATTEMPTS_PER_MINUTE; i++) {
      verdicts.push((await beginSignIn(instances[i % 2]!, { address: "203.0.113.9", email: `someone${i}@example.org` })).allowed);
    }
    expect(verdicts).toEqual([...Array(SIGN_IN_ATTEMPTS_PER_MINUTE).fill(true), false]);

    const account = [];
    for (let i = 0; i <= SIGN_IN_ATTEMPTS_PER_MINUTE; i++) {
      account.push((await beginSignIn(instances[i % 2]!, { address: `198.51.100.${i}`, email: i % 2 ? "Ana@Example.org" : " ana@example.org" })).allowed);
    }
    expect(account).toEqual([...Array(SIGN_IN_ATTEMPTS_PER_MINUTE).fill(true), false]);
  });

  it("count parallel attempts exactly, whichever instance takes them", async () => {
    const instances = [t.db, secondInstance()];
    const verdicts = await Promise.all(
      Array.from({ length: 2 * SIGN_IN_ATTEMPTS_PER_MINUTE }, (_, i) => beginSignIn(instances[i % 2]!, { address: "203.0.113.10", email: null })),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(SIGN_IN_ATTEMPTS_PER_MINUTE);
  });

  it("lock an account after wrong passwords on one instance, seen by the other", async () => {
    const [a, b] = [t.db, secondInstance()];
    for (let i = 0; i < 5; i++) {
      expect((await beginSignIn(a, { address: `192.0.2.${i}`, email: "kim@example.org" })).allowed).toBe(true);
      await finishSignIn(a, "kim@example.org", false);
    }
    expect(await beginSignIn(b, { address: "192.0.2.50", email: "kim@example.org" })).toMatchObject({ allowed: false, reason: "account" });
  });
});
