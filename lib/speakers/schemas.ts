import { z } from "zod";
import { CLAIM_SETS, CONFIDENCE_LEVELS, SPEAKER_KINDS, type ClaimSet, type Confidence } from "../model";
import { invalid, type Issue } from "../errors";
import { optionalText } from "../schemas";
import { coercedInt4, text, uuid } from "../schema-primitives";
import { CLAIM_GROUPINGS, CLAIM_SORTS, SPEAKER_SORTS, type ClaimGrouping, type ClaimSort } from "./model";

/** Input schemas of the speaker directory and speaker page: PATCH, merge, and the query strings. */


export const speakerPatchSchema = z
  .strictObject({
    name: text().trim().min(1, "The speaker's name cannot be empty").max(200, "The speaker's name is longer than 200 characters").optional(),
    kind: z.enum(SPEAKER_KINDS, { error: "must be person, organization or unnamed_source" }).optional(),
    description: optionalText(500, "The description").optional(),
  })
  .refine((v) => v.name !== undefined || v.kind !== undefined || v.description !== undefined, {
    error: "Send at least one of name, kind or description",
  });
export type SpeakerPatchInput = z.infer<typeof speakerPatchSchema>;

export const speakerMergeSchema = z.strictObject({
  fromId: uuid("must be the id of the speaker to merge away"),
});

const flag = z
  .enum(["true", "false", "1", "0", ""], { error: "must be true or false" })
  .optional()
  .transform((v) => v === "true" || v === "1");

export const mergeQuerySchema = z.object({ preview: flag });

/** `GET /api/speakers`: without `sort` or `cursor`, the picker's ranking; with either, a directory page. */
/** Speakers asked for by id at most at once (`?ids=`): the speaker picker asks for its five recent ones. */
export const MAX_SPEAKER_IDS = 50;

export const speakerListQuerySchema = z
  .object({
    q: text().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    sort: z.enum(SPEAKER_SORTS, { error: "must be claims, name or latest" }).optional(),
    cursor: text().max(500).optional(),
    /** Comma-separated speaker ids: those speakers that exist, in the order asked. */
    ids: z
      .string()
      .transform((value) => [...new Set(value.split(",").map((id) => id.trim().toLowerCase()).filter(Boolean))])
      .pipe(z.array(z.uuid("must be speaker ids (UUIDs), separated by commas")).min(1, "name at least one speaker id").max(MAX_SPEAKER_IDS, `name at most ${MAX_SPEAKER_IDS} speakers`))
      .optional(),
  })
  .refine((v) => !v.ids || (v.q === undefined && v.sort === undefined && v.cursor === undefined), {
    error: "ids cannot be combined with q, sort or cursor",
    path: ["ids"],
  });

const isoDay = z.iso.date("must be a date such as 2023-11-21");

/** The filters of a speaker's claims: each narrows the list; empty means no filter. */
export interface SpeakerClaimFilters {
  confidence: Confidence[];
  cue: string | null;
  articleId: string | null;
  /** Article dates, inclusive, as YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Words that must all start a word of the quote. */
  q: string | null;
  /** One claim set only: `reviewed` keeps the articles' reviewed claims (issue 14). */
  set: ClaimSet | null;
}

export interface SpeakerClaimsQuery extends SpeakerClaimFilters {
  sort: ClaimSort;
  cursor: string | null;
  limit: number;
}

/** The speaker page's address: the API's query plus how claims are laid out. */
export interface SpeakerPageQuery extends SpeakerClaimsQuery {
  group: ClaimGrouping;
}

const emptyToNull = (v: unknown) => (v === "" ? undefined : v);

