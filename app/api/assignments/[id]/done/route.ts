import { NextResponse } from "next/server";
import { pathId, route } from "../../../_lib/respond";
import { markAssignmentDone } from "@/db/assignments/assignments";

/** `POST /api/assignments/{id}/done`: the assignee has finished annotating the article. */
export const POST = route<{ id: string }>("claims:write", async (_request, { db, params, actor }) => {
  return NextResponse.json(await markAssignmentDone(db, pathId(params.id, "assignment"), actor));
});
