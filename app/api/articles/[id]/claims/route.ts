import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../../_lib/respond";
import { claimCreateSchema, parseInput } from "@/lib/schemas";
import { createClaim, listClaims } from "@/db/claims/claims";

type Params = { id: string };

export const GET = route<Params>("read", async (_request, { db, params, actor }) => {
  return NextResponse.json({ items: await listClaims(db, pathId(params.id, "article"), actor) });
});

export const POST = route<Params>("claims:write", async (request, { db, params, actor }) => {
  const articleId = pathId(params.id, "article");
  const input = parseInput(claimCreateSchema, await readJson(request, 64 * 1024), "The claim");
  return NextResponse.json(await createClaim(db, articleId, input, actor), { status: 201 });
});
