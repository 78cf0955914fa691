import type { ExportFormat } from "@/lib/export/formats";
import { formatBytes } from "@/lib/text/format-bytes";

/**
 * Reading an export as it downloads: how many claims have arrived, what the file is called, and how to say
 * so to the analyst. Pure functions, so the download code in the browser stays small.
 */

/** What has arrived of an export so far. */
export interface ExportProgress {
  /** Bytes received. */
  received: number;
  /** Claims received, counted from the records in the text; null when the format cannot be counted. */
  claims: number | null;
  /** Claims the server said the export holds (`X-Claimlens-Claims`), when it did. */
  total: number | null;
}

// Each pattern occurs exactly once per claim. In the JSON formats the quotes around a key or a type name are
// never escaped, while every quote inside a string value is, so article text cannot produce a false match.
const RECORD_MARK: Record<ExportFormat, string> = {
  claimlens: '"confidence":',
  w3c: '"TextPositionSelector"',
  csv: "\r\n",
  jsonl: "\n",
};

/** Counts the claims in an export's text, fed chunk by chunk; a mark split between two chunks counts once. */
export function claimCounter(format: ExportFormat): { push(text: string): number; readonly claims: number } {
  const mark = RECORD_MARK[format];
  let carry = "";
  let marks = 0;
  // The CSV's first record is its header row.
  const claims = () => (format === "csv" ? Math.max(0, marks - 1) : marks);
  return {
    push(text) {
      const window = carry + text;
      for (let at = window.indexOf(mark); at >= 0; at = window.indexOf(mark, at + mark.length)) marks++;
      // Keep fewer characters than the mark holds: a whole mark in the carry was already counted.
      carry = window.slice(Math.max(0, window.length - (mark.length - 1)));
      return claims();
    },
    get claims() {
      return claims();
    },
  };
}

/** The file name a download's Content-Disposition gives, or `fallback`; never a path. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = null;
    }
  }
  if (!name) name = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(header)?.[1]?.replace(/\\(.)/g, "$1") ?? null;
  if (!name) name = /filename\s*=\s*([^;\s]+)/.exec(header)?.[1] ?? null;
  const base = name?.replace(/^.*[/\\]/, "").trim();
  return base ? base : fallback;
}

const number = (n: number) => n.toLocaleString("en");

export { formatBytes };

/** "1,240 of 100,000 claims" when the total is known, "1,240 claims" when it is not, else the bytes received. */
export function describeProgress(progress: ExportProgress): string {
  const { claims, total, received } = progress;
  if (claims !== null && total !== null) return `${number(Math.min(claims, total))} of ${number(total)} ${total === 1 ? "claim" : "claims"}`;
  if (claims !== null && claims > 0) return `${number(claims)} ${claims === 1 ? "claim" : "claims"}`;
  return `${formatBytes(received)} received`;
}

/** The share of the export received, 0 to 1, when it can be known. */
export function progressFraction(progress: ExportProgress): number | null {
  if (progress.claims === null || progress.total === null) return null;
  if (progress.total === 0) return 1;
  return Math.min(1, progress.claims / progress.total);
}

/** The analyst's sentence for a failed export: the server's own message when it sent one. */
export function exportErrorMessage(status: number, body: string): string {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } } | null)?.error?.message;
    if (typeof message === "string" && message.trim() !== "") return message;
  } catch {
    // Not JSON: a proxy's or the framework's error page.
  }
  return status === 404
    ? "There is nothing to export here any more: the article may have been deleted."
    : `The export failed (the server answered ${status}). Try again.`;
}
