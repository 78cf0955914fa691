import { NextResponse } from "next/server";
import { pathId, route } from "../../../_lib/respond";
import { reviewUnits } from "@/db/assignments/review";

/** `GET /api/articles/{id}/disagreements`: every place the assignees' claims meet, agreed or not, with its review. */
export const GET = route<{ id: string }>("read", async (_request, { db, params }) => {
  return NextResponse.json(await reviewUnits(db, pathId(params.id, "article")));
});
