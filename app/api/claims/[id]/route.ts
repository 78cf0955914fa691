import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../_lib/respond";
import { claimPatchSchema, parseInput } from "@/lib/schemas";
import { deleteClaim, getClaim, updateClaim } from "@/db/claims";

type Params = { id: string };

export const GET = route<Params>(async (_request, { db, params }) => {
  return NextResponse.json(await getClaim(db, pathId(params.id, "claim")));
});

export const PATCH = route<Params>(async (request, { db, params }) => {
  const id = pathId(params.id, "claim");
  const patch = parseInput(claimPatchSchema, await readJson(request, 64 * 1024), "The change");
  return NextResponse.json(await updateClaim(db, id, patch));
});

export const DELETE = route<Params>(async (_request, { db, params }) => {
  await deleteClaim(db, pathId(params.id, "claim"));
  return new Response(null, { status: 204 });
});
