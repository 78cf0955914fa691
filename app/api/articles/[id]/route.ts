import { asActor } from "@/db/actor";
import { NextResponse } from "next/server";
import { pathId, route } from "../../_lib/respond";
import { deleteArticle, getArticle } from "@/db/articles/articles";

type Params = { id: string };

export const GET = route<Params>("read", async (_request, { db, params }) => {
  return NextResponse.json(await getArticle(db, pathId(params.id, "article")));
});

export const DELETE = route<Params>("articles:delete", async (_request, { db, params, actor }) => {
  const id = pathId(params.id, "article");
  await asActor(db, actor, null, (tx) => deleteArticle(tx, id));
  return new Response(null, { status: 204 });
});
