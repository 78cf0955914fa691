import { NextResponse } from "next/server";
import { pathId, route } from "../../../_lib/respond";
import { listClaimHistory } from "@/db/history/history";

type Params = { id: string };

/** Every change to the claim, newest first: who, when, what, before and after. */
export const GET = route<Params>("read", async (_request, { db, params, actor }) => {
  return NextResponse.json({ items: await listClaimHistory(db, pathId(params.id, "claim"), actor) });
});
