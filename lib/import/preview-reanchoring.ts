import { countOutcomes, reanchorAll } from "../anchoring";
import type { ReanchorCounts } from "./import-report";

/** A claim already here, as much of it as re-anchoring needs; offsets are null while it is orphaned. */
export interface ClaimHere {
  id: string;
  start: number | null;
  end: number | null;
  quote: string;
  prefix: string;
  suffix: string;
}

/**
 * What would become of an article's claims if its text changed from `oldText` to `newText`, without changing
 * anything: what a dry run of an import reports. Anchored claims go through the same re-anchoring as a saved
 * edit; claims already orphaned are counted as staying orphaned (a real save also looks for them in the text
 * they were lost from, and may find a few of them again).
 */
export function previewReanchoring(oldText: string, newText: string, claims: readonly ClaimHere[]): ReanchorCounts {
  const anchored = claims.flatMap((c) => (c.start !== null && c.end !== null ? [{ ...c, start: c.start, end: c.end }] : []));
  const counts = countOutcomes(reanchorAll(oldText, newText, anchored));
  counts.orphaned += claims.length - anchored.length;
  return counts;
}
