import { sql } from "drizzle-orm";
import type { Executor, Transaction } from "./client";
import { rowsOf } from "./rows";
import type { Actor } from "../lib/auth/roles";

type Settings = { actor: string; action: string };

const setSettings = (tx: Transaction, s: Settings) =>
  tx.execute(sql`select set_config('claimlens.actor', ${s.actor}, true), set_config('claimlens.action', ${s.action}, true)`);

async function currentSettings(tx: Transaction): Promise<Settings> {
  const result: unknown = await tx.execute(
    sql`select coalesce(current_setting('claimlens.actor', true), '') as actor, coalesce(current_setting('claimlens.action', true), '') as action`,
  );
  return rowsOf<Settings>(result)[0] ?? { actor: "", action: "" };
}

/**
 * Runs `fn` in a transaction that knows who is acting and, optionally, what the change is called in the history
 * ("reanchor", "merge", "import", "restore"): the database triggers read both to stamp claims' authors and to
 * write the history rows (migration 0004). `actor` null is the system itself. Nested inside another `asActor`, it
 * keeps the outer actor when given none, and puts the outer settings back when it ends.
 */
export async function asActor<T>(db: Executor, actor: Actor | null, action: string | null, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const outer = await currentSettings(tx);
    await setSettings(tx, { actor: actor?.userId ?? outer.actor, action: action ?? outer.action });
    const result = await fn(tx);
    if (outer.actor !== "" || outer.action !== "") await setSettings(tx, outer);
    return result;
  });
}
