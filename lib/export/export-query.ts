import { z } from "zod";
import { CLAIM_KINDS, CLAIM_SETS, CONFIDENCE_LEVELS } from "../model";
import { AppError, type Issue } from "../errors";
import type { CorpusFilters } from "./claimlens-document";
import { LIST_KEYS } from "./export-href";
import { EXPORT_FORMATS, type ExportFormat } from "./formats";
import { uuid as uuidOf } from "../schema-primitives";

/** What an export request asks for: a format and, for the corpus, filters on articles and claims. */
export interface ExportRequest {
  format: ExportFormat;
  filters: CorpusFilters;
}

const list = <T extends z.ZodType>(item: T) => z.array(item).max(1000, "lists at most 1000 values");
const uuid = uuidOf();
const querySchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(", ")}` }).default("claimlens"),
  article: list(uuid).optional(),
  speaker: list(uuid).optional(),
  kind: list(z.enum(CLAIM_KINDS, { error: `must be ${CLAIM_KINDS.join(" or ")}` })).optional(),
  confidence: list(z.enum(CONFIDENCE_LEVELS, { error: "must be low, moderate or high" })).optional(),
  set: z.enum(CLAIM_SETS, { error: "must be analyst or reviewed" }).optional(),
});

/**
 * Reads an export's query string (the inverse of `exportHref`, export-href.ts). Lists may be given as repeated parameters (`kind=attributed&kind=reporter`)
 * or comma-separated (`kind=attributed,reporter`); an unknown parameter is refused rather than ignored, so a
 * misspelt filter never exports more than was asked for.
 */
export function parseExportQuery(params: URLSearchParams, allowed: readonly string[] = ["format", "set", ...LIST_KEYS]): ExportRequest {
  const input: Record<string, string | string[]> = {};
  const issues: Issue[] = [];
  for (const key of new Set(params.keys())) {
    if (!allowed.includes(key)) {
      issues.push({ path: key, message: `is not a parameter of this export (use ${allowed.join(", ")})` });
      continue;
    }
    const values = params.getAll(key);
    if (LIST_KEYS.has(key)) input[key] = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
    else input[key] = values[values.length - 1] ?? "";
  }
  const parsed = querySchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      const value = typeof key === "string" && typeof index === "number" ? (input[key] as string[] | undefined)?.[index] : undefined;
      issues.push({ path: String(key ?? "(query)"), message: value === undefined ? issue.message : `“${value}” ${issue.message}` });
    }
  }
  if (issues.length > 0 || !parsed.success) {
    throw new AppError("invalid", `The export request is not valid: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}.`, { issues });
  }
  const { format, article, speaker, kind, confidence, set } = parsed.data;
  const filters: CorpusFilters = {};
  if (article?.length) filters.articleIds = [...new Set(article)];
  if (speaker?.length) filters.speakerIds = [...new Set(speaker)];
  if (kind?.length) filters.kinds = [...new Set(kind)];
  if (confidence?.length) filters.confidences = [...new Set(confidence)];
  if (set) filters.set = set;
  return { format: format as ExportFormat, filters };
}
