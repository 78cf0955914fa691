import { NextResponse } from "next/server";
import { pathId, route } from "../../_lib/respond";
import { revokeInvitation } from "@/db/accounts/invitations";

type Params = { id: string };

/** `DELETE /api/invitations/{id}`: withdraws an invitation (its link stops working); 409 once it was accepted. */
export const DELETE = route<Params>("users:manage", async (_request, { db, params }) => {
  return NextResponse.json(await revokeInvitation(db, pathId(params.id, "invitation")));
});
