import { NextResponse } from "next/server";
import { publicRoute, readJson } from "../_lib/respond";
import { assertSameOrigin } from "../_lib/authenticate";
import { parseInput } from "@/lib/schemas";
import { setupSchema } from "@/lib/auth/account-schemas";
import { countUsers, createFirstAdmin } from "@/db/accounts/users";

/** `GET`: whether this install still needs its first administrator. */
export const GET = publicRoute(async (_request, { db }) => NextResponse.json({ needsSetup: (await countUsers(db)) === 0 }));

/**
 * `POST {name, email, password}`: creates the first administrator; refused (409) once any account exists, and
 * refused from another site (so that no page elsewhere can claim a new install before its owner does).
 */
export const POST = publicRoute(async (request, { db }) => {
  assertSameOrigin(request);
  const input = parseInput(setupSchema, await readJson(request, 16 * 1024), "The first account");
  return NextResponse.json(await createFirstAdmin(db, input), { status: 201 });
});
