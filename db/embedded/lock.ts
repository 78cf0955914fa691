import { hostname } from "node:os";
import path from "node:path";
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";

/**
 * The owner's lock on an embedded database folder. PGlite takes no lock of its own, and two processes writing one
 * folder corrupt it (pglite#1106), so whoever opens the folder first writes `claimlens.lock` in it, and everyone
 * else reads who that is: a second server refuses to start, a command goes through the owner's socket.
 */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** ISO time the holder took the lock. */
  since: string;
  /** "server" (serves the socket) or "command" (a CLI that opened the folder itself, no socket). */
  role: "server" | "command";
  /** The server's HTTP port, for the message that names it. */
  port?: number;
  /** What is running, for the message (`npm start`, `npm run users`). */
  command: string;
  /** The process's start time in clock ticks (Linux), so that a reused pid is not taken for the holder. */
  processStart?: string;
}

export const LOCK_FILE = "claimlens.lock";

export const lockPath = (dataDir: string) => path.join(dataDir, LOCK_FILE);

/** A process's start time from /proc (field 22 of its stat), or undefined off Linux. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The holder written in the folder's lock, or null when there is none (or it is unreadable: a torn write). */
export function readLock(dataDir: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(lockPath(dataDir), "utf8")) as LockHolder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/**
 * Whether the holder is still running: on this host, its pid is alive and is the same process (same start time).
 * A holder on another host (a folder shared over the network) cannot be checked and counts as alive.
 */
export function isHolderAlive(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true;
  if (holder.pid === process.pid) return heldHere.has(holder.since);
  if (!isAlive(holder.pid)) return false;
  const start = processStart(holder.pid);
  return !holder.processStart || !start || start === holder.processStart;
}

/** Describes the holder for a person: "the Claimlens server (pid 4242, port 3000, since 2026-12-07 09:14 UTC)". */
export function describeHolder(holder: LockHolder): string {
  const what = holder.role === "server" ? "the Claimlens server" : `a command (${holder.command})`;
  const where = holder.hostname === hostname() ? "" : ` on ${holder.hostname}`;
  const port = holder.port ? `, port ${holder.port}` : "";
  return `${what} (pid ${holder.pid}${port}${where}, since ${holder.since.slice(0, 16).replace("T", " ")} UTC)`;
}

/** The folder is held by a live process; the message names it. */
export class FolderLockedError extends Error {
  constructor(
    readonly holder: LockHolder,
    message: string,
  ) {
    super(message);
    this.name = "FolderLockedError";
  }
}

// Locks this process holds, by their `since`, so that a hot reload in development recognises its own lock.
const heldHere = new Set<string>();

/**
 * Takes the folder's lock, or throws FolderLockedError naming the live holder. The lock file appears whole or not
 * at all (written aside, then hard-linked into place, which fails if one exists); a stale lock (its process is
 * dead) is moved aside atomically first, and put back if, between reading and moving it, someone else had
 * replaced it with a live one. Returns the release function (idempotent, synchronous so it can run on exit).
 */
export function acquireLock(dataDir: string, holder: Omit<LockHolder, "pid" | "hostname" | "since" | "processStart">): { holder: LockHolder; release: () => void } {
  const mine: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    since: new Date().toISOString(),
    processStart: processStart(process.pid),
    ...holder,
  };
  const target = lockPath(dataDir);
  const aside = `${target}.${process.pid}.${Date.now()}`;
  writeFileSync(aside, `${JSON.stringify(mine)}\n`, { mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(aside, target);
        heldHere.add(mine.since);
        let released = false;
        return {
          holder: mine,
          release: () => {
            if (released) return;
            released = true;
            heldHere.delete(mine.since);
            // Only our own lock: never remove one a later owner wrote after a forced recovery.
            if (readLock(dataDir)?.since === mine.since && readLock(dataDir)?.pid === mine.pid) unlinkSync(target);
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const current = readLock(dataDir);
      if (current && isHolderAlive(current)) throw new FolderLockedError(current, `The database in ${dataDir} is in use by ${describeHolder(current)}.`);
      recoverStale(target, current);
    }
    throw new Error(`Could not take the lock ${target}: it keeps changing. Is another Claimlens starting at the same time?`);
  } finally {
    unlinkSync(aside);
  }
}

/** Moves a dead holder's lock out of the way, unless it is no longer the one judged dead. */
function recoverStale(target: string, judged: LockHolder | null): void {
  const moved = `${target}.stale.${process.pid}`;
  try {
    renameSync(target, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  let taken: LockHolder | null = null;
  try {
    taken = JSON.parse(readFileSync(moved, "utf8")) as LockHolder;
  } catch {
    // unreadable: it was a torn or empty lock, as `judged === null` expected
  }
  const same = judged === null ? taken === null : taken !== null && taken.pid === judged.pid && taken.since === judged.since;
  if (!same) {
    // Someone took the lock between our read and our move: give it back (if the place is still free).
    try {
      linkSync(moved, target);
    } catch {
      // the place is taken again; the next attempt reads whoever holds it
    }
  }
  unlinkSync(moved);
}
