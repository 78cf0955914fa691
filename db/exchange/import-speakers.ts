import { eq, inArray, sql } from "drizzle-orm";
import { speakerAliases, speakers } from "../schema";
import type { Executor } from "../client";
import { survivorsOf } from "../speakers/merged-speakers";
import type { ImportDocument, ImportSpeaker } from "../../lib/import/claimlens-input";
import { labelsOf } from "../../lib/import/check-document";
import type { SpeakerReport } from "../../lib/import/import-report";

// Ids per lookup query: well under PostgreSQL's 65,535 parameters per statement.
export const LOOKUP_CHUNK = 1000;

/** The items in runs of at most `size`. */
export const chunked = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export interface SpeakerPlan {
  report: SpeakerReport;
  /** The speaker the document's id stands for in this database (itself when created). */
  targetId: string;
  create?: ImportSpeaker;
}

/** The speakers a document uses: its list, then any that a claim names by id without listing it. */
function documentSpeakers(document: ImportDocument): { speaker: ImportSpeaker; listed: boolean }[] {
  const listed = new Set(document.speakers.map((s) => s.id));
  const unlisted = new Map<string, ImportSpeaker>();
  for (const article of document.articles) {
    for (const claim of article.claims) {
      const ref = claim.speaker;
      if (!ref || !ref.name.trim() || listed.has(ref.id) || unlisted.has(ref.id)) continue;
      unlisted.set(ref.id, { path: `${claim.path}.speaker`, id: ref.id, name: ref.name, kind: "person", description: null, aliases: [] });
    }
  }
  return [...document.speakers.map((speaker) => ({ speaker, listed: true })), ...[...unlisted.values()].map((speaker) => ({ speaker, listed: false }))];
}

/** Which speaker here holds each label (a name or alias, lowercased) that the document uses. */
async function labelHolders(db: Executor, labels: string[]): Promise<Map<string, { id: string; name: string }>> {
  const holders = new Map<string, { id: string; name: string }>();
  for (const chunk of chunked(labels, LOOKUP_CHUNK)) {
    const names = await db
      .select({ id: speakers.id, name: speakers.name, label: sql<string>`lower(${speakers.name})` })
      .from(speakers)
      .where(inArray(sql`lower(${speakers.name})`, chunk));
    const aliases = await db
      .select({ id: speakers.id, name: speakers.name, label: sql<string>`lower(${speakerAliases.alias})` })
      .from(speakerAliases)
      .innerJoin(speakers, eq(speakers.id, speakerAliases.speakerId))
      .where(inArray(sql`lower(${speakerAliases.alias})`, chunk));
    for (const row of [...names, ...aliases]) holders.set(row.label, { id: row.id, name: row.name });
  }
  return holders;
}

/** Every label each of these speakers holds here, lowercased. */
async function labelsHeld(db: Executor, ids: string[]): Promise<Map<string, Set<string>>> {
  const held = new Map<string, Set<string>>();
  for (const chunk of chunked(ids, LOOKUP_CHUNK)) {
    const rows = await db.select({ id: speakers.id, name: speakers.name }).from(speakers).where(inArray(speakers.id, chunk));
    for (const row of rows) held.set(row.id, new Set([row.name.toLowerCase()]));
    const aliasRows = await db
      .select({ id: speakerAliases.speakerId, alias: speakerAliases.alias })
      .from(speakerAliases)
      .where(inArray(speakerAliases.speakerId, chunk));
    for (const row of aliasRows) held.get(row.id)?.add(row.alias.toLowerCase());
  }
  return held;
}

/**
 * Decides, for every speaker of the document, which speaker here it is: the one with its id, else the one its id
 * was merged into (speaker_merges), else the one whose name or alias is its name, else one whose name or alias is
 * one of its aliases; or a new speaker with its id. A matched speaker gains the document's names for it as
 * aliases, where no other speaker holds them.
 */
export async function planSpeakers(db: Executor, document: ImportDocument): Promise<{ plans: SpeakerPlan[]; target: Map<string, string> }> {
  const all = documentSpeakers(document);
  const byId = new Map<string, { id: string; name: string }>();
  for (const ids of chunked(all.map(({ speaker }) => speaker.id), LOOKUP_CHUNK)) {
    for (const row of await db.select({ id: speakers.id, name: speakers.name }).from(speakers).where(inArray(speakers.id, ids))) {
      byId.set(row.id, row);
    }
  }
  // A speaker merged away here since the document was written stands for the speaker it was merged into.
  const byMerge = await survivorsOf(db, [...new Set(all.map(({ speaker }) => speaker.id).filter((id) => !byId.has(id)))]);
  const holders = await labelHolders(db, [...new Set(all.flatMap(({ speaker }) => labelsOf(speaker)))]);
  const held = await labelsHeld(db, [...new Set([...byId.keys(), ...[...byMerge.values()].map((s) => s.id), ...[...holders.values()].map((h) => h.id)])]);

  const plans: SpeakerPlan[] = [];
  const target = new Map<string, string>();
  // Labels of the speakers this import creates, so that two document speakers never become two of the same name.
  const planned = new Map<string, string>();
  for (const { speaker, listed } of all) {
    if (target.has(speaker.id)) continue;
    const key = speaker.name.toLowerCase();
    let matched: SpeakerReport["matched"];
    const found = byId.get(speaker.id);
    const merged = byMerge.get(speaker.id);
    const byName = holders.get(key);
    const byAlias = speaker.aliases.map((a) => holders.get(a.toLowerCase())).find(Boolean);
    if (found) matched = { ...found, by: "id" };
    else if (merged) matched = { ...merged, by: "merge" };
    else if (byName) matched = { ...byName, by: "name" };
    else if (byAlias) matched = { ...byAlias, by: "alias" };
    else if (!listed && planned.has(key)) {
      // A claim names, under another id, a speaker the document lists: it is that speaker.
      target.set(speaker.id, planned.get(key) as string);
      continue;
    }
    if (!matched) {
      plans.push({ report: { path: speaker.path, id: speaker.id, name: speaker.name, outcome: "created", aliasesAdded: [] }, targetId: speaker.id, create: speaker });
      target.set(speaker.id, speaker.id);
      for (const label of labelsOf(speaker)) if (!planned.has(label)) planned.set(label, speaker.id);
      continue;
    }
    const holds = held.get(matched.id) ?? new Set<string>();
    const aliasesAdded: string[] = [];
    // A claim's bare reference adds nothing: only a listed speaker speaks for its names.
    for (const label of listed ? [speaker.name, ...speaker.aliases] : []) {
      const lower = label.toLowerCase();
      const holder = holders.get(lower);
      // A label another speaker holds here stays theirs.
      if (holds.has(lower) || (holder && holder.id !== matched.id) || planned.has(lower)) continue;
      holds.add(lower);
      planned.set(lower, matched.id);
      aliasesAdded.push(label);
    }
    held.set(matched.id, holds);
    plans.push({ report: { path: speaker.path, id: speaker.id, name: speaker.name, outcome: "matched", matched, aliasesAdded }, targetId: matched.id });
    target.set(speaker.id, matched.id);
  }
  return { plans, target };
}
