import { NextResponse } from "next/server";
import { readJson, route, searchParams } from "../_lib/respond";
import { parseInput, speakerCreateSchema, speakerQuerySchema } from "@/lib/schemas";
import { createSpeaker, listSpeakers } from "@/db/speakers";

export const GET = route(async (request, { db }) => {
  const query = parseInput(speakerQuerySchema, searchParams(request), "The query");
  return NextResponse.json({ items: await listSpeakers(db, query) });
});

export const POST = route(async (request, { db }) => {
  const input = parseInput(speakerCreateSchema, await readJson(request, 64 * 1024), "The speaker");
  return NextResponse.json(await createSpeaker(db, input), { status: 201 });
});
