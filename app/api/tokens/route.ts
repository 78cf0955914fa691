import { NextResponse } from "next/server";
import { readJson, route } from "../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { forbidden } from "@/lib/errors";
import { tokenCreateSchema } from "@/lib/auth/account-schemas";
import { createToken, listTokens } from "@/db/accounts/api-tokens";

/** `GET /api/tokens`: the caller's API tokens, newest first, revoked ones included; never the tokens themselves. */
export const GET = route("tokens:own", async (_request, { db, actor }) => {
  return NextResponse.json({ items: await listTokens(db, actor.userId) });
});

/**
 * `POST /api/tokens {name}`: a new token for the caller, `{token, info}`; the token is in this answer only. Only a
 * signed-in person makes tokens: a token that could make tokens would outlive its own revocation if it leaked.
 */
export const POST = route("tokens:own", async (request, { db, actor }) => {
  if (actor.via === "token") {
    throw forbidden("An API token cannot create tokens. Create one under Settings while signed in, or with npm run users -- token.");
  }
  const { name } = parseInput(tokenCreateSchema, await readJson(request, 16 * 1024), "The token");
  return NextResponse.json(await createToken(db, actor.userId, name), { status: 201, headers: { "cache-control": "no-store" } });
});
