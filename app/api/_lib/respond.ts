import "server-only";
import { NextResponse } from "next/server";
import { AppError, forbidden, isAppError, notFound, unauthenticated, type ErrorCode } from "@/lib/errors";
import { actorCan, GRANTS, PERMISSIONS, ROLE_LABELS, type Actor, type Permission } from "@/lib/auth/roles";
import { authenticate } from "./authenticate";
import { parseRevisionNumber, uuidSchema } from "@/lib/schemas";
import { formatBytes } from "@/lib/text/format-bytes";
import { getDb } from "@/db/client";
import { isDatabaseUnavailable } from "@/db/pg-errors";
import type { Database } from "@/db/client";

/** The one mapping from domain error codes to HTTP statuses. */
const STATUS: Record<ErrorCode, number> = {
  malformed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  invalid: 422,
  rate_limited: 429,
  unavailable: 503,
};

/** How long a client should wait before trying again while the database is unreachable, in seconds. */
export const UNAVAILABLE_RETRY_AFTER = 5;

/** Default request body limit: articles may hold 2 MB of text, and JSON escaping adds to that. */
export const DEFAULT_BODY_LIMIT = 3 * 1024 * 1024;

/**
 * The response for any error a route throws: an AppError's status and message; a database out of reach, 503 with
 * `Retry-After` (nothing was saved, and trying again later may work); anything else, a logged 500. A 429 or 503
 * AppError says when to retry in `details.retryAfter` (seconds), which becomes the `Retry-After` header.
 */
export function errorResponse(error: unknown): NextResponse {
  if (!isAppError(error) && isDatabaseUnavailable(error)) {
    console.error("Database unreachable:", (error as Error).message);
    error = new AppError("unavailable", "The database cannot be reached just now; nothing was saved. Try again in a few seconds.", {
      retryAfter: UNAVAILABLE_RETRY_AFTER,
    });
  }
  if (isAppError(error)) {
    const body = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    const retryAfter = (error.details as { retryAfter?: unknown } | undefined)?.retryAfter;
    const headers = typeof retryAfter === "number" ? { "retry-after": String(Math.max(1, Math.ceil(retryAfter))) } : undefined;
    return NextResponse.json(body, { status: STATUS[error.code], headers });
  }
  // Database and programming errors are logged here and never shown: they may hold internals.
  console.error("Unhandled error in API route:", error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on the server; nothing was saved. Try again." } },
    { status: 500 },
  );
}

type Handler<P, A> = (request: Request, context: { db: Database; params: P; actor: A }) => Promise<Response>;

/**
 * Wraps a route handler: opens the database, awaits the params, finds who is asking and checks that their role
 * has `permission` (401 when nobody is signed in, 403 when the role may not), and turns thrown errors into
 * responses. Nothing runs, and nothing is stored, for a refused request.
 */
export function route<P = Record<string, never>>(permission: Permission, handler: Handler<P, Actor>) {
  return publicRoute<P>(async (request, { db, params, actor }) => {
    if (!actor) throw unauthenticated();
    if (!actorCan(actor, permission)) throw forbidden(refusal(actor, permission));
    return handler(request, { db, params, actor });
  });
}

/** A route anyone may call (the first-run setup): the handler sees the actor, or null. */
export function publicRoute<P = Record<string, never>>(handler: Handler<P, Actor | null>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const [db, params] = await Promise.all([getDb(), context.params ?? Promise.resolve({} as P)]);
      return await handler(request, { db, params, actor: await authenticate(request, db) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

const REFUSALS: Record<Permission, string> = {
  read: "read Claimlens",
  "articles:write": "import or change articles",
  "articles:delete": "delete articles",
  "claims:write": "tag or change claims",
  "claims:any": "change other analysts' claims",
  "speakers:write": "change speakers",
  "users:manage": "manage accounts",
  review: "assign articles or review disagreements",
  "tokens:own": "manage API tokens",
};

function refusal(actor: Actor, permission: Permission): string {
  const allowed = PERMISSIONS[permission].map((r) => ROLE_LABELS[r].toLowerCase());
  const granted = (GRANTS[permission] ?? []).map((r) => `${ROLE_LABELS[r].toLowerCase()} granted it`);
  return `Your role (${ROLE_LABELS[actor.role].toLowerCase()}) may not ${REFUSALS[permission]}: that takes ${[...allowed, ...granted].join(" or ")}. Ask an administrator.`;
}

/** An id from the path; anything that is not a UUID cannot name a row, so it is a 404. */
export function pathId(value: string, what: string): string {
  const parsed = uuidSchema.safeParse(value);
  if (!parsed.success) throw notFound(what, value);
  return parsed.data;
}

/** A revision number from the path; anything else cannot name a revision, so it is a 404. */
export function pathRevision(value: string): number {
  const revision = parseRevisionNumber(value);
  if (revision === undefined) throw new AppError("not_found", `“${value}” is not a revision number: revisions are numbered 1, 2, 3…`);
  return revision;
}

/**
 * Reads a JSON body, refusing anything over `limit` bytes before it is all in memory, and anything that
 * is not JSON.
 */
export async function readJson(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("malformed", "Send the request body as JSON, with Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = () =>
    new AppError("too_large", `The request body is too large: the limit is ${formatBytes(limit)}.`);
  if (declared > limit) throw tooLarge();
  if (!request.body) throw new AppError("malformed", "The request has no body; send a JSON object.");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      // The client went away or the connection broke mid-body: nothing to answer it with, and nothing to log.
      throw new AppError("malformed", "The request body was cut off before it ended; nothing was saved. Send it again.");
    });
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError("malformed", `The request body is not valid JSON (${(error as Error).message}).`);
  }
}

/** Query parameters as a plain object, for a zod schema to parse. */
export function searchParams(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

export { formatBytes };
