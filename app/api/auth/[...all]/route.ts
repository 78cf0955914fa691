import { NextResponse } from "next/server";
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/db/accounts/auth";
import { getDb } from "@/db/client";
import { beginSignIn, finishSignIn } from "@/db/accounts/sign-in-limits";
import { AppError } from "@/lib/errors";
import { tooManyAttemptsMessage } from "@/lib/auth/sign-in-limit";
import { errorResponse } from "../../_lib/respond";
import { requestAddress } from "../../_lib/peer-address";

// better-auth's own endpoints: sign-in, sign-out, session. Account management goes through /api/users (one
// implementation of the rules), so the admin plugin's endpoints and sign-up are not served.
const CLOSED = /^\/api\/auth\/(admin\/|sign-up\b)/;
const SIGN_IN = "/api/auth/sign-in/email";

async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (CLOSED.test(pathname)) {
    return NextResponse.json({ error: { code: "not_found", message: "No such endpoint." } }, { status: 404 });
  }
  const handlers = toNextJsHandler(await getAuth());
  if (request.method === "POST" && pathname === SIGN_IN) return limitedSignIn(request, handlers.POST);
  return request.method === "GET" ? handlers.GET(request) : handlers.POST(request);
}

/**
 * A sign-in, counted per client address and per account in the database (lib/auth/sign-in-limit.ts) before
 * better-auth checks the password: past a limit, 429 with `Retry-After`, and the password is not checked.
 */
async function limitedSignIn(request: Request, signIn: (request: Request) => Promise<Response>): Promise<Response> {
  try {
    const db = await getDb();
    const email = await emailOf(request.clone());
    const verdict = await beginSignIn(db, { address: requestAddress(request), email });
    if (!verdict.allowed) {
      throw new AppError("rate_limited", tooManyAttemptsMessage(verdict.reason, verdict.retryAfter), { retryAfter: verdict.retryAfter });
    }
    const response = await signIn(request);
    await finishSignIn(db, email, response.ok);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}

/** The email a sign-in names, or null (better-auth answers a body without one itself). */
async function emailOf(request: Request): Promise<string | null> {
  const text = await request.text().catch(() => "");
  if (text.length > 64 * 1024) return null;
  try {
    const body: unknown = JSON.parse(text);
    const email = typeof body === "object" && body !== null ? (body as { email?: unknown }).email : undefined;
    return typeof email === "string" && email.trim() !== "" ? email : null;
  } catch {
    return null;
  }
}

export const GET = handle;
export const POST = handle;
