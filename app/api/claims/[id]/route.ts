import { NextResponse } from "next/server";
import { pathId, readJson, route, searchParams } from "../../_lib/respond";
import { claimDeleteQuerySchema, claimPatchSchema, parseInput } from "@/lib/schemas";
import { deleteClaim, getClaim, updateClaim } from "@/db/claims/claims";

type Params = { id: string };

export const GET = route<Params>("read", async (_request, { db, params, actor }) => {
  return NextResponse.json(await getClaim(db, pathId(params.id, "claim"), actor));
});

export const PATCH = route<Params>("claims:write", async (request, { db, params, actor }) => {
  const id = pathId(params.id, "claim");
  const patch = parseInput(claimPatchSchema, await readJson(request, 64 * 1024), "The change");
  return NextResponse.json(await updateClaim(db, id, patch, actor));
});

/** `DELETE [?version=N]`: with the version last seen, a claim changed meanwhile is kept (409 with it). */
export const DELETE = route<Params>("claims:write", async (request, { db, params, actor }) => {
  const id = pathId(params.id, "claim");
  const { version } = parseInput(claimDeleteQuerySchema, searchParams(request), "The query");
  await deleteClaim(db, id, actor, version);
  return new Response(null, { status: 204 });
});
