/**
 * How sign-in attempts are limited (the counting itself is in db/accounts/sign-in-limits.ts, in the database, so
 * that it holds across instances):
 * - at most `SIGN_IN_ATTEMPTS_PER_MINUTE` attempts a minute from one client address, right or wrong, whoever they
 *   are for (a correct password does not reset it, so one person's success frees nothing for others);
 * - at most as many a minute for one account (by its email, whichever address they come from);
 * - after `LOCK_AFTER_FAILURES` wrong passwords in a row for an account, a back-off that doubles with each further
 *   one, from `FIRST_LOCK_SECONDS` up to `MAX_LOCK_SECONDS`: guessing becomes slow, but a stranger who knows an
 *   email cannot lock its owner out for more than a few minutes after they stop. A correct password ends it.
 */

export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;
export const SIGN_IN_WINDOW_SECONDS = 60;
export const LOCK_AFTER_FAILURES = 5;
export const FIRST_LOCK_SECONDS = 15;
export const MAX_LOCK_SECONDS = 5 * 60;

/** How long an account waits after its `failures`-th wrong password in a row: 0 until the back-off starts. */
export function lockSeconds(failures: number): number {
  if (failures < LOCK_AFTER_FAILURES) return 0;
  return Math.min(FIRST_LOCK_SECONDS * 2 ** Math.min(failures - LOCK_AFTER_FAILURES, 20), MAX_LOCK_SECONDS);
}

/** What a refused attempt answers: 429 with this message and `Retry-After: seconds`. */
export function tooManyAttemptsMessage(reason: "address" | "account", seconds: number): string {
  const wait = seconds <= 60 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return reason === "address"
    ? `Too many sign-in attempts from this address. Wait ${wait}, then try again.`
    : `Too many sign-in attempts for this account. Wait ${wait}, then try again.`;
}
