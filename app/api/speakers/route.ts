import { asActor } from "@/db/actor";
import { NextResponse } from "next/server";
import { readJson, route, searchParams } from "../_lib/respond";
import { parseInput, speakerCreateSchema } from "@/lib/schemas";
import { speakerListQuerySchema } from "@/lib/speakers/schemas";
import { createSpeaker, listSpeakerDirectory, listSpeakers } from "@/db/speakers";

/**
 * `GET /api/speakers?q=&limit=`: the picker's search, best matches first. With `sort=claims|name|latest` or a
 * `cursor`, a page of the directory: `{items, nextCursor}`.
 */
export const GET = route("read", async (request, { db }) => {
  const { q, limit, sort, cursor } = parseInput(speakerListQuerySchema, searchParams(request), "The query");
  if (sort || cursor) return NextResponse.json(await listSpeakerDirectory(db, { q, limit, sort: sort ?? "claims", cursor }));
  return NextResponse.json({ items: await listSpeakers(db, { q, limit }) });
});

export const POST = route("speakers:write", async (request, { db, actor }) => {
  const input = parseInput(speakerCreateSchema, await readJson(request, 64 * 1024), "The speaker");
  return NextResponse.json(await asActor(db, actor, null, (tx) => createSpeaker(tx, input)), { status: 201 });
});
