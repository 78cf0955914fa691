import { asActor } from "@/db/actor";
import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { speakerPatchSchema } from "@/lib/speakers/schemas";
import { deleteSpeaker, getSpeaker, updateSpeaker } from "@/db/speakers/speakers";
import { explainMissingSpeaker } from "@/db/speakers/merged-speakers";

type Params = { id: string };

/** The speaker; 404 for one merged away too, naming the speaker who stayed (`details.mergedInto`) to follow. */
export const GET = route<Params>("read", async (_request, { db, params, actor }) => {
  const id = pathId(params.id, "speaker");
  return NextResponse.json(await getSpeaker(db, id, actor).catch(explainMissingSpeaker(db, id)));
});

/** `PATCH {name?, kind?, description?}`: rename, or change kind or description. */
export const PATCH = route<Params>("speakers:write", async (request, { db, params, actor }) => {
  const id = pathId(params.id, "speaker");
  const patch = parseInput(speakerPatchSchema, await readJson(request, 16 * 1024), "The change");
  return NextResponse.json(await asActor(db, actor, null, (tx) => updateSpeaker(tx, id, patch)));
});

/** 204; 409 while the speaker has claims, saying how many and where. */
export const DELETE = route<Params>("speakers:write", async (_request, { db, params, actor }) => {
  const id = pathId(params.id, "speaker");
  await asActor(db, actor, null, (tx) => deleteSpeaker(tx, id));
  return new Response(null, { status: 204 });
});
