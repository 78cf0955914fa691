import { expect } from "vitest";
import { quoteWithContext } from "../claims/context";
import { splitsSurrogatePair } from "../text/code-points";
import { ACCEPT_THRESHOLD, type Reanchored, type StoredAnchor } from "./types";

/** Index of the `nth` (0-based) occurrence of `quote` in `text`; throws when there is none. */
export function occurrence(text: string, quote: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`"${quote}" occurs fewer than ${nth + 1} times`);
  }
  return at;
}

/** A stored claim on the `nth` occurrence of `quote` in `text`, as the claims layer would store it. */
export function anchorOn(text: string, quote: string, nth = 0, id = "c1"): StoredAnchor {
  const start = occurrence(text, quote, nth);
  return anchorAt(text, start, start + quote.length, id);
}

/** A stored claim on [start, end) of `text`. */
export function anchorAt(text: string, start: number, end: number, id = "c1"): StoredAnchor {
  return { id, start, end, ...quoteWithContext(text, { start, end }) };
}

/** The promises every result keeps, whatever the edit was. */
export function expectInvariants(newText: string, anchor: StoredAnchor, result: Reanchored): void {
  expect(result.id).toBe(anchor.id);
  if (result.outcome === "orphaned") {
    expect(result.start).toBeUndefined();
    expect(result.end).toBeUndefined();
    return;
  }
  const { start, end } = result;
  if (start === undefined || end === undefined) throw new Error(`${result.outcome} result without offsets`);
  expect(0 <= start && start < end && end <= newText.length).toBe(true);
  expect(splitsSurrogatePair(newText, start)).toBe(false);
  expect(splitsSurrogatePair(newText, end)).toBe(false);
  expect(result.quote).toBe(newText.slice(start, end));
  if (result.outcome === "fuzzy") {
    expect(result.score).toBeGreaterThanOrEqual(ACCEPT_THRESHOLD);
  } else {
    expect(newText.slice(start, end)).toBe(anchor.quote);
  }
}
