import type { Issue } from "../errors";

/** What an import did, or (in a dry run, or when it was refused) would have done, article by article. */
export type ArticleOutcome = "created" | "merged" | "unchanged" | "refused";

export interface ClaimCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ArticleReport {
  path: string;
  id: string;
  title: string;
  outcome: ArticleOutcome;
  claims: ClaimCounts;
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
  matched?: { id: string; name: string; by: "id" | "name" | "alias" };
  /** Names and aliases from the document added as aliases of the matched speaker. */
  aliasesAdded: string[];
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
  };
  articles: ArticleReport[];
  speakers: SpeakerReport[];
  /** Every problem, each with its path in the document; any problem means nothing is written. */
  issues: Issue[];
}

/** A report for a document that could not even be read: only its problems. */
export function emptyReport(dryRun: boolean, issues: Issue[]): ImportReport {
  return {
    dryRun,
    ok: issues.length === 0,
    changed: false,
    summary: {
      articles: { created: 0, merged: 0, unchanged: 0, refused: 0 },
      claims: { created: 0, updated: 0, unchanged: 0 },
      speakers: { created: 0, matched: 0, aliasesAdded: 0 },
    },
    articles: [],
    speakers: [],
    issues,
  };
}

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** One sentence for the analyst: what was imported, or why nothing was. */
export function describeReport(report: ImportReport): string {
  const { articles, claims, speakers } = report.summary;
  if (!report.ok) {
    const shown = report.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join("; ");
    const more = report.issues.length > 3 ? `; and ${plural(report.issues.length - 3, "more problem")}` : "";
    return `Nothing was imported: the document has ${plural(report.issues.length, "problem")} (${shown}${more}).`;
  }
  const parts = [
    `${plural(articles.created, "new article")}`,
    `${plural(articles.merged, "merged article")}`,
    `${plural(articles.unchanged, "unchanged article")}`,
    `${plural(claims.created, "new claim")}`,
    `${plural(claims.updated, "updated claim")}`,
    `${plural(speakers.created, "new speaker")}`,
  ];
  if (report.dryRun) return `Dry run: importing this document would give ${parts.join(", ")}. Nothing was written.`;
  if (!report.changed) return "This document was already imported: nothing changed.";
  return `Imported: ${parts.join(", ")}.`;
}
