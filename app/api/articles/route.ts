import { NextResponse } from "next/server";
import { readJson, route, searchParams } from "../_lib/respond";
import { articleCreateSchema, listQuerySchema, parseInput } from "@/lib/schemas";
import { createArticle, listArticles } from "@/db/articles";

export const GET = route(async (request, { db }) => {
  const query = parseInput(listQuerySchema, searchParams(request), "The query");
  return NextResponse.json(await listArticles(db, query));
});

export const POST = route(async (request, { db }) => {
  const input = parseInput(articleCreateSchema, await readJson(request), "The article");
  return NextResponse.json(await createArticle(db, input), { status: 201 });
});
