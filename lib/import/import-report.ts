import type { Issue } from "../errors";
import { REANCHOR_OUTCOMES, type ReanchorOutcome } from "../model";

/**
 * What an import did, or (in a dry run, or when it was refused) would have done, article by article.
 * `revised`: the article is here with another text; the document's text became its new revision, the claims
 * here were re-anchored to it, and the document's claims were merged. `refused` is no longer given (a changed
 * text was its only cause) but stays in the report's shape, and its count at 0, for the report's readers.
 */
export type ArticleOutcome = "created" | "merged" | "revised" | "unchanged" | "refused";

export interface ClaimCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** How the claims already here came through a change of their article's text (see lib/anchoring). */
export type ReanchorCounts = Record<ReanchorOutcome, number>;

export interface ArticleReport {
  path: string;
  id: string;
  title: string;
  outcome: ArticleOutcome;
  claims: ClaimCounts;
  /** For a revised article: what became of the claims that were here before its text changed. */
  reanchored?: ReanchorCounts;
  /** Why an article was refused. */
  reason?: string;
}

export interface SpeakerReport {
  path: string;
  /** The id in the document. */
  id: string;
  name: string;
  outcome: "created" | "matched";
  /** The speaker it was matched to, and how: by id, or by a name or alias shared case-insensitively. */
  /** Matched by its id; by a merge that took its id into this speaker; else by its name, else by an alias. */
  matched?: { id: string; name: string; by: "id" | "merge" | "name" | "alias" };
  /** Names and aliases from the document added as aliases of the matched speaker. */
  aliasesAdded: string[];
}

/** A claim of the document that is already here, tagged by someone else, which the importer may not change. */
export interface RefusedClaim {
  /** Its place in the document: `articles[0].claims[3]`. */
  path: string;
  id: string;
  articleTitle: string;
  /** Who tagged it here (null: before accounts existed). */
  owner: { id: string; name: string } | null;
  /** Why, in words for the importer. */
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** True when the document has no problem: it was imported (or, in a dry run, would be). */
  ok: boolean;
  /** True when something was written; false for a dry run, a refusal, or a document already imported. */
  changed: boolean;
  summary: {
    articles: Record<ArticleOutcome, number>;
    claims: ClaimCounts;
    speakers: { created: number; matched: number; aliasesAdded: number };
    /** The re-anchoring counts of every revised article, added up. */
    reanchored: ReanchorCounts;
  };
  articles: ArticleReport[];
  speakers: SpeakerReport[];
  /** Every problem, each with its path in the document; any problem means nothing is written. */
  issues: Issue[];
  /**
   * Claims the document would change that are another analyst's: only their author or an administrator may
   * change them, so any refused claim means nothing is written (403), as for a problem.
   */
  refused: RefusedClaim[];
}

/** Zero for each re-anchoring outcome. */
export const noReanchoring = (): ReanchorCounts => ({ exact: 0, moved: 0, fuzzy: 0, orphaned: 0 });

/** A report for a document that could not even be read: only its problems. */
export function emptyReport(dryRun: boolean, issues: Issue[]): ImportReport {
  return {
    dryRun,
    ok: issues.length === 0,
    changed: false,
    summary: {
      articles: { created: 0, merged: 0, revised: 0, unchanged: 0, refused: 0 },
      claims: { created: 0, updated: 0, unchanged: 0 },
      speakers: { created: 0, matched: 0, aliasesAdded: 0 },
      reanchored: noReanchoring(),
    },
    articles: [],
    speakers: [],
    issues,
    refused: [],
  };
}

/** True when importing a document with this summary writes anything (the rule of `changed`, and of the UI's Import button). */
export function wouldWrite(summary: ImportReport["summary"]): boolean {
  const { articles, claims, speakers } = summary;
  return articles.created + articles.revised + claims.created + claims.updated + speakers.created + speakers.aliasesAdded > 0;
}

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

