// The app under measurement: a production build served on a fresh embedded database (scripts/e2e-server.mjs, which
// builds first when the sources changed), an administrator, and articles with claims created through the API.
import { spawn, type ChildProcess } from "node:child_process";
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
    return { url, token: token.body.token, account: ACCOUNT, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface BenchClaim {
  start: number;
  end: number;
}

const KINDS = ["reporter", "attributed"] as const;
const SPEAKERS = 8;
const CONFIDENCES = ["low", "moderate", "high"] as const;

/** Creates an article and its claims through the API (several requests at a time); answers the article's id. */
export async function createArticleWithClaims(app: AppServer, title: string, text: string, spans: readonly BenchClaim[]): Promise<string> {
  const auth = { authorization: `Bearer ${app.token}` };
  const article = await call<{ id: string }>(`${app.url}/api/articles`, { method: "POST", headers: auth, json: { title, text, format: "text" } });
  const id = article.body.id;
  // The speakers first, one at a time, so that concurrent claims find them rather than race to create them.
  for (let s = 0; s < SPEAKERS; s++) {
    await fetch(`${app.url}/api/speakers`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ name: `Speaker ${s}` }) });
  }
  let next = 0;
  const worker = async () => {
    while (next < spans.length) {
      const i = next++;
      const span = spans[i];
      if (!span) break;
      const kind = KINDS[i % 5 === 0 ? 1 : 0] ?? "reporter";
      await call(`${app.url}/api/articles/${id}/claims`, {
        method: "POST",
        headers: auth,
        json: { ...span, kind, confidence: CONFIDENCES[i % 3], ...(kind === "attributed" ? { speaker: `Speaker ${(i / 5) % SPEAKERS}` } : {}) },
      });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return id;
}
