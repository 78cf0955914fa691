import { NextResponse } from "next/server";
import { pathId, pathRevision, route } from "../../../../_lib/respond";
import { getRevision } from "@/db/articles/article-text";

type Params = { id: string; revision: string };

export const GET = route<Params>("read", async (_request, { db, params, actor }) => {
  return NextResponse.json(await getRevision(db, pathId(params.id, "article"), pathRevision(params.revision), actor));
});
