import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { speakerPatchSchema } from "@/lib/speakers/schemas";
import { deleteSpeaker, getSpeaker, updateSpeaker } from "@/db/speakers";

type Params = { id: string };

export const GET = route<Params>(async (_request, { db, params }) => {
  return NextResponse.json(await getSpeaker(db, pathId(params.id, "speaker")));
});

/** `PATCH {name?, kind?, description?}`: rename, or change kind or description. */
export const PATCH = route<Params>(async (request, { db, params }) => {
  const id = pathId(params.id, "speaker");
  const patch = parseInput(speakerPatchSchema, await readJson(request, 16 * 1024), "The change");
  return NextResponse.json(await updateSpeaker(db, id, patch));
});

/** 204; 409 while the speaker has claims, saying how many and where. */
export const DELETE = route<Params>(async (_request, { db, params }) => {
  await deleteSpeaker(db, pathId(params.id, "speaker"));
  return new Response(null, { status: 204 });
});
