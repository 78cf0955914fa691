#!/usr/bin/env node
// Serves a production build on a fresh embedded database in a temporary folder, for the end-to-end tests.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dataDir = mkdtempSync(path.join(tmpdir(), "claimlens-e2e-"));
const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CLAIMLENS_DATA_DIR: dataDir, PORT: process.env.E2E_PORT ?? "3100", DATABASE_URL: "" },
});
const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on("exit", (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
