import { reanchoringPhrase, textUpdateSentence, wouldWrite, type ImportReport, type RefusedClaim } from "@/lib/import/import-report";
import { IMPORT_BODY_LIMIT } from "@/lib/import/import-query";
import { formatBytes } from "./download-progress";

/**
 * Importing a Claimlens JSON document from the library: what is checked in the browser before anything is
 * sent, and the sentences that say what an import will do or did. Refusals are sentences for the analyst.
 */

/** The `accept` attribute of the document picker. */
export const DOCUMENT_FILE_ACCEPT = ".json,application/json";

export type DocumentCheck = { ok: true; text: string } | { ok: false; message: string };

const OTHER_EXPORTS: [RegExp, string][] = [
  [/\.jsonld$/i, "a W3C Web Annotation export"],
  [/\.(jsonl|ndjson)$/i, "a JSON Lines export"],
  [/\.csv$/i, "a CSV export"],
];

/**
 * Whether a picked file may be read, judged by its name and size before any of it is: null when it may.
 * Whether it is JSON at all is up to its content (`checkDocumentText`), since names can mislead.
 */
export function checkDocumentFile(file: { name: string; size: number }): DocumentCheck | null {
  const other = OTHER_EXPORTS.find(([pattern]) => pattern.test(file.name));
  if (other) {
    return { ok: false, message: `“${file.name}” is ${other[1]}, which cannot be imported: only Claimlens JSON files can (.claimlens.json).` };
  }
  if (file.size > IMPORT_BODY_LIMIT) {
    return {
      ok: false,
      message: `“${file.name}” is ${formatBytes(file.size)}; the library imports documents up to ${formatBytes(IMPORT_BODY_LIMIT)}. Import it from the command line instead: npm run import -- ${file.name}`,
    };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty: there is nothing to import.` };
  return null;
}

/** Whether a file's text is a Claimlens document at all; the server checks everything else. */
export function checkDocumentText(name: string, text: string): DocumentCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: /\.json$/i.test(name)
        ? `“${name}” is not valid JSON, so it cannot be a Claimlens export. It may be damaged or cut short.`
        : `“${name}” is not a JSON file. Choose a Claimlens JSON export, whose name ends in .claimlens.json.`,
    };
  }
  const format = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).format : undefined;
  if (format === "claimlens/1") return { ok: true, text };
  if (typeof value === "object" && value !== null && "@context" in value) {
    return { ok: false, message: `“${name}” is a W3C Web Annotation export, which cannot be imported. Choose a Claimlens JSON file.` };
  }
  return {
    ok: false,
    message:
      typeof format === "string"
        ? `“${name}” is in the format “${format}”, which this version of Claimlens cannot read. It reads claimlens/1.`
        : `“${name}” is JSON but not a Claimlens export: it does not say "format": "claimlens/1".`,
  };
}

const count = (n: number, word: string, plural = `${word}s`) => `${n.toLocaleString("en")} ${n === 1 ? word : plural}`;

/** Joins ["a", "b", "c"] as "a, b and c". */
function list(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** True when importing the report's document would write anything. */
export function wouldChange(report: ImportReport): boolean {
  return wouldWrite(report.summary);
}

/** The sentence on changed texts after the others, when there is one. */
const withTextUpdates = (sentence: string, report: ImportReport, dryRun: boolean) => {
  const texts = textUpdateSentence(report.summary.articles.revised, report.summary.reanchored, dryRun);
  return texts ? `${sentence}${sentence ? " " : ""}${texts}.` : sentence;
};

/**
 * What a dry run says an import will do: "Will create 2 articles, 14 claims, 3 speakers; merge 1 article;
 * 0 refused." and, when texts change, "1 article's text would be updated: 12 claims would move, 1 would be
 * orphaned." When nothing would change: which articles and claims are already here.
 */
export function previewSentence(report: ImportReport): string {
  const { articles, claims, speakers } = report.summary;
  if (!wouldChange(report) && articles.refused === 0) {
    const here = list([
      articles.unchanged + articles.merged > 0 ? count(articles.unchanged + articles.merged, "article") : "",
      claims.unchanged > 0 ? count(claims.unchanged, "claim") : "",
    ].filter(Boolean));
    return here
      ? `Nothing to import: this file’s ${here} ${articles.unchanged + articles.merged + claims.unchanged === 1 ? "is" : "are"} already here, unchanged.`
      : "Nothing to import: the file holds no articles.";
  }
  const parts = [
    `Will create ${count(articles.created, "article")}, ${count(claims.created, "claim")}, ${count(speakers.created, "speaker")}`,
    `merge ${count(articles.merged, "article")}`,
  ];
  if (claims.updated > 0) parts.push(`update ${count(claims.updated, "claim")}`);
  if (speakers.aliasesAdded > 0) parts.push(`add ${count(speakers.aliasesAdded, "alias", "aliases")}`);
  parts.push(`${articles.refused.toLocaleString("en")} refused`);
  return withTextUpdates(`${parts.join("; ")}.`, report, true);
}

/**
 * What an import did: "Imported 2 articles, 14 claims and 3 speakers; merged 1 article." and, when texts
 * changed, "1 article's text was updated: 12 claims moved, 1 orphaned."
 */
export function resultSentence(report: ImportReport): string {
  const { articles, claims, speakers } = report.summary;
  if (!report.changed) return "Nothing changed: everything in the file was already here.";
  const created = [
    articles.created > 0 ? count(articles.created, "article") : "",
    claims.created > 0 ? count(claims.created, "claim") : "",
    speakers.created > 0 ? count(speakers.created, "speaker") : "",
  ].filter(Boolean);
  const parts = created.length > 0 ? [`Imported ${list(created)}`] : [];
  if (articles.merged > 0) parts.push(`${parts.length ? "merged" : "Merged"} ${count(articles.merged, "article")}`);
  if (claims.updated > 0) parts.push(`${parts.length ? "updated" : "Updated"} ${count(claims.updated, "claim")}`);
  if (speakers.aliasesAdded > 0) parts.push(`${parts.length ? "added" : "Added"} ${count(speakers.aliasesAdded, "alias", "aliases")}`);
  return withTextUpdates(parts.length > 0 ? `${parts.join("; ")}.` : "", report, false);
}

/** The outcome of one article, as the preview (`dryRun`) and the result list it. */
export function articleOutcomeLabel(article: ImportReport["articles"][number], dryRun = true): string {
  const { created, updated, unchanged } = article.claims;
  const merged = list(
    [created > 0 ? `${count(created, "new claim")}` : "", updated > 0 ? `${count(updated, "updated claim")}` : "", unchanged > 0 ? `${unchanged.toLocaleString("en")} unchanged` : ""].filter(Boolean),
  );
  switch (article.outcome) {
    case "created":
      return `new, ${count(created, "claim")}`;
    case "merged":
      return merged || "merged";
    case "revised": {
      const moved = article.reanchored ? reanchoringPhrase(article.reanchored, dryRun) : "";
      const text = `${dryRun ? "text would be updated" : "text updated"}${moved ? `: ${moved}` : ""}`;
      return created + updated > 0 ? `${text}; ${list([created > 0 ? count(created, "new claim") : "", updated > 0 ? count(updated, "updated claim") : ""].filter(Boolean))}` : text;
    }
    case "unchanged":
      return unchanged > 0 ? `already here, ${count(unchanged, "claim")} unchanged` : "already here";
    case "refused":
      return article.reason ? `refused: ${article.reason}` : "refused";
  }
}

/**
 * Why a file that would change colleagues' claims cannot be imported, from its dry run: "Nothing can be imported
 * from “x.json”: it changes 2 claims someone else tagged. …"
 */
export function refusedMessage(fileName: string, refused: RefusedClaim[]): string {
  return (
    `Nothing can be imported from “${fileName}”: it changes ${count(refused.length, "claim")} someone else tagged. ` +
    "Only a claim's author or an administrator may change it: remove these claims from the file, or ask an administrator to import it."
  );
}

/** One refused claim in the list under that message: "in “Title”: Ana Analyst's claim". */
export function refusedLabel(refused: RefusedClaim): string {
  return `in “${refused.articleTitle}”: ${refused.owner ? `${refused.owner.name}'s claim` : "a claim from before accounts existed"}`;
}
