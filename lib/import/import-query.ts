import { z } from "zod";

/** The largest document `POST /api/import` takes; larger corpora go through the command line. */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

/** The query of `POST /api/import`: `?dryRun=true` reports what would happen and writes nothing. */
export const importQuerySchema = z.strictObject({
  dryRun: z
    .enum(["true", "false", "1", "0"], { error: "must be true or false" })
    .optional()
    .transform((v) => v === "true" || v === "1"),
});
