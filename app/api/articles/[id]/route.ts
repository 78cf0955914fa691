import { NextResponse } from "next/server";
import { pathId, route } from "../../_lib/respond";
import { deleteArticle, getArticle } from "@/db/articles";

type Params = { id: string };

export const GET = route<Params>(async (_request, { db, params }) => {
  return NextResponse.json(await getArticle(db, pathId(params.id, "article")));
});

export const DELETE = route<Params>(async (_request, { db, params }) => {
  await deleteArticle(db, pathId(params.id, "article"));
  return new Response(null, { status: 204 });
});
