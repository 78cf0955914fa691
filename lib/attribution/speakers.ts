/**
 * Speakers for the drafts: every mention resolved in reading order (so "he" finds the person named before it),
 * shared speakers copied, and names matched to directory speakers by name or alias.
 */
import { Entities, type Entity } from "./coreference";
import type { Draft } from "./draft";
import type { Mention } from "./mentions";
import type { DetectedSpeaker, KnownSpeaker } from "./types";

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Finds a directory speaker by exact name or alias, or (for a person) by a unique surname-and-more match. */
export function matchKnown(name: string, known: KnownSpeaker[]): string | null {
  const k = key(name);
  if (!k) return null;
  for (const s of known) if (key(s.name) === k || s.aliases.some((a) => key(a) === k)) return s.id;
  const words = k.split(" ");
  const hits = known.filter((s) => [s.name, ...s.aliases].some((n) => {
    const w = key(n).split(" ");
    return words.length >= 1 && words.every((x) => w.includes(x)) && (words.length > 1 || w[w.length - 1] === words[0]);
  }));
  return hits.length === 1 ? (hits[0]?.id ?? null) : null;
}

/** A person named in the reporter's text, with the title before the name if any ("Mr."). */
export interface NamedPerson {
  mention: Mention;
  title: string | null;
}

/**
 * Speakers in reading order: each draft's mention is resolved where it stands, after every person named before
 * it (`named`, sorted by position) has been noted as a possible antecedent.
 */
export function resolveSpeakers(drafts: Draft[], named: NamedPerson[], known: KnownSpeaker[]): Map<Draft, DetectedSpeaker | null> {
  const entities = new Entities();
  const found = new Map<Draft, Entity | null>();
  const withMention = drafts.filter((d) => d.mention).sort((a, b) => a.mention!.span.start - b.mention!.span.start);
  let n = 0;
  for (const d of withMention) {
    const at = d.mention!.span.start;
    while (n < named.length && named[n]!.mention.span.start < at) {
      const p = named[n++]!;
      entities.note(p.mention, p.mention.span.start, p.title);
    }
    found.set(d, entities.resolveSpeaker(d.mention!, at));
  }
  const byStart = [...drafts].sort((a, b) => a.start - b.start);
  const position = new Map(byStart.map((d, i) => [d, i]));
  const entityOf = (d: Draft, depth = 0): Entity | null => {
    if (found.has(d)) return found.get(d) ?? null;
    if (d.sameAs && depth < 50) return entityOf(d.sameAs, depth + 1);
    if (d.previousSpeaker) {
      const i = position.get(d) ?? 0;
      for (let j = i - 1; j >= 0; j--) {
        const prev = byStart[j]!;
        if (prev.previousSpeaker && !found.has(prev)) continue;
        const e = entityOf(prev, depth + 1);
        if (e) return e;
      }
    }
    return null;
  };
  const out = new Map<Draft, DetectedSpeaker | null>();
  const ids = new Map<string, string | null>();
  const idOf = (name: string) => {
    if (!ids.has(name)) ids.set(name, matchKnown(name, known));
    return ids.get(name) ?? null;
  };
  for (const d of byStart) {
    const e = entityOf(d);
    found.set(d, e);
    out.set(d, e ? { name: e.name, kind: e.kind, description: e.description, speakerId: idOf(e.name) } : null);
  }
  return out;
}
