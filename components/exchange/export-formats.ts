import type { ExportFormat } from "@/lib/export/formats";

/** One choice of an Export menu: a format, its name and what it is for. */
export interface ExportChoice {
  format: ExportFormat;
  label: string;
  description: string;
}

/** The four export formats, in the order the Export menus list them. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { format: "claimlens", label: "Claimlens JSON", description: "Everything, lossless: re-import it here or in another Claimlens." },
  { format: "w3c", label: "W3C Web Annotation (JSON-LD)", description: "For annotation tools such as Hypothesis or Recogito." },
  { format: "csv", label: "CSV (spreadsheet)", description: "One row per claim, with its sentence, for Excel or Sheets." },
  { format: "jsonl", label: "JSON Lines", description: "One claim per line, for notebooks, pandas or jq." },
];

/** The most articles an export of a selection names in its URL; more would make the address too long. */
export const MAX_SELECTED_FOR_EXPORT = 300;
