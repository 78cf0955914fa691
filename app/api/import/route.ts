import { NextResponse } from "next/server";
import { readJson, route, searchParams } from "../_lib/respond";
import { importDocument } from "@/db/exchange/import";
import { AppError, isAppError } from "@/lib/errors";
import { IMPORT_BODY_LIMIT, importQuerySchema } from "@/lib/import/import-query";
import { parseInput } from "@/lib/schemas";

/**
 * `POST /api/import[?dryRun=true]` with a `claimlens/1` document: imports it all or nothing and answers with
 * a report of what was created, merged, revised (a new text, its claims re-anchored), unchanged or refused.
 */
export const POST = route("articles:write", async (request, { db, actor }) => {
  const { dryRun } = parseInput(importQuerySchema, searchParams(request), "The query");
  let document: unknown;
  try {
    document = await readJson(request, IMPORT_BODY_LIMIT);
  } catch (error) {
    if (isAppError(error) && error.code === "too_large") {
      throw new AppError(
        "too_large",
        "The document is larger than 50 MB, the most an upload can hold. Import it from the command line instead: npm run import -- <file>.",
      );
    }
    throw error;
  }
  return NextResponse.json(await importDocument(db, document, { dryRun, actor }));
});
