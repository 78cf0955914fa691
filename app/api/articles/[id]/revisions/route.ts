import { NextResponse } from "next/server";
import { pathId, route, searchParams } from "../../../_lib/respond";
import { parseInput, revisionListQuerySchema } from "@/lib/schemas";
import { listRevisions } from "@/db/articles/article-text";

type Params = { id: string };

export const GET = route<Params>("read", async (request, { db, params }) => {
  const query = parseInput(revisionListQuerySchema, searchParams(request), "The query");
  return NextResponse.json(await listRevisions(db, pathId(params.id, "article"), query));
});