const claimsQueryObject = z.strictObject({
  confidence: z
    .array(z.enum(CONFIDENCE_LEVELS, { error: "must be low, moderate or high" }))
    .max(3)
    .default([])
    .transform((v) => CONFIDENCE_LEVELS.filter((level) => v.includes(level))),
  cue: z.preprocess(emptyToNull, text().trim().max(100, "is longer than 100 characters").optional()),
  article: z.preprocess(emptyToNull, uuid("must be an article id").optional()),
  from: z.preprocess(emptyToNull, isoDay.optional()),
  to: z.preprocess(emptyToNull, isoDay.optional()),
  q: z.preprocess(emptyToNull, text().trim().max(200, "is longer than 200 characters").optional()),
  set: z.preprocess(emptyToNull, z.enum(CLAIM_SETS, { error: "must be analyst or reviewed" }).optional()),
  sort: z.preprocess(emptyToNull, z.enum(CLAIM_SORTS, { error: "must be newest, oldest or confidence" }).default("newest")),
  cursor: z.preprocess(emptyToNull, text().max(500).optional()),
  limit: z.preprocess(
    emptyToNull,
    z.coerce.number({ error: "must be a whole number from 1 to 100" }).int("must be a whole number from 1 to 100").min(1, "must be a whole number from 1 to 100").max(100, "must be a whole number from 1 to 100").default(25),
  ),
  group: z.preprocess(emptyToNull, z.enum(CLAIM_GROUPINGS, { error: `must be ${CLAIM_GROUPINGS.join(" or ")}` }).default("article")),
});

/** Query parameters as Next.js pages and `URLSearchParams` give them. */
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

const LIST_PARAMS = new Set(["confidence"]);

function toObject(input: QueryInput): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const entries: [string, string[]][] =
    input instanceof URLSearchParams
      ? [...new Set(input.keys())].map((key) => [key, input.getAll(key)])
      : Object.entries(input).flatMap(([key, value]) => (value === undefined ? [] : [[key, Array.isArray(value) ? value : [value]]]));
  for (const [key, values] of entries) {
    // Lists may come repeated (confidence=low&confidence=high) or comma-separated (confidence=low,high).
    if (LIST_PARAMS.has(key)) out[key] = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
    else out[key] = values[values.length - 1] ?? "";
  }
  return out;
}

/**
 * Reads the speaker page's address or the claims API's query string; throws an `invalid` AppError naming each
 * parameter that is wrong. An unknown parameter is refused, so a misspelt filter never shows more than asked.
 */
export function parseSpeakerPageQuery(input: QueryInput): SpeakerPageQuery {
  const raw = toObject(input);
  const result = claimsQueryObject.safeParse(raw);
  if (!result.success) {
    const issues: Issue[] = result.error.issues.flatMap((issue): Issue[] => {
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((key) => ({ path: key, message: `is not a filter of this list (use ${Object.keys(claimsQueryObject.shape).join(", ")})` }));
      }
      const [key, index] = issue.path;
      const value = typeof key === "string" && typeof index === "number" ? (raw[key] as string[] | undefined)?.[index] : undefined;
      return [{ path: String(key ?? "(query)"), message: value === undefined ? issue.message : `“${value}” ${issue.message}` }];
    });
    throw invalid(`The filters are not valid: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}.`, issues);
  }
  const parsed = result.data;
  const from = parsed.from ?? null;
  const to = parsed.to ?? null;
  if (from && to && from > to) {
    throw invalid("The filters are not valid: the start date (from) must be on or before the end date (to).", [
      { path: "from", message: "must be on or before the end date (to)" },
    ]);
  }
  return {
    confidence: parsed.confidence,
    cue: parsed.cue ? parsed.cue : null,
    articleId: parsed.article?.toLowerCase() ?? null,
    from,
    to,
    q: parsed.q ? parsed.q : null,
    set: parsed.set ?? null,
    sort: parsed.sort,
    cursor: parsed.cursor ?? null,
    limit: parsed.limit,
    group: parsed.group,
  };
}

/** Reads the claims API's query string (the page's `group` is accepted and ignored). */
export function parseSpeakerClaimsQuery(input: QueryInput): SpeakerClaimsQuery {
  const { group: _group, ...query } = parseSpeakerPageQuery(input);
  return query;
}

export const suggestionQuerySchema = z.object({
  start: coercedInt4().min(0, "must not be negative"),
  end: coercedInt4().min(0, "must not be negative"),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
