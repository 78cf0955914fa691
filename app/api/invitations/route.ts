import { NextResponse } from "next/server";
import { readJson, route, searchParams } from "../_lib/respond";
import { listQuerySchema, parseInput } from "@/lib/schemas";
import { invitationCreateSchema } from "@/lib/auth/account-schemas";
import { createInvitation, listOpenInvitations } from "@/db/accounts/invitations";

/** `GET /api/invitations?cursor=&limit=`: invitations not yet accepted nor withdrawn, newest first (administrators only). */
export const GET = route("users:manage", async (request, { db }) => {
  const query = parseInput(listQuerySchema, searchParams(request), "The query");
  return NextResponse.json(await listOpenInvitations(db, query));
});

/**
 * `POST /api/invitations {name, email, role}`: invites a person. 201 with `{token, path, invitation}`: the link
 * (`path` on this site) is in this answer only. 409 when the email already has an account; a pending invitation
 * to the same email is replaced.
 */
export const POST = route("users:manage", async (request, { db, actor }) => {
  const input = parseInput(invitationCreateSchema, await readJson(request, 16 * 1024), "The invitation");
  return NextResponse.json(await createInvitation(db, actor, input), { status: 201 });
});