const OUTCOME_PHRASES: Record<ReanchorOutcome, { done: string; would: string }> = {
  exact: { done: "stayed in place", would: "would stay in place" },
  moved: { done: "moved", would: "would move" },
  fuzzy: { done: "matched only approximately (to check)", would: "would match only approximately (to check)" },
  orphaned: { done: "orphaned", would: "would be orphaned" },
};

/** "12 claims moved, 1 orphaned" (in a dry run: "12 claims would move, 1 would be orphaned"); empty for no claims. */
export function reanchoringPhrase(counts: ReanchorCounts, dryRun: boolean): string {
  const tense = dryRun ? "would" : "done";
  return REANCHOR_OUTCOMES.filter((o) => counts[o] > 0)
    .map((o, i) => `${i === 0 ? plural(counts[o], "claim") : counts[o].toLocaleString("en")} ${OUTCOME_PHRASES[o][tense]}`)
    .join(", ");
}

/**
 * What became of the claims of articles whose text an import changed: "1 article's text was updated: 12 claims
 * moved, 1 orphaned" (in a dry run: "would be updated: 12 claims would move, 1 would be orphaned"). Empty when
 * no article's text changed.
 */
export function textUpdateSentence(revised: number, counts: ReanchorCounts, dryRun: boolean): string {
  if (revised === 0) return "";
  const texts = revised === 1 ? `1 article's text ${dryRun ? "would be" : "was"} updated` : `${revised.toLocaleString("en")} articles' texts ${dryRun ? "would be" : "were"} updated`;
  const claims = reanchoringPhrase(counts, dryRun);
  return claims ? `${texts}: ${claims}` : `${texts}; ${revised === 1 ? "it" : "they"} had no claims here to carry over`;
}

/** One sentence for the analyst (two when texts changed): what was imported, or why nothing was. */
export function describeReport(report: ImportReport): string {
  const { articles, claims, speakers, reanchored } = report.summary;
  if (!report.ok) {
    const shown = report.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join("; ");
    const more = report.issues.length > 3 ? `; and ${plural(report.issues.length - 3, "more problem")}` : "";
    if (report.issues.length > 0) return `Nothing was imported: the document has ${plural(report.issues.length, "problem")} (${shown}${more}).`;
    return refusedSentence(report.refused);
  }
  const parts = [
    `${plural(articles.created, "new article")}`,
    `${plural(articles.merged, "merged article")}`,
    ...(articles.revised > 0 ? [`${plural(articles.revised, "revised article")}`] : []),
    `${plural(articles.unchanged, "unchanged article")}`,
    `${plural(claims.created, "new claim")}`,
    `${plural(claims.updated, "updated claim")}`,
    `${plural(speakers.created, "new speaker")}`,
  ];
  const texts = textUpdateSentence(articles.revised, reanchored, report.dryRun);
  const then = texts ? ` ${texts}.` : "";
  if (report.dryRun) return `Dry run: importing this document would give ${parts.join(", ")}.${then} Nothing was written.`;
  if (!report.changed) return "This document was already imported: nothing changed.";
  return `Imported: ${parts.join(", ")}.${then}`;
}

/**
 * Why a document that changes colleagues' claims was refused: "Nothing was imported: the document changes 2
 * claims tagged by someone else (articles[0].claims[1], Ana's; …). Only a claim's author or an administrator may
 * change it: remove these claims from the file, or ask an administrator to import it."
 */
export function refusedSentence(refused: RefusedClaim[]): string {
  const shown = refused
    .slice(0, 3)
    .map((r) => `${r.path}, ${r.owner ? `${r.owner.name}'s` : "from before accounts existed"}`)
    .join("; ");
  const more = refused.length > 3 ? `; and ${plural(refused.length - 3, "more claim")}` : "";
  return (
    `Nothing was imported: the document changes ${plural(refused.length, "claim")} tagged by someone else (${shown}${more}). ` +
    "Only a claim's author or an administrator may change it: remove these claims from the file, or ask an administrator to import it."
  );
}
