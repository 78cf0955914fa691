import { NextResponse } from "next/server";
import { pathId, readJson, route, searchParams } from "../../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { suggestComputeSchema, suggestionListQuerySchema } from "@/lib/suggestions/schemas";
import { computeSuggestions, listSuggestions } from "@/db/suggestions/suggestions";

type Params = { id: string };

/** `GET [?status=pending|accepted|rejected]`: the article's suggested claims in text order (the caller's queue). */
export const GET = route<Params>("read", async (request, { db, params, actor }) => {
  const articleId = pathId(params.id, "article");
  const { status } = parseInput(suggestionListQuerySchema, searchParams(request), "The query");
  return NextResponse.json({ items: await listSuggestions(db, articleId, actor, status) });
});

/** `POST {reporterStatements?}`: compute the suggestions again (pending ones replaced, decided ones kept). */
export const POST = route<Params>("claims:write", async (request, { db, params, actor }) => {
  const articleId = pathId(params.id, "article");
  const input = parseInput(suggestComputeSchema, await readJson(request, 1024), "The request");
  return NextResponse.json({ items: await computeSuggestions(db, articleId, input, actor) });
});
