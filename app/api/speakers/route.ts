import { asActor } from "@/db/actor";
import { NextResponse } from "next/server";
import { readJson, route, searchParams } from "../_lib/respond";
import { parseInput, speakerCreateSchema } from "@/lib/schemas";
import { speakerListQuerySchema } from "@/lib/speakers/schemas";
import { createSpeaker, listSpeakerDirectory, listSpeakers, speakersByIds } from "@/db/speakers/speakers";

/**
 * `GET /api/speakers?q=&limit=`: the picker's search, best matches first. With `sort=claims|name|latest` or a
 * `cursor`, a page of the directory: `{items, nextCursor}`. With `ids=a,b,c` (at most 50), those speakers that
 * exist, in the order asked: the picker checks its recently used speakers in one request.
 */
export const GET = route("read", async (request, { db, actor }) => {
  const { q, limit, sort, cursor, ids } = parseInput(speakerListQuerySchema, searchParams(request), "The query");
  if (ids) {
    const found = new Map((await speakersByIds(db, ids, actor)).map((speaker) => [speaker.id, speaker]));
    return NextResponse.json({ items: ids.flatMap((id) => found.get(id) ?? []) });
  }
  if (sort || cursor) return NextResponse.json(await listSpeakerDirectory(db, { q, limit, sort: sort ?? "claims", cursor }, actor));
  return NextResponse.json({ items: await listSpeakers(db, { q, limit }, actor) });
});

export const POST = route("speakers:write", async (request, { db, actor }) => {
  const input = parseInput(speakerCreateSchema, await readJson(request, 64 * 1024), "The speaker");
  return NextResponse.json(await asActor(db, actor, null, (tx) => createSpeaker(tx, input)), { status: 201 });
});
