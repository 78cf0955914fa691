// Several instances on one PostgreSQL (issue 10): the production build served by 1 and then 3 instances behind
// nginx (Debian's, installed with apt-get if missing, on 127.0.0.1 only, run in the foreground from a config in a
// temporary folder), driven by autocannon with a mix of reads and writes from several analysts' API tokens, for a
// bounded time each. Prints throughput, p50/p95/p99 latency and errors (which must be 0) for each, and the ratio
// 3 : 1. Needs DATABASE_URL: it creates a fresh database beside that one and drops it at the end.
// Knobs: BENCH_SCALE_SECONDS (20), BENCH_SCALE_CONNECTIONS (24), BENCH_SCALE_PORT (3220: nginx; instances above).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_SCALE_CONNECTIONS ?? 24);
const NGINX_PORT = Number(process.env.BENCH_SCALE_PORT ?? 3220);
const ANALYSTS = 4;
const ARTICLES_PER_ANALYST = 3;
const root = process.cwd();

const SENTENCES = [
  "The ministry said the pipeline would reopen before the winter.",
  "Officials warned that the ceasefire could collapse within days.",
  "Talks on the grain corridor will resume in Istanbul next week.",
  "Air defense systems were moved closer to the border overnight.",
  "No civilian sites were hit during the strikes on Tuesday.",
  "Shipments of fertiliser are still held up in three ports.",
];
const TEXT = SENTENCES.join(" ");
const SPEAKERS = ["The ministry", "Officials", "A diplomat"] as const;
const SPANS = SENTENCES.map((sentence) => ({ start: TEXT.indexOf(sentence), end: TEXT.indexOf(sentence) + sentence.length - 1 }));

