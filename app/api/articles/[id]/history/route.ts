import { NextResponse } from "next/server";
import { pathId, route, searchParams } from "../../../_lib/respond";
import { historyQuerySchema, parseInput } from "@/lib/schemas";
import { listArticleHistory } from "@/db/history/history";

type Params = { id: string };

/** The article's claim changes, newest first, a page at a time. */
export const GET = route<Params>("read", async (request, { db, params, actor }) => {
  const query = parseInput(historyQuerySchema, searchParams(request), "The query");
  return NextResponse.json(await listArticleHistory(db, pathId(params.id, "article"), actor, query));
});
