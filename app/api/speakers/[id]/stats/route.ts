import { NextResponse } from "next/server";
import { pathId, route } from "../../../_lib/respond";
import { speakerStats } from "@/db/speakers/speaker-stats";

type Params = { id: string };

/** `GET /api/speakers/{id}/stats`: claims per day by confidence, the cues used, and the number of articles. */
export const GET = route<Params>("read", async (_request, { db, params, actor }) => {
  return NextResponse.json(await speakerStats(db, pathId(params.id, "speaker"), actor));
});
