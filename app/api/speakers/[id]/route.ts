import { NextResponse } from "next/server";
import { pathId, route } from "../../_lib/respond";
import { getSpeaker } from "@/db/speakers";

type Params = { id: string };

export const GET = route<Params>(async (_request, { db, params }) => {
  return NextResponse.json(await getSpeaker(db, pathId(params.id, "speaker")));
});
