import { asActor } from "@/db/actor";
import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../../_lib/respond";
import { aliasSchema, parseInput } from "@/lib/schemas";
import { addAlias } from "@/db/speakers/speakers";

type Params = { id: string };

export const POST = route<Params>("speakers:write", async (request, { db, params, actor }) => {
  const speakerId = pathId(params.id, "speaker");
  const { alias } = parseInput(aliasSchema, await readJson(request, 16 * 1024), "The alias");
  return NextResponse.json(await asActor(db, actor, null, (tx) => addAlias(tx, speakerId, alias)), { status: 201 });
});
