import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../../_lib/respond";
import { claimCreateSchema, parseInput } from "@/lib/schemas";
import { createClaim, listClaimsJson } from "@/db/claims/claims";

type Params = { id: string };

// The list as the database writes it (listClaimsJson): the same claims as listClaims, without turning thousands
// of rows into objects and back into JSON on the server's only thread (the workspace opens with this list).
export const GET = route<Params>("read", async (_request, { db, params, actor }) => {
  const items = await listClaimsJson(db, pathId(params.id, "article"), actor);
  return new NextResponse(`{"items":${items}}`, { headers: { "content-type": "application/json" } });
});

export const POST = route<Params>("claims:write", async (request, { db, params, actor }) => {
  const articleId = pathId(params.id, "article");
  const input = parseInput(claimCreateSchema, await readJson(request, 64 * 1024), "The claim");
  return NextResponse.json(await createClaim(db, articleId, input, actor), { status: 201 });
});
