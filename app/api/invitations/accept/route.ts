import { NextResponse } from "next/server";
import { publicRoute, readJson } from "../../_lib/respond";
import { assertSameOrigin } from "../../_lib/authenticate";
import { parseInput } from "@/lib/schemas";
import { invitationAcceptSchema } from "@/lib/auth/account-schemas";
import { acceptInvitation } from "@/db/accounts/invitations";

/**
 * `POST /api/invitations/accept {token, name, password}`: the invited person creates their account (201, the
 * account). No session is needed, the link's token is the credential; 404 for an unknown token, 410 for a used,
 * withdrawn or expired one. Refused from another site, as the first-run setup is.
 */
export const POST = publicRoute(async (request, { db }) => {
  assertSameOrigin(request);
  const input = parseInput(invitationAcceptSchema, await readJson(request, 16 * 1024), "The invitation");
  return NextResponse.json(await acceptInvitation(db, input), { status: 201 });
});
