import { z } from "zod";
import { userIdSchema } from "../auth/account-schemas";
import { claimCreateSchema } from "../schemas";

/** `POST /api/articles/{id}/assignments`: who annotates the article independently. */
export const assignmentCreateSchema = z.strictObject({
  userIds: z
    .array(userIdSchema, { error: "must be a list of account ids" })
    .min(1, "name at least one analyst")
    .max(20, "names at most 20 analysts")
    .transform((ids) => [...new Set(ids)]),
});
export type AssignmentCreateInput = z.infer<typeof assignmentCreateSchema>;

/** Articles asked for at once on the agreement page (`?articles=a,b,c`). */
export const MAX_AGREEMENT_ARTICLES = 200;

/** `GET /api/agreement?articles=…`: comma-separated (or repeated) article ids. */
export const agreementQuerySchema = z.strictObject({
  articles: z
    .string({ error: "list the articles: ?articles=id,id" })
    .transform((v) => [...new Set(v.split(",").map((id) => id.trim().toLowerCase()).filter(Boolean))])
    .pipe(z.array(z.uuid("must be article ids (UUIDs)")).min(1, "name at least one article").max(MAX_AGREEMENT_ARTICLES, `names at most ${MAX_AGREEMENT_ARTICLES} articles`)),
});

/** A merged claim a reviewer writes for a disagreement: the fields of a new claim. */
const mergedClaimSchema = claimCreateSchema;

/**
 * One review decision on a disagreement (`unit`: the disagreement's key, from `GET …/disagreements`): keep some
 * of its analysts' claims (one: "keep A"; all: "both"), replace them with a merged claim, or drop them all
 * (`drop: true`: none belongs in the reviewed set).
 */
export const reviewDecisionSchema = z.union([
  z.strictObject({ unit: z.uuid("must be a disagreement's key"), keep: z.array(z.uuid("must be claim ids")).min(1, "keep at least one claim, write a merged one, or drop them").max(20) }),
  z.strictObject({ unit: z.uuid("must be a disagreement's key"), merged: mergedClaimSchema }),
  z.strictObject({ unit: z.uuid("must be a disagreement's key"), drop: z.literal(true, "must be true to drop the disagreement") }),
], "must name a disagreement (unit) and either the claims to keep (keep), a merged claim (merged) or drop: true");
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/** `POST /api/articles/{id}/review`: decisions on some or all of the article's disagreements. */
export const reviewSchema = z.strictObject({
  decisions: z
    .array(reviewDecisionSchema)
    .max(5000, "holds at most 5000 decisions")
    .refine((ds) => new Set(ds.map((d) => d.unit)).size === ds.length, { error: "decides each disagreement at most once" }),
});
export type ReviewInput = z.infer<typeof reviewSchema>;
