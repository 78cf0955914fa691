import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import { getConnection, getDb } from "@/db/client";
import { truncateAll } from "@/db/testing";

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

/** Points getDb() at a fresh in-memory database for this test file and empties it before each test. */
export function useRouteDatabase(): void {
  beforeAll(async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("CLAIMLENS_DATA_DIR", "memory://");
    vi.stubEnv("CLAIMLENS_SKIP_SAMPLE", "1");
    await closeConnection();
    await getConnection();
  });
  beforeEach(async () => {
    await truncateAll(await getDb());
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
}

export interface CallResult {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or null for an empty one. Typed loosely: tests read whatever fields they check. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** Calls a route handler as Next.js would and reads its JSON response. */
export async function call<P>(handler: RouteHandler<P>, options: CallOptions<P> = {}): Promise<CallResult> {
  const headers = new Headers(options.headers);
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
  return { status: response.status, headers: response.headers, body: text === "" ? null : JSON.parse(text) };
}
