import { NextResponse } from "next/server";
import { pathId, route } from "../../_lib/respond";
import { revokeToken } from "@/db/accounts/api-tokens";

type Params = { id: string };

/** `DELETE /api/tokens/{id}`: revokes one of the caller's tokens and answers it; someone else's token is a 404. */
export const DELETE = route<Params>("tokens:own", async (_request, { db, params, actor }) => {
  return NextResponse.json(await revokeToken(db, actor.userId, pathId(params.id, "API token")));
});
