import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { suggestionAcceptSchema } from "@/lib/suggestions/schemas";
import { acceptSuggestion } from "@/db/suggestions/suggestions";

type Params = { id: string };

/** `POST {confidence, ...changes}`: create the suggested claim; 201 with the claim, 409 when already decided. */
export const POST = route<Params>("claims:write", async (request, { db, params, actor }) => {
  const id = pathId(params.id, "suggestion");
  const input = parseInput(suggestionAcceptSchema, await readJson(request, 64 * 1024), "The acceptance");
  return NextResponse.json(await acceptSuggestion(db, id, input, actor), { status: 201 });
});
