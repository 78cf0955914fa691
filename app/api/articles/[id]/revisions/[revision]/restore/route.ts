import { NextResponse } from "next/server";
import { pathId, pathRevision, readJson, route } from "../../../../../_lib/respond";
import { parseInput, revisionRestoreSchema } from "@/lib/schemas";
import { restoreRevision } from "@/db/articles/article-text";

type Params = { id: string; revision: string };

/** Makes an older text the current one again, as a new revision; the claims follow as for any edit. */
export const POST = route<Params>("articles:write", async (request, { db, params, actor }) => {
  const id = pathId(params.id, "article");
  const revision = pathRevision(params.revision);
  const input = parseInput(revisionRestoreSchema, await readJson(request), "The restore request");
  return NextResponse.json(await restoreRevision(db, id, revision, { baseRevision: input.baseRevision, actor }));
});
