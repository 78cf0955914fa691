import { NextResponse } from "next/server";
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/db/accounts/auth";

// better-auth's own endpoints: sign-in, sign-out, session. Account management goes through /api/users (one
// implementation of the rules), so the admin plugin's endpoints and sign-up are not served.
const CLOSED = /^\/api\/auth\/(admin\/|sign-up\b)/;

async function handle(request: Request): Promise<Response> {
  if (CLOSED.test(new URL(request.url).pathname)) {
    return NextResponse.json({ error: { code: "not_found", message: "No such endpoint." } }, { status: 404 });
  }
  const handlers = toNextJsHandler(await getAuth());
  return request.method === "GET" ? handlers.GET(request) : handlers.POST(request);
}

export const GET = handle;
export const POST = handle;
