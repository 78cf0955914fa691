import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import { getConnection, getDb } from "@/db/client";
import { openTestDatabase, truncateAll, type TestBackend } from "@/db/testing";
import { createToken } from "@/db/accounts/api-tokens";
import { getAuth } from "@/db/accounts/auth";
import { createAccount } from "@/db/accounts/users";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { users } from "@/db/schema";
import { peerHeaders } from "./peer-address";
import type { Role } from "@/lib/auth/roles";

/**
 * Route-handler tests: handlers are called directly with a `Request`, on the application's own database
 * (`getDb()`), which the environment points at an in-memory PGlite without the sample article.
 */

type Globals = { claimlensConnection?: Promise<{ close(): Promise<void> }> };

async function closeConnection() {
  const globals = globalThis as Globals;
  const pending = globals.claimlensConnection;
  globals.claimlensConnection = undefined;
  if (pending) await (await pending).close();
}

/** A person with an account and an API token, for calling routes as them. */
export interface TestUser {
  id: string;
  name: string;
  role: Role;
  token: string;
}

let defaultUser: TestUser | undefined;

/**
 * Creates an account of the given role with an API token. The row is written directly (no password): route
 * tests authenticate with the token, which is what scripts do; sign-in itself is tested on its own.
 */
export async function createTestUser(role: Role, name = `Test ${role}`): Promise<TestUser> {
  const db = await getDb();
  const id = randomUUID();
  await db.insert(users).values({ id, name, email: `${role}-${id.slice(0, 8)}@example.org`, role });
  const { token } = await createToken(db, id, "tests");
  return { id, name, role, token };
}

let signIns = 0;

/**
 * A person with a password who signed in through better-auth, as a browser does: their session cookie, for the
 * few routes a token may not use. Slower than `createTestUser` (the password is hashed), so used sparingly.
 */
export async function createSignedInUser(role: Role, name = `Signed-in ${role}`): Promise<TestUser & { cookie: string }> {
  const password = "a test password of some length";
  const email = `${role}-${randomUUID().slice(0, 8)}@example.org`;
  const user = await createAccount(await getDb(), { name, email, password, role });
  signIns += 1;
  const response = await authPost(
    new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      // An address of its own for each sign-in, so that the sign-in rate limit never applies to tests.
      headers: { "content-type": "application/json", origin: "http://localhost", ...peerHeaders(`10.9.${Math.floor(signIns / 250)}.${signIns % 250}`) },
      body: JSON.stringify({ email, password }),
    }),
  );
  if (!response.ok) throw new Error(`test sign-in failed: ${response.status}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { token } = await createToken(await getDb(), user.id, "tests");
  return { id: user.id, name, role, token, cookie };
}

/** The administrator every `call` acts as unless told otherwise (made afresh before each test). */
export function testAdmin(): TestUser {
  if (!defaultUser) throw new Error("The test administrator exists only inside tests.");
  return defaultUser;
}

/**
 * Points getDb() at a fresh database for this test file (or `describe` block) and empties it before each test: an
 * in-memory PGlite, or with a PostgreSQL backend (see `backends` in db/testing.ts) a database of its own there.
 */
export function useRouteDatabase(backend: TestBackend = { name: "PGlite" }): void {
  beforeAll(async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("CLAIMLENS_DATA_DIR", "memory://");
    vi.stubEnv("CLAIMLENS_SKIP_SAMPLE", "1");
    await closeConnection();
    if (backend.serverUrl) (globalThis as Globals).claimlensConnection = openTestDatabase(backend);
    await getConnection();
    // The auth instance reads its signing key once; made now, it is there before the first request of a test.
    await getAuth();
  });
  beforeEach(async () => {
    await truncateAll(await getDb());
    defaultUser = await createTestUser("admin", "Ada Admin");
  });
  afterAll(async () => {
    await closeConnection();
    vi.unstubAllEnvs();
  });
}

type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export interface CallOptions<P> {
  method?: string;
  /** Path and query, such as `/api/articles?limit=2`. */
  path?: string;
  /** Sent as JSON with `Content-Type: application/json`. */
  json?: unknown;
  /** Sent as is (with `headers` saying what it is). */
  body?: BodyInit;
  headers?: Record<string, string>;
  params?: P;
  /** Who calls: a test user (default: the test administrator), or null for nobody signed in. */
  as?: TestUser | null;
  /** Call with this session cookie (from `createSignedInUser`) from a Claimlens page, instead of a token. */
  session?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  /** The parsed JSON body (the text of any other kind), or null for an empty one. Typed loosely: tests read whatever fields they check. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** Calls a route handler as Next.js would and reads its JSON response. */
export async function call<P>(handler: RouteHandler<P>, options: CallOptions<P> = {}): Promise<CallResult> {
  const headers = new Headers(options.headers);
  if (options.session) {
    headers.set("cookie", options.session);
    headers.set("origin", "http://localhost");
  } else {
    const caller = options.as === undefined ? testAdmin() : options.as;
    if (caller && !headers.has("authorization")) headers.set("authorization", `Bearer ${caller.token}`);
  }
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(`http://localhost${options.path ?? "/"}`, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await response.text();
  // JSON is parsed; anything else (CSV, JSON Lines) is left as text.
  const json = /^application\/(problem\+)?json\b/.test(response.headers.get("content-type") ?? "application/json");
  return { status: response.status, headers: response.headers, body: text === "" ? null : json ? JSON.parse(text) : text };
}