interface Figures {
  instances: number;
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  reads: number;
  writes: number;
  errors: number;
  non2xx: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

function nginxBinary(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(candidate)) return candidate;
  console.log("  nginx is missing: apt-get install -y nginx-light (Debian's)…");
  // Installed, not started: without this, the package's service would start listening on port 80 of every address.
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    const install = spawnSync("sh", ["-c", "apt-get install -y --no-install-recommends nginx-light || (apt-get update && apt-get install -y --no-install-recommends nginx-light)"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (install.status !== 0 || !existsSync("/usr/sbin/nginx")) throw new Error("Could not install nginx (apt-get install nginx-light failed).");
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  return "/usr/sbin/nginx";
}

/** nginx in the foreground, on loopback only, with everything it writes in `dir`. */
async function startNginx(binary: string, dir: string, ports: number[]): Promise<ChildProcess> {
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi", "logs"]) mkdirSync(path.join(dir, sub), { recursive: true });
  const config = path.join(dir, "nginx.conf");
  writeFileSync(
    config,
    `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 60m;
  upstream claimlens {
    least_conn;
${ports.map((port) => `    server 127.0.0.1:${port};`).join("\n")}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${NGINX_PORT};
    location / {
      proxy_pass http://claimlens;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`,
  );
  const child = spawn(binary, ["-p", dir, "-c", config], { stdio: ["ignore", "inherit", "inherit"] });
  await waitFor(`http://127.0.0.1:${NGINX_PORT}/api/health`, 30_000, child);
  return child;
}

async function waitFor(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode}) before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** One Claimlens instance (`npm start`: builds first when the build is missing or stale). */
async function startInstance(port: number, databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      BETTER_AUTH_SECRET: "bench-scale-shared-secret-0123456789abcdef",
      CLAIMLENS_SKIP_SAMPLE: "1",
      CLAIMLENS_TRUSTED_PROXIES: "127.0.0.1",
      CLAIMLENS_URL: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${port}/api/health`, 600_000, child);
  return child;
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  await Promise.race([once(child, "exit"), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

async function json(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The first administrator, four analysts with a token each, and their articles; through the API, as people would. */
async function seed(base: string): Promise<{ tokens: string[]; articles: string[][] }> {
  const origin = { origin: base, "content-type": "application/json" };
  const password = "correct horse battery staple";
  await json(await fetch(`${base}/api/setup`, { method: "POST", headers: origin, body: JSON.stringify({ name: "Ada Admin", email: "ada@example.org", password }) }));
  const signIn = async (email: string) => {
    const response = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", headers: origin, body: JSON.stringify({ email, password }) });
    await json(response);
    return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  };
  const admin = await signIn("ada@example.org");
  const tokens: string[] = [];
  const articles: string[][] = [];
  // The speakers the claims name exist before the load (two analysts creating one at once is not measured here).
  for (const speaker of SPEAKERS) {
    await json(await fetch(`${base}/api/speakers`, { method: "POST", headers: { ...origin, cookie: admin }, body: JSON.stringify({ name: speaker, kind: "organization" }) }));
  }
  for (let i = 0; i < ANALYSTS; i++) {
    const email = `analyst${i}@example.org`;
    await json(await fetch(`${base}/api/users`, { method: "POST", headers: { ...origin, cookie: admin }, body: JSON.stringify({ name: `Analyst ${i}`, email, password, role: "analyst" }) }));
    const session = await signIn(email);
    const { token } = (await json(await fetch(`${base}/api/tokens`, { method: "POST", headers: { ...origin, cookie: session }, body: JSON.stringify({ name: "bench" }) }))) as { token: string };
    tokens.push(token);
    const own: string[] = [];
    for (let a = 0; a < ARTICLES_PER_ANALYST; a++) {
      const article = (await json(
        await fetch(`${base}/api/articles`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ title: `Article ${a} of analyst ${i}`, text: TEXT, format: "text" }),
        }),
      )) as { id: string };
      own.push(article.id);
    }
    articles.push(own);
  }
  return { tokens, articles };
}

/**
 * The load: each connection cycles through five requests, four reads and a write, each as a randomly chosen
 * analyst: the library, an article, its claims, a speaker search, and a new claim on one of the analyst's articles.
 */
async function drive(base: string, tokens: string[], articles: string[][], instances: number): Promise<Figures> {
  const latencies: number[] = [];
  const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
  const as = (request: autocannon.Request, analyst = Math.floor(Math.random() * tokens.length)) => ({
    ...request,
    headers: { ...request.headers, authorization: `Bearer ${tokens[analyst]}`, "content-type": "application/json" },
  });
  const read = (path: () => string): autocannon.Request => ({ method: "GET", setupRequest: (request) => ({ ...as(request), path: path() }) });
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [
          read(() => "/api/articles?limit=20"),
          read(() => `/api/articles/${pick(articles.flat())}`),
          read(() => `/api/articles/${pick(articles.flat())}/claims`),
          read(() => "/api/speakers?q=minis&limit=10"),
          {
            method: "POST",
            setupRequest: (request) => {
              const analyst = Math.floor(Math.random() * tokens.length);
              return {
                ...as(request, analyst),
                path: `/api/articles/${pick(articles[analyst]!)}/claims`,
                body: JSON.stringify({ ...pick(SPANS), kind: "attributed", speaker: pick(SPEAKERS), confidence: pick(["low", "moderate", "high"]), cue: "said" }),
              };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
  // Every fifth request of a connection's cycle is the write.
  const writes = Math.floor(result.requests.total / 5);
  return {
    instances,
    seconds: SECONDS,
    connections: CONNECTIONS,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / SECONDS),
    latencyMs: { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(latencies[latencies.length - 1] ?? 0) },
    reads: result.requests.total - writes,
    writes,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (!serverUrl) {
    console.log("  skipped: set DATABASE_URL (a PostgreSQL server where a database may be created)");
    return { skipped: "DATABASE_URL is not set" };
  }
  const { default: postgres } = await import("postgres");
  const name = `claimlens_bench_scale_${process.pid}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(path.join(tmpdir(), "claimlens-bench-scale-"));
  const base = `http://127.0.0.1:${NGINX_PORT}`;
  const ports = [NGINX_PORT + 1, NGINX_PORT + 2, NGINX_PORT + 3];
  const children: ChildProcess[] = [];
  let nginx: ChildProcess | undefined;
  try {
    const binary = nginxBinary();
    console.log(`  ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    console.log("  starting instance 1 (builds first if needed)…");
    children.push(await startInstance(ports[0]!, url.toString()));
    nginx = await startNginx(binary, dir, ports.slice(0, 1));
    const { tokens, articles } = await seed(base);
    // A short warm-up, so that the first run does not pay for compiling routes and filling caches.
    await autocannon({ url: `${base}/api/articles?limit=20`, connections: 4, duration: 3, headers: { authorization: `Bearer ${tokens[0]}` } });

    console.log(`  1 instance: ${CONNECTIONS} connections for ${SECONDS} s…`);
    const one = await drive(base, tokens, articles, 1);
    console.log(`  ${JSON.stringify(one)}`);

    console.log("  starting instances 2 and 3…");
    for (const port of ports.slice(1)) children.push(await startInstance(port, url.toString()));
    await stop(nginx, "SIGQUIT");
    nginx = await startNginx(binary, dir, ports);
    for (const port of ports.slice(1)) await autocannon({ url: `http://127.0.0.1:${port}/api/articles?limit=20`, connections: 4, duration: 3, headers: { authorization: `Bearer ${tokens[0]}` } });

    console.log(`  3 instances: ${CONNECTIONS} connections for ${SECONDS} s…`);
    const three = await drive(base, tokens, articles, 3);
    console.log(`  ${JSON.stringify(three)}`);

    const ratio = round(three.requestsPerSecond / one.requestsPerSecond);
    console.log(`  throughput 3 : 1 = ${ratio}; errors ${one.errors + one.non2xx} and ${three.errors + three.non2xx} (must be 0)`);
    if (one.errors + one.non2xx + three.errors + three.non2xx > 0) process.exitCode = 1;
    // The machine's load says how far the figures are the app's: other work on the same cores slows both runs.
    return { cores: availableParallelism(), loadAverage: loadavg().map(round), mix: "4 reads : 1 write per connection cycle", analysts: ANALYSTS, one, three, ratio };
  } finally {
    if (nginx) await stop(nginx, "SIGQUIT");
    await Promise.all(children.map((child) => stop(child)));
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
