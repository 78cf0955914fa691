import { z } from "zod";
import { CONFIDENCE_LEVELS } from "../model";
import { claimCreateSchema } from "../schemas";
import { SUGGESTION_STATUSES } from "./model";
import { text, uuid } from "../schema-primitives";

/** Input schemas of the suggestion routes and the analyst's settings. */

const confidence = z.enum(CONFIDENCE_LEVELS, { error: "must be low, moderate or high" });

/** `POST /api/articles/{id}/suggestions`: compute an article's suggestions, optionally with reporter statements. */
export const suggestComputeSchema = z.strictObject({ reporterStatements: z.boolean({ error: "must be true or false" }).default(false) });
export type SuggestComputeInput = z.infer<typeof suggestComputeSchema>;

/** `GET /api/articles/{id}/suggestions?status=`: one status, or every suggestion. */
export const suggestionListQuerySchema = z.strictObject({
  status: z.enum(SUGGESTION_STATUSES, { error: "must be pending, accepted or rejected" }).optional(),
});

/**
 * `POST /api/suggestions/{id}/accept`: the confidence, and whatever the analyst changed in the tag form (the
 * fields of a claim); an absent field keeps the suggestion's, an empty cue or note clears it.
 */
export const suggestionAcceptSchema = claimCreateSchema.partial().required({ confidence: true });
export type SuggestionAcceptInput = z.infer<typeof suggestionAcceptSchema>;

/** `POST /api/articles/{id}/suggestions/accept-all`: every pending suggestion of one speaker, by id or by name. */
export const acceptAllSchema = z
  .strictObject({
    speakerId: uuid("must be a speaker id").optional(),
    speakerName: text().trim().min(1, "cannot be empty").max(200, "is longer than 200 characters").optional(),
    confidence,
  })
  .refine((v) => (v.speakerId === undefined) !== (v.speakerName === undefined), {
    message: "give either speakerId or speakerName, not both",
    path: ["speakerId"],
  });
export type AcceptAllInput = z.infer<typeof acceptAllSchema>;

/** `PATCH /api/me/settings`: the analyst's preferences, each optional. */
export const userSettingsPatchSchema = z.strictObject({
  suggestAfterImport: z.boolean({ error: "must be true or false" }).optional(),
  defaultConfidence: confidence.optional(),
});
export type UserSettingsPatch = z.infer<typeof userSettingsPatchSchema>;
