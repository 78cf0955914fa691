import { NextResponse } from "next/server";
import { pathId, route } from "../../../_lib/respond";
import { rejectSuggestion } from "@/db/suggestions/suggestions";

type Params = { id: string };

/** `POST` (no body): reject the suggestion; it is kept, so computing again does not propose it. 409 when already decided. */
export const POST = route<Params>("claims:write", async (_request, { db, params, actor }) => {
  return NextResponse.json(await rejectSuggestion(db, pathId(params.id, "suggestion"), actor));
});
