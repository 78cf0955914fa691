import { NextResponse } from "next/server";
import { readJson, route, searchParams } from "../_lib/respond";
import { listQuerySchema, parseInput } from "@/lib/schemas";
import { accountCreateSchema } from "@/lib/auth/account-schemas";
import { createAccount, listUsers } from "@/db/accounts/users";

/** `GET /api/users?cursor=&limit=`: every account, oldest first, a page at a time (administrators only). */
export const GET = route("users:manage", async (request, { db }) => {
  const query = parseInput(listQuerySchema, searchParams(request), "The query");
  return NextResponse.json(await listUsers(db, query));
});

/** `POST /api/users {name, email, password, role}`: creates an account; 409 when the email is taken. */
export const POST = route("users:manage", async (request, { db }) => {
  const input = parseInput(accountCreateSchema, await readJson(request, 16 * 1024), "The account");
  return NextResponse.json(await createAccount(db, input), { status: 201 });
});
