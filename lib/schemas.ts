import { z } from "zod";
import { CLAIM_KINDS, CONFIDENCE_LEVELS, SPEAKER_KINDS } from "./model";
import { AppError, type Issue } from "./errors";
import { userIdSchema } from "./auth/account-schemas";
import { FORMATTING_TYPES, MAX_FORMATTING_RANGES } from "./extract/formatting";
import { coercedInt4, int4, text, uuid } from "./schema-primitives";

/** Input schemas for every boundary: route handlers, the CLI and imports parse with these and nothing else. */

const trimmed = (max: number, what: string) =>
  text().trim().min(1, `${what} cannot be empty`).max(max, `${what} is longer than ${max} characters`);
/** An optional free-text field: trimmed, bounded, and null when empty. */
export const optionalText = (max: number, what: string) =>
  text()
    .trim()
    .max(max, `${what} is longer than ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const publishedAtSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be a date such as 2023-11-21" })
  .nullish()
  .transform((v) => v ?? null);

export const sourceUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be an http or https address" })
  .max(2000)
  .nullish()
  .transform((v) => v ?? null);


/** One stand-off formatting range (see lib/extract/formatting); whether it fits the text is checked with the text. */
export const formattingRangeSchema = z.strictObject({
  type: z.enum(FORMATTING_TYPES, { error: `must be one of ${FORMATTING_TYPES.join(", ")}` }),
  start: int4().min(0, "must not be negative"),
  end: int4().min(0, "must not be negative"),
  href: z.url({ protocol: /^https?$/, error: "must be an http or https address" }).max(2000).optional(),
  level: z.int().min(1).max(6).optional(),
});

export const formattingListSchema = z.array(formattingRangeSchema).max(MAX_FORMATTING_RANGES, `at most ${MAX_FORMATTING_RANGES} formatting ranges`);

const languageSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as en or en-GB")
  .nullish()
  .transform((v) => v ?? null);

export const articleCreateSchema = z.strictObject({
  title: optionalText(300, "The title"),
  // Article text may hold anything: normaliseText drops control characters (U+0000 too) on the way in.
  text: z.string({ error: "text is required" }),
  sourceUrl: z.preprocess((v) => (v === "" ? null : v), sourceUrlSchema),
  publishedAt: z.preprocess((v) => (v === "" ? null : v), publishedAtSchema),
  format: z.enum(["text", "markdown"]).default("text"),
  // From a confirmed web import preview (POST /api/import/preview).
  byline: optionalText(300, "The byline"),
  siteName: optionalText(300, "The site name"),
  modifiedAt: z.preprocess((v) => (v === "" ? null : v), publishedAtSchema),
  language: languageSchema,
  canonicalUrl: z.preprocess((v) => (v === "" ? null : v), sourceUrlSchema),
  formatting: formattingListSchema.optional(),
  snapshotId: uuid("must be the snapshotId of a preview").nullish(),
});

/** A web import preview: a page's address, or its HTML (pasted or uploaded) with the address it came from. */
export const importPreviewSchema = z.union(
  [
    z.strictObject({ url: z.string().trim().min(1, "url cannot be empty").max(2000, "url is longer than 2000 characters") }),
    z.strictObject({
      html: z.string().min(1, "html cannot be empty"),
      url: z.preprocess((v) => (v === "" ? null : v), sourceUrlSchema),
    }),
  ],
  { error: "send either {url} or {html, url?}" },
);
export type ImportPreviewInput = z.infer<typeof importPreviewSchema>;
export type ArticleCreateInput = z.infer<typeof articleCreateSchema>;

const revisionNumber = int4().min(1, "must be 1 or more");

/** A new text for an article, on top of the revision the analyst edited. */
export const articleTextSchema = z.strictObject({
  text: z.string({ error: "text is required" }),
  baseRevision: revisionNumber,
  format: z.enum(["text", "markdown"]).default("text"),
});
export type ArticleTextInput = z.infer<typeof articleTextSchema>;

export const revisionRestoreSchema = z.strictObject({ baseRevision: revisionNumber.optional() });

export const revisionListQuerySchema = z.object({
  cursor: coercedInt4().pipe(revisionNumber).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const claimDeleteQuerySchema = z.object({ version: coercedInt4().min(1, "must be 1 or more").optional() });

export const claimRestoreSchema = z.strictObject({ historyId: z.int("must be a whole number").min(1).optional() });

/** An article's claims (`GET /api/articles/:id/claims`): a list of claim objects, or one table (lib/claims/claims-table.ts). */
export const claimListQuerySchema = z.object({
  format: z.enum(["list", "table"], { message: 'must be "list" or "table"' }).default("list"),
});

export const historyQuerySchema = z.object({
  cursor: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The team's activity (`GET /api/activity`): optionally one person's (`actor`), a page of at most 100 at a time. */
export const activityQuerySchema = historyQuerySchema.extend({
  actor: userIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** The activity's export (`GET /api/activity/export`): everything, or one person's. */
export const activityExportQuerySchema = z.strictObject({ actor: userIdSchema.optional() });

/** A revision number from a path segment, or undefined when it cannot be one. */
export function parseRevisionNumber(value: string): number | undefined {
  return /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : undefined;
}

const offset = int4().min(0, "must not be negative");
const speakerName = trimmed(200, "The speaker's name");

export const claimCreateSchema = z.strictObject({
  start: offset,
  end: offset,
  kind: z.enum(CLAIM_KINDS, { error: "must be attributed or reporter" }),
  speaker: speakerName.nullish(),
  speakerId: uuid("must be a speaker id").nullish(),
  cue: optionalText(100, "The cue"),
  confidence: z.enum(CONFIDENCE_LEVELS, { error: "must be low, moderate or high" }),
  note: optionalText(10_000, "The note"),
});
export type ClaimCreateInput = z.infer<typeof claimCreateSchema>;

export const claimPatchSchema = z.strictObject({
  version: int4().min(1, "must be 1 or more"),
  start: offset.optional(),
  end: offset.optional(),
  kind: z.enum(CLAIM_KINDS, { error: "must be attributed or reporter" }).optional(),
  speaker: speakerName.nullish(),
  speakerId: uuid("must be a speaker id").nullish(),
  cue: optionalText(100, "The cue").optional(),
  confidence: z.enum(CONFIDENCE_LEVELS, { error: "must be low, moderate or high" }).optional(),
  note: optionalText(10_000, "The note").optional(),
});
export type ClaimPatchInput = z.infer<typeof claimPatchSchema>;

export const speakerCreateSchema = z.strictObject({
  name: speakerName,
  kind: z.enum(SPEAKER_KINDS, { error: "must be person, organization or unnamed_source" }).default("person"),
  description: optionalText(500, "The description"),
  aliases: z.array(trimmed(200, "An alias")).max(100).default([]),
});
export type SpeakerCreateInput = z.infer<typeof speakerCreateSchema>;

export const aliasSchema = z.strictObject({ alias: trimmed(200, "The alias") });

export const listQuerySchema = z.object({
  cursor: text().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const speakerQuerySchema = z.object({
  q: text().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** An id from a path or query: any letter case, compared in lower case. */
export const uuidSchema = uuid();

/** Parses with a schema, or throws an `invalid` AppError listing every problem with its path. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what = "The request"): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: Issue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(body)",
    message: issue.message,
  }));
  const summary = issues.map((i) => (i.path === "(body)" ? i.message : `${i.path}: ${i.message}`)).join("; ");
  throw new AppError("invalid", `${what} is not valid: ${summary}.`, { issues });
}
