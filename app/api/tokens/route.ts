import { NextResponse } from "next/server";
import { readJson, route } from "../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { tokenCreateSchema } from "@/lib/auth/account-schemas";
import { createToken, listTokens } from "@/db/api-tokens";

/** `GET /api/tokens`: the caller's API tokens, newest first, revoked ones included; never the tokens themselves. */
export const GET = route("tokens:own", async (_request, { db, actor }) => {
  return NextResponse.json({ items: await listTokens(db, actor.userId) });
});

/** `POST /api/tokens {name}`: a new token for the caller, `{token, info}`; the token is in this answer only. */
export const POST = route("tokens:own", async (request, { db, actor }) => {
  const { name } = parseInput(tokenCreateSchema, await readJson(request, 16 * 1024), "The token");
  return NextResponse.json(await createToken(db, actor.userId, name), { status: 201, headers: { "cache-control": "no-store" } });
});
