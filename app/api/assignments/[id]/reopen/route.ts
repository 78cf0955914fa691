import { NextResponse } from "next/server";
import { pathId, route } from "../../../_lib/respond";
import { reopenAssignment } from "@/db/assignments/assignments";

/** `POST /api/assignments/{id}/reopen`: back to work (the assignee, or a reviewer); the article is hidden again. */
export const POST = route<{ id: string }>("claims:write", async (_request, { db, params, actor }) => {
  return NextResponse.json(await reopenAssignment(db, pathId(params.id, "assignment"), actor));
});
