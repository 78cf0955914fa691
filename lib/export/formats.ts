/** The formats Claimlens exports, with what a download of each is called and labelled. */
export const EXPORT_FORMATS = ["claimlens", "w3c", "csv", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  /** What the analyst sees in an Export menu. */
  label: string;
  /** The HTTP Content-Type of a download. */
  contentType: string;
  /** The file name ending, without the leading dot. */
  extension: string;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  claimlens: { label: "Claimlens JSON (lossless, re-importable)", contentType: "application/json; charset=utf-8", extension: "claimlens.json" },
  w3c: {
    label: "W3C Web Annotation (JSON-LD)",
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: "annotations.jsonld",
  },
  csv: { label: "CSV (spreadsheets)", contentType: "text/csv; charset=utf-8; header=present", extension: "csv" },
  jsonl: { label: "JSON Lines (notebooks, pandas)", contentType: "application/x-ndjson; charset=utf-8", extension: "jsonl" },
};

/** True for the name of a format Claimlens exports. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The download name of a corpus export: `claimlens-corpus-2024-05-01.csv`. */
export function corpusFileName(format: ExportFormat, at: Date): string {
  return `claimlens-corpus-${at.toISOString().slice(0, 10)}.${FORMAT_INFO[format].extension}`;
}
