import type { ClaimDto } from "../model";
import type { ExportEvent, ExportHeader } from "./export-events";
import { claimFlattener, FLAT_CLAIM_COLUMNS, type FlatClaim } from "./flat-claim";

/**
 * The byte-order mark a CSV export starts with. Spreadsheet programs (Excel above all) read a file without it
 * in the machine's legacy code page, which turns curly quotes and accented names into mojibake.
 */
export const CSV_BOM = "\uFEFF";
const CRLF = "\r\n";

// A cell a spreadsheet would evaluate as a formula (OWASP "CSV injection"): =, +, -, @, and tab or carriage
// return, which some programs skip before looking for those.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell per RFC 4180: numbers as they are; text guarded against formula injection by a leading single
 * quote, then enclosed in double quotes (doubled inside) when it holds a comma, a quote or a line break.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, ended by CRLF as RFC 4180 asks. */
export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(",") + CRLF;
}

/** The CSV export: a BOM and a header row, then one row per claim. */
export async function* csvChunks(_header: ExportHeader, events: AsyncIterable<ExportEvent>): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(FLAT_CLAIM_COLUMNS);
  let flatten: ((claim: ClaimDto) => FlatClaim) | undefined;
  for await (const event of events) {
    if (event.type === "article") flatten = claimFlattener(event.article);
    else if (event.type === "claims" && flatten) {
      let chunk = "";
      for (const claim of event.claims) {
        const flat = flatten(claim);
        chunk += csvRow(FLAT_CLAIM_COLUMNS.map((column) => flat[column]));
      }
      yield chunk;
    }
  }
}
