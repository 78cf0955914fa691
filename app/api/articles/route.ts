import { NextResponse } from "next/server";
import { readJson, route, searchParams } from "../_lib/respond";
import { articleCreateSchema, listQuerySchema, parseInput } from "@/lib/schemas";
import { listArticles } from "@/db/articles/articles";
import { importArticle } from "@/db/suggestions/import-article";

export const GET = route("read", async (request, { db, actor }) => {
  const query = parseInput(listQuerySchema, searchParams(request), "The query");
  return NextResponse.json(await listArticles(db, actor, query));
});

export const POST = route("articles:write", async (request, { db, actor }) => {
  const input = parseInput(articleCreateSchema, await readJson(request), "The article");
  return NextResponse.json(await importArticle(db, input, actor), { status: 201 });
});
