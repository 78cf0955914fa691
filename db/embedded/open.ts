import path from "node:path";
import { mkdirSync } from "node:fs";
import { openDatabase, type Connection } from "../client";
import { acquireLock, describeHolder, FolderLockedError, isHolderAlive, readLock } from "./lock";
import { serveSocket, socketPath } from "./socket";

export { FolderLockedError } from "./lock";

/** What a process wants of an embedded folder: to own and serve it (the server), or to use it (a command). */
export type EmbeddedRole = { as: "server"; port?: number } | { as: "command" };

const commandLine = () => {
  const script = process.argv[1] ? path.basename(process.argv[1]) : "node";
  return process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}` : script;
};

/**
 * Opens the embedded database in `dataDir` as its one owner or through its owner.
 *
 * - The server takes the folder's lock, opens PGlite and serves it on the socket in the folder; a second server
 *   (or `next dev` beside `npm start`) gets a FolderLockedError naming the one that runs.
 * - A command connects to the running server's socket; when no server runs, it takes the lock itself (so that a
 *   server started meanwhile refuses rather than corrupts) and opens the folder directly.
 *
 * Closing the connection closes PGlite, stops the socket and releases the lock; the lock is also released if the
 * process exits without closing (a crash leaves it stale, and the next owner recovers it).
 */
export async function openEmbedded(dataDir: string, role: EmbeddedRole): Promise<Connection> {
  mkdirSync(dataDir, { recursive: true });
  const holder = readLock(dataDir);
  if (role.as === "command" && holder && isHolderAlive(holder)) {
    if (holder.role !== "server") {
      throw new FolderLockedError(holder, `The database in ${dataDir} is in use by ${describeHolder(holder)}. Try again when it has finished.`);
    }
    return openDatabase({ socket: socketPath(dataDir) });
  }
  let lock: ReturnType<typeof acquireLock>;
  try {
    lock = acquireLock(dataDir, role.as === "server" ? { role: "server", port: role.port, command: commandLine() } : { role: "command", command: commandLine() });
  } catch (error) {
    if (error instanceof FolderLockedError && role.as === "server") {
      throw new FolderLockedError(
        error.holder,
        `${error.message} A second server on the same embedded database would corrupt it, so this one does not start. ` +
          `Stop the other one first, or give this one another folder (CLAIMLENS_DATA_DIR).`,
      );
    }
    // A server took the folder between our look and our lock: go through it after all.
    if (error instanceof FolderLockedError && error.holder.role === "server") return openDatabase({ socket: socketPath(dataDir) });
    throw error;
  }
  const releaseOnExit = () => lock.release();
  process.once("exit", releaseOnExit);
  try {
    const connection = await openDatabase({ dataDir });
    let socket: Awaited<ReturnType<typeof serveSocket>> | null = null;
    try {
      if (role.as === "server" && connection.pglite) socket = await serveSocket(connection.pglite, dataDir);
    } catch (error) {
      await connection.close();
      throw error;
    }
    let closing: Promise<void> | undefined;
    return {
      ...connection,
      close() {
        closing ??= (async () => {
          try {
            await socket?.stop();
            await connection.close();
          } finally {
            lock.release();
            process.removeListener("exit", releaseOnExit);
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    lock.release();
    process.removeListener("exit", releaseOnExit);
    throw error;
  }
}
