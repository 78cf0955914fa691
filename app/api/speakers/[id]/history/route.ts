import { NextResponse } from "next/server";
import { pathId, route, searchParams } from "../../../_lib/respond";
import { historyQuerySchema, parseInput } from "@/lib/schemas";
import { listSpeakerHistory } from "@/db/speakers/speaker-history";

type Params = { id: string };

/** Every change to the speaker (also once deleted or merged away), newest first, a page at a time. */
export const GET = route<Params>("read", async (request, { db, params }) => {
  const query = parseInput(historyQuerySchema, searchParams(request), "The query");
  return NextResponse.json(await listSpeakerHistory(db, pathId(params.id, "speaker"), query));
});
