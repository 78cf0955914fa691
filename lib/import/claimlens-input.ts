import { z } from "zod";
import {
  CLAIM_KINDS,
  CLAIM_SETS,
  CLAIM_STATUSES,
  CONFIDENCE_LEVELS,
  SPEAKER_KINDS,
  type SpeakerKind,
} from "../model";
import type { Issue } from "../errors";
import { int4, text, uuid as uuidOf } from "../schema-primitives";
import { CLAIMLENS_FORMAT } from "../export/claimlens-document";
import { formattingListSchema } from "../schemas";
import type { FormattingRange } from "../extract/formatting";

/**
 * Reading a `claimlens/1` document for import: its shape is checked field by field (the same rules as the
 * JSON Schema in lib/export/claimlens-1.schema.json), and every problem is reported with its path in the
 * document, such as `articles[3].claims[17].end`.
 */

export interface ImportSpeaker {
  path: string;
  id: string;
  name: string;
  kind: SpeakerKind;
  description: string | null;
  aliases: string[];
}

/**
 * A claim as the document gives it. `status` defaults to anchored (documents written before statuses); the
 * document's `revision` is not kept, since revision numbers are local to the installation that wrote it.
 */
export type ImportClaim = Omit<z.infer<typeof claimSchema>, "revision"> & { path: string };

/** A dropped disagreement's entry for one analyst claim (see `ExportedReviewDrop`). */
export interface ImportReviewDrop {
  path: string;
  claimId: string;
  at: string;
}

export interface ImportArticle {
  path: string;
  id: string;
  title: string;
  sourceUrl: string | null;
  publishedAt: string | null;
  text: string;
  textSha256: string;
  createdAt: string | undefined;
  updatedAt: string | undefined;
  formatting?: FormattingRange[];
  claims: ImportClaim[];
  /** Added with review drops; documents written before have none. */
  reviewDrops: ImportReviewDrop[];
}

/** A document as the importer sees it, whichever shape it came in: a list of articles with their claims. */
export interface ImportDocument {
  shape: "article" | "corpus";
  speakers: ImportSpeaker[];
  articles: ImportArticle[];
}

const uuid = uuidOf();
const timestamp = z.iso.datetime({ offset: true, error: "must be a date and time such as 2024-05-01T09:30:00.000Z" });
// Text is imported exactly as written (lossless): only limits are checked, nothing is trimmed or rewritten.
const optionalText = (max: number) => text().max(max, `is longer than ${max} characters`).nullable();
const name = (max: number) =>
  text()
    .max(max, `is longer than ${max} characters`)
    .refine((v) => v.trim().length > 0, "cannot be empty");

const speakerSchema = z.strictObject({
  id: uuid,
  name: name(200),
  kind: z.enum(SPEAKER_KINDS, { error: `must be one of ${SPEAKER_KINDS.join(", ")}` }),
  description: optionalText(500),
  aliases: z.array(name(200)).max(100, "lists more than 100 aliases"),
});

const offset = int4().min(0, "must not be negative").nullable();

const person = z.strictObject({ id: text().min(1).max(200), name: text().min(1).max(200) });
const personRef = person.nullable().optional();

const claimSchema = z.strictObject({
  id: uuid,
  articleId: uuid.optional(),
  // Null only for an orphaned claim: check-document.ts holds offsets and status to each other.
  start: offset,
  end: offset,
  quote: text().min(1, "cannot be empty"),
  prefix: text(),
  suffix: text(),
  kind: z.enum(CLAIM_KINDS, { error: `must be ${CLAIM_KINDS.join(" or ")}` }),
  speaker: z.strictObject({ id: uuid, name: name(200) }).nullable(),
  cue: optionalText(100),
  confidence: z.enum(CONFIDENCE_LEVELS, { error: "must be low, moderate or high" }),
  note: optionalText(10_000),
  version: int4().min(1, "must be 1 or more"),
  status: z.enum(CLAIM_STATUSES, { error: `must be ${CLAIM_STATUSES.join(" or ")}` }).default("anchored"),
  revision: int4().min(1, "must be 1 or more").optional(),
  fuzzy: z
    .strictObject({
      score: z.number("must be a number").min(0, "must be from 0 to 1").max(1, "must be from 0 to 1"),
      oldQuote: text().min(1, "cannot be empty"),
    })
    .nullable()
    .default(null),
  // Who tagged and last changed the claim where it was exported: informative only. Accounts are local to an
  // installation, so an imported claim's author here is the person who imports it.
  createdBy: personRef,
  updatedBy: personRef,
  createdAt: timestamp,
  updatedAt: timestamp,
  // The claim set and review (issue 14); absent in documents written before reviews: an analyst's claim.
  set: z.enum(CLAIM_SETS, { error: "must be analyst or reviewed" }).default("analyst"),
  review: z
    .strictObject({
      by: personRef,
      at: timestamp,
      sources: z.array(uuid).max(100, "lists at most 100 claims"),
    })
    .nullable()
    .default(null),
}).refine((c) => (c.set === "reviewed") === (c.review !== null), {
  error: "a reviewed claim has a review, and only a reviewed claim has one",
  path: ["review"],
});

