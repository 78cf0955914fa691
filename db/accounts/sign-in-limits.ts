import { createHash } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import { signInLimits } from "../schema";
import type { Executor } from "../client";
import { lockSeconds, SIGN_IN_ATTEMPTS_PER_MINUTE, SIGN_IN_WINDOW_SECONDS } from "../../lib/auth/sign-in-limit";

/**
 * The sign-in limits (lib/auth/sign-in-limit.ts), counted in the database: every instance of Claimlens on one
 * PostgreSQL counts in the same rows, and each count is one atomic upsert, so parallel attempts on several
 * instances cannot slip past it. Times are the database's (`now()`), one clock for every instance.
 */

export type SignInVerdict = { allowed: true } | { allowed: false; reason: "address" | "account"; retryAfter: number };

const WINDOW = sql.raw(`interval '${SIGN_IN_WINDOW_SECONDS} seconds'`);

/** A bucket's key: a SHA-256, so that neither addresses nor emails are stored, and any input makes a valid key. */
const keyOf = (kind: "address" | "account", value: string) => createHash("sha256").update(`${kind}\n${value}`).digest("hex");

/** The account bucket of an email as typed: trimmed and in lower case, as accounts are matched. */
const accountKey = (email: string) => keyOf("account", email.trim().toLowerCase().slice(0, 320));

/** Counts one attempt in a bucket; answers the attempts of its current window and the seconds left of it and of any lock. */
async function countAttempt(db: Executor, key: string) {
  const expired = sql`${signInLimits.windowStartedAt} <= now() - ${WINDOW}`;
  const [row] = await db
    .insert(signInLimits)
    .values({ key, attempts: 1 })
    .onConflictDoUpdate({
      target: signInLimits.key,
      set: {
        attempts: sql`case when ${expired} then 1 else ${signInLimits.attempts} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${signInLimits.windowStartedAt} end`,
        updatedAt: sql`now()`,
      },
    })
    .returning({
      attempts: signInLimits.attempts,
      windowLeft: sql<number>`greatest(1, ceil(extract(epoch from ${signInLimits.windowStartedAt} + ${WINDOW} - now())))::int`,
      lockLeft: sql<number>`coalesce(ceil(extract(epoch from ${signInLimits.lockedUntil} - now())), 0)::int`,
    });
  if (!row) throw new Error("the sign-in count was not stored");
  return row;
}

/**
 * Counts a sign-in attempt from `address` for `email` (null when the request names none) before the password is
 * checked, and says whether it may go on: refused while the address or the account is over its limit, or the
 * account is in its back-off, with the seconds to wait.
 */
export async function beginSignIn(db: Executor, attempt: { address: string; email: string | null }): Promise<SignInVerdict> {
  // Now and then, rows nobody used for a day go (a bucket that old holds nothing that still counts).
  if (Math.random() < 0.02) await db.delete(signInLimits).where(lt(signInLimits.updatedAt, sql`now() - interval '1 day'`));
  const address = await countAttempt(db, keyOf("address", attempt.address));
  if (address.attempts > SIGN_IN_ATTEMPTS_PER_MINUTE) return { allowed: false, reason: "address", retryAfter: address.windowLeft };
  if (attempt.email === null) return { allowed: true };
  const account = await countAttempt(db, accountKey(attempt.email));
  if (account.lockLeft > 0) return { allowed: false, reason: "account", retryAfter: account.lockLeft };
  if (account.attempts > SIGN_IN_ATTEMPTS_PER_MINUTE) return { allowed: false, reason: "account", retryAfter: account.windowLeft };
  return { allowed: true };
}

/**
 * Records how a checked attempt ended for the account: a right password ends its back-off; a wrong one counts
 * towards it, and past a few in a row the account waits (lockSeconds) before the next is checked.
 */
export async function finishSignIn(db: Executor, email: string | null, succeeded: boolean): Promise<void> {
  if (email === null) return;
  const key = accountKey(email);
  if (succeeded) {
    await db.update(signInLimits).set({ failures: 0, lockedUntil: null }).where(eq(signInLimits.key, key));
    return;
  }
  const [row] = await db
    .update(signInLimits)
    .set({ failures: sql`${signInLimits.failures} + 1` })
    .where(eq(signInLimits.key, key))
    .returning({ failures: signInLimits.failures });
  const seconds = lockSeconds(row?.failures ?? 0);
  if (seconds > 0) {
    await db
      .update(signInLimits)
      .set({ lockedUntil: sql`now() + ${sql.raw(`interval '${seconds} seconds'`)}` })
      .where(eq(signInLimits.key, key));
  }
}
