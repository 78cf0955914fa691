import path from "node:path";
import { rmSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";

/** The owner's socket in the data folder; PostgreSQL's own name for it, so `psql -h DATA_DIR` finds it too. */
export const SOCKET_FILE = ".s.PGSQL.5432";

export const socketPath = (dataDir: string) => path.join(dataDir, SOCKET_FILE);

// Frontend message types that end an exchange: after them, unless a transaction block is open, the session is
// back where it started and another client may use it.
const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const STARTUP = 0x00; // a startup message has no type byte; its length's first byte is 0

/**
 * PGlite is one PostgreSQL session. The app's queries take PGlite's transaction mutex (a whole `transaction()`
 * holds it throughout), but pglite-socket runs each wire message under the query mutex only, so a command's
 * `BEGIN … COMMIT`, or even its Parse/Bind/Execute/Sync, could interleave with the app's statements in one session.
 *
 * This gate is what the socket server sees as its database: before a socket client's first message it takes the
 * transaction mutex, and it gives it back only when an exchange ends (Sync, simple Query, Terminate) outside any
 * transaction block. The app therefore waits while a command's exchange or transaction is under way, and a command
 * waits while the app's is; `isInTransaction` tells the socket's queue that a socket client holds the session, so
 * that it serves that client's messages first.
 */
export class SessionGate {
  private releaseSession: (() => void) | null = null;

  constructor(private readonly pg: PGlite) {}

  get waitReady(): Promise<void> {
    return this.pg.waitReady;
  }

  /** True while a socket client holds the session (mid-exchange or in a transaction). */
  isInTransaction(): boolean {
    return this.releaseSession !== null;
  }

  async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (!this.releaseSession) {
      this.releaseSession = await new Promise<() => void>((held) => {
        void this.pg._runExclusiveTransaction(() => new Promise<void>((done) => held(done)));
      });
    }
    return this.pg.runExclusive(fn);
  }

  async execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<void> {
    try {
      await this.pg.execProtocolRawStream(message, options);
    } finally {
      const type = message[0];
      if ((type === SYNC || type === QUERY || type === TERMINATE || type === STARTUP) && !this.pg.isInTransaction()) this.letGo();
    }
  }

  /** Called by the socket server when a client leaves mid-transaction (only ever with ROLLBACK). */
  async exec(query: string): Promise<void> {
    const text = new TextEncoder().encode(`${query}\0`);
    const message = new Uint8Array(5 + text.length);
    message[0] = QUERY;
    new DataView(message.buffer).setInt32(1, 4 + text.length);
    message.set(text, 5);
    try {
      await this.pg.runExclusive(() => this.pg.execProtocolRaw(message));
    } finally {
      this.letGo();
    }
  }

  private letGo(): void {
    const release = this.releaseSession;
    this.releaseSession = null;
    release?.();
  }
}

export interface SocketServer {
  path: string;
  stop(): Promise<void>;
}

/**
 * Serves the owner's PGlite on a Unix socket in the data folder, so that `npm run users`, `export`, `import`,
 * `backup`… reach the database through the running server instead of opening the folder a second time. The file
 * is readable by the folder's owner only; a socket left by a crash is removed first (the caller holds the lock).
 */
export async function serveSocket(pg: PGlite, dataDir: string): Promise<SocketServer> {
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const file = socketPath(dataDir);
  rmSync(file, { force: true });
  const server = new PGLiteSocketServer({ db: new SessionGate(pg) as unknown as PGlite, path: file, maxConnections: 8 });
  const previous = process.umask(0o077);
  try {
    await server.start();
  } finally {
    process.umask(previous);
  }
  return {
    path: file,
    async stop() {
      await server.stop();
      rmSync(file, { force: true });
    },
  };
}