// Who dropped is informative only, as a reviewed claim's reviewer is.
const reviewDropsSchema = z
  .array(z.strictObject({ claimId: uuid, by: person.nullable(), at: timestamp }))
  .min(1, "is written only when there are some: leave it out instead")
  .optional();

const articleFields = {
  id: uuid,
  title: name(300),
  sourceUrl: z.url({ protocol: /^https?$/, error: "must be an http or https address" }).max(2000).nullable(),
  publishedAt: timestamp.nullable(),
  text: text().min(1, "cannot be empty"),
  textSha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hexadecimal digits"),
  // Ignored: revision numbers are local to the installation that wrote the document.
  revision: int4().min(1, "must be 1 or more").optional(),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
  // Added with web import; documents written before have none.
  formatting: formattingListSchema.optional(),
};

const formatSchema = z.literal(CLAIMLENS_FORMAT, { error: `must be "${CLAIMLENS_FORMAT}"` });

const articleDocumentSchema = z.strictObject({
  format: formatSchema,
  exportedAt: timestamp,
  article: z.strictObject(articleFields),
  speakers: z.array(speakerSchema),
  claims: z.array(claimSchema),
  reviewDrops: reviewDropsSchema,
});

const filterSchema = z.strictObject({
  articleIds: z.array(uuid).optional(),
  speakerIds: z.array(uuid).optional(),
  kinds: z.array(z.enum(CLAIM_KINDS)).optional(),
  confidences: z.array(z.enum(CONFIDENCE_LEVELS)).optional(),
  set: z.enum(CLAIM_SETS).optional(),
});

const corpusDocumentSchema = z.strictObject({
  format: formatSchema,
  exportedAt: timestamp,
  filters: filterSchema.optional(),
  speakers: z.array(speakerSchema),
  articles: z.array(z.strictObject({ ...articleFields, claims: z.array(claimSchema), reviewDrops: reviewDropsSchema })),
});

/** A zod path as a reader of the document would write it: `articles[3].claims[17].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  return out || "(document)";
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  object: "an object",
  array: "a list",
  boolean: "true or false",
  null: "null",
};

/** Plain words for the issues zod reports in its own terms. */
function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "is missing";
    return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === "unrecognized_keys") {
    return `has ${issue.keys.length === 1 ? "a field" : "fields"} this format does not define: ${issue.keys.join(", ")}`;
  }
  return undefined;
}

/**
 * Reads a document for import. Returns the document in one shape (a list of articles) with each part's path,
 * or every problem found in its structure.
 */
export function parseClaimlensDocument(input: unknown): { document: ImportDocument; issues: [] } | { document: null; issues: Issue[] } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { document: null, issues: [{ path: "(document)", message: `must be a JSON object with "format": "${CLAIMLENS_FORMAT}"` }] };
  }
  const record = input as Record<string, unknown>;
  if (record.format !== CLAIMLENS_FORMAT) {
    const found = typeof record.format === "string" ? `"${record.format}"` : "missing";
    return {
      document: null,
      issues: [{ path: "format", message: `must be "${CLAIMLENS_FORMAT}" (it is ${found}); only Claimlens JSON documents can be imported` }],
    };
  }
  const shape = "articles" in record ? "corpus" : "article" in record ? "article" : null;
  if (!shape) {
    return { document: null, issues: [{ path: "(document)", message: 'has neither "article" (one article) nor "articles" (a corpus)' }] };
  }
  const schema = shape === "corpus" ? corpusDocumentSchema : articleDocumentSchema;
  const parsed = schema.safeParse(input, { error: friendlyMessage });
  if (!parsed.success) {
    return { document: null, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const speakers = parsed.data.speakers.map((s, i) => ({ ...s, path: `speakers[${i}]` }));
  const withPaths = (claims: z.infer<typeof claimSchema>[], prefix: string): ImportClaim[] =>
    claims.map(({ revision: _revision, ...c }, j) => ({ ...c, articleId: c.articleId, path: `${prefix}[${j}]` }));
  const dropsWithPaths = (drops: z.infer<typeof reviewDropsSchema>, prefix: string): ImportReviewDrop[] =>
    (drops ?? []).map(({ claimId, at }, j) => ({ claimId, at, path: `${prefix}[${j}]` }));
  let articles: ImportArticle[];
  if ("articles" in parsed.data) {
    articles = parsed.data.articles.map(({ claims, reviewDrops, revision: _revision, ...a }, i) => ({
      ...a,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      path: `articles[${i}]`,
      claims: withPaths(claims, `articles[${i}].claims`),
      reviewDrops: dropsWithPaths(reviewDrops, `articles[${i}].reviewDrops`),
    }));
  } else {
    const { article: { revision: _revision, ...article }, claims, reviewDrops } = parsed.data;
    articles = [
      { ...article, createdAt: article.createdAt, updatedAt: article.updatedAt, path: "article", claims: withPaths(claims, "claims"), reviewDrops: dropsWithPaths(reviewDrops, "reviewDrops") },
    ];
  }
  return { document: { shape, speakers, articles }, issues: [] };
}
