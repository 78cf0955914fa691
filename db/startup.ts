import { env } from "../lib/env";
import { getConnection, openDatabase, type Connection } from "./client";
import { ensureSampleArticle } from "./articles/sample";

/**
 * What the server does once when it starts: open the application's database (applying the migrations) and, on a
 * new install, import the sample article. An embedded database is opened as its one owner (db/embedded: the
 * folder's lock, and the socket the commands use); a second server on the same folder fails here, with a message
 * naming the first. Kept apart from the client so that opening a database knows nothing of the sample, and the
 * scripts that open one do not import it.
 */
export async function startDatabase(): Promise<Connection> {
  const { databaseUrl, dataDir, port } = env();
  const connection = await getConnection(async () => {
    if (databaseUrl || dataDir.startsWith("memory://")) return openDatabase({ url: databaseUrl, dataDir });
    const { openEmbedded } = await import("./embedded/open");
    return openEmbedded(dataDir, { as: "server", port });
  });
  if (!env().skipSample) await ensureSampleArticle(connection.db);
  closeOnStop(connection);
  return connection;
}

/**
 * A graceful stop: on SIGTERM (or SIGINT) `next start` stops accepting connections, lets the requests in flight
 * finish, and then calls process.exit. That exit is held back until the database is closed: PGlite shuts down
 * cleanly (no recovery at the next start), the owner's socket and lock go, and a PostgreSQL pool ends its
 * connections. A database that takes over 10 s to close does not hold the exit back any longer.
 */
function closeOnStop(connection: Connection): void {
  const stopping = () => {
    const exit = process.exit.bind(process);
    let exiting = false;
    process.exit = ((code?: number) => {
      if (exiting) return;
      exiting = true;
      const timeout = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
      void Promise.race([connection.close().catch((error: unknown) => console.error("Closing the database failed:", error)), timeout]).finally(() => exit(code));
    }) as typeof process.exit;
  };
  process.once("SIGTERM", stopping);
  process.once("SIGINT", stopping);
}
