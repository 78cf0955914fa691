import { NextResponse } from "next/server";
import { pathId, route } from "../../../_lib/respond";
import { articleAgreementOf } from "@/db/assignments/agreement";

/** `GET /api/articles/{id}/agreement`: the assignees' agreement; 409 while one of them is not done. */
export const GET = route<{ id: string }>("read", async (_request, { db, params }) => {
  return NextResponse.json(await articleAgreementOf(db, pathId(params.id, "article")));
});
