import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireLock, FolderLockedError, lockPath, readLock } from "./lock";
import { openEmbedded } from "./open";
import { socketPath } from "./socket";
import { rowsOf } from "../rows";
import { startOwner, type OwnerProcess } from "./fixtures/owner-process";

/** A pid that was a process a moment ago and is no more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("the folder's lock", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "claimlens-lock-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is taken once: a second taker hears who holds it, and after the release it can be taken again", () => {
    const first = acquireLock(dir, { role: "server", port: 3000, command: "npm start" });
    expect(readLock(dir)).toMatchObject({ pid: process.pid, hostname: hostname(), role: "server", port: 3000 });
    expect(() => acquireLock(dir, { role: "command", command: "npm run users" })).toThrow(/in use by the Claimlens server \(pid \d+, port 3000, since /);
    first.release();
    expect(existsSync(lockPath(dir))).toBe(false);
    acquireLock(dir, { role: "command", command: "npm run users" }).release();
  });

  it("recovers a stale lock, left by a process that died, and an unreadable (torn) one", async () => {
    await writeFile(lockPath(dir), JSON.stringify({ pid: deadPid(), hostname: hostname(), since: "2026-01-01T00:00:00.000Z", role: "server", port: 3000, command: "npm start" }));
    const taken = acquireLock(dir, { role: "server", command: "npm start" });
    expect(readLock(dir)?.pid).toBe(process.pid);
    taken.release();
    await writeFile(lockPath(dir), "{\"pid\": 12");
    acquireLock(dir, { role: "server", command: "npm start" }).release();
    expect(existsSync(lockPath(dir))).toBe(false);
  });
});

describe("a server owning the embedded database", () => {
  let dir: string;
  let owner: OwnerProcess;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "claimlens-owner-"));
    owner = await startOwner(dir, { write: true, port: 3218 });
  });
  afterAll(async () => {
    await owner?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("refuses a second server, naming the one that runs", async () => {
    const second = openEmbedded(dir, { as: "server", port: 3217 });
    await expect(second).rejects.toThrow(FolderLockedError);
    const { pid } = readLock(dir) ?? {};
    await expect(second).rejects.toThrow(new RegExp(`in use by the Claimlens server \\(pid ${pid}, port 3218, since .*\\)\\. .*so this one does not start`));
  });

  it("serves a command through its socket, whose transactions never interleave with the server's own writes", async () => {
    const command = await openEmbedded(dir, { as: "command" });
    try {
      // The server inserts two rows per transaction, all the time: inside the command's transaction the count
      // neither moves (the server waits) nor is ever odd (no half of a server transaction is seen or committed).
      for (let round = 0; round < 3; round++) {
        const [before, after] = await command.db.transaction(async (tx) => {
          const count = async () => rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from owner_writes`))[0]?.n ?? -1;
          const first = await count();
          await new Promise((resolve) => setTimeout(resolve, 150));
          return [first, await count()];
        });
        expect(after).toBe(before);
        expect(before % 2).toBe(0);
      }
      await expect(command.db.transaction(async (tx) => {
        await tx.execute(sql`insert into owner_writes default values`);
        await tx.execute(sql`select 1 / 0`);
      })).rejects.toThrow(/Failed query: select 1 \/ 0/);
      const total = rowsOf<{ n: number }>(await command.db.execute(sql`select count(*)::int as n from owner_writes`))[0]?.n ?? -1;
      expect(total % 2).toBe(0);
    } finally {
      await command.close();
    }
    // The server kept writing after the command left.
    expect(owner.child.exitCode).toBeNull();
  });

  it("on SIGTERM closes the database, removes its socket and lock, and exits 0; the folder then opens cleanly", async () => {
    expect(existsSync(socketPath(dir))).toBe(true);
    expect(await owner.stop()).toBe(0);
    expect(existsSync(socketPath(dir))).toBe(false);
    expect(existsSync(lockPath(dir))).toBe(false);
    const reopened = await openEmbedded(dir, { as: "command" });
    expect(reopened.pglite).toBeDefined();
    await reopened.close();
  });
});
