// The app under measurement: a production build served on a fresh embedded database (scripts/e2e-server.mjs, which
// builds first when the sources changed), an administrator, and articles with claims imported through the API.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";

export interface AppServer {
  url: string;
  /** An API token of the administrator (for preparing data as a script would). */
  token: string;
  account: { email: string; password: string };
  stop(): Promise<void>;
}

const ACCOUNT = { name: "Bench Admin", email: "bench@example.org", password: "bench password long enough" };

async function waitForServer(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}) before answering.`);
    try {
      const response = await fetch(`${url}/api/setup`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer at ${url} within ${seconds} s.`);
}

async function call<T>(url: string, init: RequestInit & { json?: unknown }): Promise<{ status: number; body: T; cookies: string[] }> {
  const { json, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    headers: { "content-type": "application/json", ...(rest.headers as Record<string, string> | undefined) },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${response.status} ${text.slice(0, 300)}`);
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, cookies: response.headers.getSetCookie() };
}

/** Starts the app from `appDir` on `port` (building it when needed), creates the administrator and a token. */
export async function startApp(appDir: string, port: number): Promise<AppServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(appDir, "scripts", "e2e-server.mjs")], {
    cwd: appDir,
    env: { ...process.env, E2E_PORT: String(port), CLAIMLENS_SKIP_SAMPLE: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    const line = chunk.toString();
    if (/build|error/i.test(line)) process.stdout.write(`  [server] ${line}`);
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitForServer(url, child, 900);
    const origin = { origin: url };
    await call(`${url}/api/setup`, { method: "POST", headers: origin, json: ACCOUNT });
    const signIn = await call(`${url}/api/auth/sign-in/email`, { method: "POST", headers: origin, json: { email: ACCOUNT.email, password: ACCOUNT.password } });
    const cookie = signIn.cookies.map((c) => c.split(";")[0]).join("; ");
    const token = await call<{ token: string }>(`${url}/api/tokens`, { method: "POST", headers: { ...origin, cookie }, json: { name: "bench" } });
    // The benchmark measures claims: no suggested claims computed on import (since imports compute them, their
    // outlines over the words would take the clicks meant for the claims' highlights).
    await call(`${url}/api/me/settings`, { method: "PATCH", headers: { ...origin, cookie }, json: { suggestAfterImport: false } });
    return { url, token: token.body.token, account: ACCOUNT, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface BenchClaim {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

const SPEAKERS = Array.from({ length: 8 }, (_, i) => ({ id: randomUUID(), name: `Speaker ${i}`, kind: "person", description: null, aliases: [] }));
const CONFIDENCES = ["low", "moderate", "high"] as const;

/**
 * Creates an article with its claims through the API, as one `claimlens/1` document (POST /api/import): a fifth of
 * the claims attributed to one of eight speakers, the rest reporter statements, confidences in turn. (5,000 claim
 * POSTs one by one take ten minutes on a busy 2-core machine; the import takes seconds.) Answers the article's id.
 */
export async function createArticleWithClaims(app: AppServer, title: string, text: string, claims: readonly BenchClaim[]): Promise<string> {
  const now = new Date().toISOString();
  const article = { id: randomUUID(), title, sourceUrl: null, publishedAt: null, text, textSha256: createHash("sha256").update(text).digest("hex") };
  const document = {
    format: "claimlens/1",
    exportedAt: now,
    article,
    speakers: SPEAKERS,
    claims: claims.map((claim, i) => {
      const speaker = i % 5 === 0 ? SPEAKERS[(i / 5) % SPEAKERS.length] : undefined;
      return {
        start: claim.start,
        end: claim.end,
        quote: claim.quote,
        prefix: claim.prefix,
        suffix: claim.suffix,
        id: randomUUID(),
        kind: speaker ? "attributed" : "reporter",
        speaker: speaker ? { id: speaker.id, name: speaker.name } : null,
        cue: null,
        confidence: CONFIDENCES[i % 3],
        note: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
    }),
  };
  await call(`${app.url}/api/import`, { method: "POST", headers: { authorization: `Bearer ${app.token}` }, json: document });
  return article.id;
}
