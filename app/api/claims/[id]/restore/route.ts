import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../../_lib/respond";
import { claimRestoreSchema, parseInput } from "@/lib/schemas";
import { restoreClaim } from "@/db/history/history";

type Params = { id: string };

/** `POST {historyId?}`: brings a deleted claim back as it was (201); 409 when it is not deleted. */
export const POST = route<Params>("claims:write", async (request, { db, params, actor }) => {
  const id = pathId(params.id, "claim");
  const { historyId } = parseInput(claimRestoreSchema, await readJson(request, 4 * 1024), "The restore request");
  return NextResponse.json(await restoreClaim(db, id, actor, historyId), { status: 201 });
});
