import { NextResponse } from "next/server";
import { pathId, readJson, route, searchParams } from "../../../_lib/respond";
import { claimCreateSchema, claimListQuerySchema, parseInput } from "@/lib/schemas";
import { createClaim, listClaimsJson, listClaimsTableJson } from "@/db/claims/claims";

type Params = { id: string };

// The list as the database writes it (listClaimsJson): the same claims as listClaims, without turning thousands
// of rows into objects and back into JSON on the server's only thread. `?format=table` answers the same claims as
// one table (lib/claims/claims-table.ts), under half the bytes: the workspace opens with that.
export const GET = route<Params>("read", async (request, { db, params, actor }) => {
  const articleId = pathId(params.id, "article");
  const { format } = parseInput(claimListQuerySchema, searchParams(request), "The query");
  const body = format === "table" ? await listClaimsTableJson(db, articleId, actor) : `{"items":${await listClaimsJson(db, articleId, actor)}}`;
  return new NextResponse(body, { headers: { "content-type": "application/json" } });
});

export const POST = route<Params>("claims:write", async (request, { db, params, actor }) => {
  const articleId = pathId(params.id, "article");
  const input = parseInput(claimCreateSchema, await readJson(request, 64 * 1024), "The claim");
  return NextResponse.json(await createClaim(db, articleId, input, actor), { status: 201 });
});
