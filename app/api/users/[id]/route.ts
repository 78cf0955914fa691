import { NextResponse } from "next/server";
import { readJson, route } from "../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { accountPatchSchema, userIdSchema } from "@/lib/auth/account-schemas";
import { notFound } from "@/lib/errors";
import { updateAccount } from "@/db/accounts/users";

type Params = { id: string };

/**
 * `PATCH /api/users/{id} {role?, disabled?}`: changes an account's role, or disables (signing the person out
 * everywhere) or enables it. 409 when it would leave no active administrator.
 */
export const PATCH = route<Params>("users:manage", async (request, { db, params, actor }) => {
  if (!userIdSchema.safeParse(params.id).success) throw notFound("user", params.id);
  const patch = parseInput(accountPatchSchema, await readJson(request, 16 * 1024), "The change");
  return NextResponse.json(await updateAccount(db, actor, params.id, patch));
});
