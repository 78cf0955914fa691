import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * Running Claimlens as an operator does, on a server of this spec's own (the same production build as the other
 * specs, another port, a new embedded database): the health probes and security headers, a second server on the
 * same folder refused, `npm run users` beside the running server, and a graceful stop on SIGTERM that lets a
 * request in flight finish.
 */

const root = process.cwd();
const port = Number(process.env.E2E_PORT ?? 3100) + 1;
const base = `http://127.0.0.1:${port}`;

function startServer(dataDir: string, serverPort: number): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", CLAIMLENS_DATA_DIR: dataDir, PORT: String(serverPort), CLAIMLENS_SKIP_SAMPLE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  return { child, output: () => output };
}

function npm(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("npm", ["run", "-s", ...args], { cwd: root, env: { ...process.env, DATABASE_URL: "", CLAIMLENS_DATA_DIR: dataDir }, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test("a server answers its probes with security headers, keeps its folder to itself, serves the command line and stops gracefully", async ({ request }) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "claimlens-operations-"));
  const server = startServer(dataDir, port);
  try {
    await expect.poll(async () => (await request.get(`${base}/api/health?probe=live`).catch(() => null))?.status() ?? 0, { timeout: 120_000 }).toBe(200);

    const ready = await request.get(`${base}/api/health`);
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ live: true, ready: true });
    expect(ready.headers()).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "content-security-policy": expect.stringContaining("default-src 'none'") });
    expect(ready.headers()).not.toHaveProperty("strict-transport-security");

    // A page's scripts carry the nonce of its policy; behind an https proxy, HSTS is added.
    const page = await request.get(`${base}/sign-in`, { headers: { "x-forwarded-proto": "https" } });
    const policy = page.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(page.headers()["strict-transport-security"]).toBe("max-age=31536000");
    const html = await page.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    // A second server on the same folder refuses to start, naming the first.
    const second = startServer(dataDir, port + 1);
    const [code] = (await once(second.child, "exit")) as [number];
    expect(code).toBe(1);
    expect(second.output()).toMatch(new RegExp(`in use by the Claimlens server \\(pid \\d+, port ${port}, since `));

    // The command line works beside the running server, through it.
    const created = await npm(dataDir, "users", "--", "create", "--email", "ops@example.org", "--password", "correct horse battery", "--role", "admin");
    expect(created.code, created.stderr).toBe(0);
    const token = (await npm(dataDir, "users", "--", "token", "--email", "ops@example.org")).stdout.trim();
    expect(token).toMatch(/^clk_/);

    // A request in flight when SIGTERM comes: its body arrives in two parts, the stop in between; it completes.
    const body = JSON.stringify({ title: "Sent while stopping", text: "The ministry said the talks would resume on Monday.", format: "text" });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(`${base}/api/articles`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
        let text = "";
        res.on("data", (chunk) => (text += String(chunk)));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        server.child.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(20)), 1_500);
      }, 500);
    });
    const done = await answer;
    expect(done.status, done.text).toBe(201);
    const [exitCode] = (await once(server.child, "exit")) as [number];
    expect(exitCode).toBe(0);
    expect(server.output()).not.toMatch(/Closing the database failed/);
    expect(existsSync(path.join(dataDir, "claimlens.lock"))).toBe(false);

    // The article made during the stop is in the database, which the next command opens itself.
    const exported = await npm(dataDir, "export", "--", "--format", "claimlens");
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/"title":\s*"Sent while stopping"/);
  } finally {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
});
