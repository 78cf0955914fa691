import { describe, expect, it } from "vitest";
import { LOCK_AFTER_FAILURES, lockSeconds, MAX_LOCK_SECONDS, tooManyAttemptsMessage } from "./sign-in-limit";

describe("the per-account back-off", () => {
  it("starts after a few wrong passwords in a row, doubles, and stops at a few minutes", () => {
    const waits = Array.from({ length: 12 }, (_, i) => lockSeconds(i + 1));
    expect(waits.slice(0, LOCK_AFTER_FAILURES - 1)).toEqual([0, 0, 0, 0]);
    expect(waits.slice(LOCK_AFTER_FAILURES - 1)).toEqual([15, 30, 60, 120, 240, 300, 300, 300]);
    expect(lockSeconds(10_000)).toBe(MAX_LOCK_SECONDS);
  });

  it("says how long to wait", () => {
    expect(tooManyAttemptsMessage("address", 42)).toBe("Too many sign-in attempts from this address. Wait 42 seconds, then try again.");
    expect(tooManyAttemptsMessage("account", 240)).toBe("Too many sign-in attempts for this account. Wait 4 minutes, then try again.");
  });
});
