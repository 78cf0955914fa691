/**
 * Units of comparison over several analysts' claims: claims that lenient matching pairs up (between any two
 * analysts, one to one) form one unit, the "same claim" as each analyst tagged it. A unit is agreed when every
 * analyst has exactly one version in it and the versions are identical in span, kind, speaker, cue and
 * confidence; the compare view colours units, and the review keeps agreed units and asks about the rest.
 */
import type { RatedClaim } from "./agreement";
import { matchSpans } from "./spans";

export interface UnitVersion<C extends RatedClaim = RatedClaim> {
  analystId: string;
  claim: C;
}

export interface Unit<C extends RatedClaim = RatedClaim> {
  /** The unit's versions in analyst order (an analyst may have none, or, rarely, two). */
  versions: UnitVersion<C>[];
  agreed: boolean;
  start: number;
  end: number;
}

/** The units of `analysts`' claims, in text order. */
export function clusterClaims<C extends RatedClaim>(analysts: readonly { id: string; claims: readonly C[] }[]): Unit<C>[] {
  const offsets: number[] = [];
  let total = 0;
  for (const analyst of analysts) {
    offsets.push(total);
    total += analyst.claims.length;
  }
  const parent = Array.from({ length: total }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (let i = 0; i < analysts.length; i++) {
    for (let j = i + 1; j < analysts.length; j++) {
      for (const m of matchSpans((analysts[i] as { claims: readonly C[] }).claims, (analysts[j] as { claims: readonly C[] }).claims, "lenient")) {
        const x = find((offsets[i] as number) + m.a);
        const y = find((offsets[j] as number) + m.b);
        if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
  }
  const groups = new Map<number, UnitVersion<C>[]>();
  analysts.forEach((analyst, i) =>
    analyst.claims.forEach((claim, k) => {
      const root = find((offsets[i] as number) + k);
      const group = groups.get(root);
      const version = { analystId: analyst.id, claim };
      if (group) group.push(version);
      else groups.set(root, [version]);
    }),
  );
  const units = [...groups.values()].map((versions) => ({
    versions,
    agreed: isAgreed(versions, analysts.length),
    start: Math.min(...versions.map((v) => v.claim.start)),
    end: Math.max(...versions.map((v) => v.claim.end)),
  }));
  return units.sort((x, y) => x.start - y.start || x.end - y.end);
}

function isAgreed(versions: readonly UnitVersion[], analysts: number): boolean {
  if (versions.length !== analysts || new Set(versions.map((v) => v.analystId)).size !== analysts) return false;
  const [first, ...rest] = versions.map((v) => v.claim);
  if (!first) return false;
  return rest.every(
    (c) =>
      c.start === first.start &&
      c.end === first.end &&
      c.kind === first.kind &&
      c.speakerId === first.speakerId &&
      c.confidence === first.confidence &&
      sameCue(c.cue, first.cue),
  );
}

/** Cues are words: "Said" and "said " are the same cue; no cue matches only no cue. */
export function sameCue(x: string | null, y: string | null): boolean {
  return (x?.trim().toLowerCase() || null) === (y?.trim().toLowerCase() || null);
}
