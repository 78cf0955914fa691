import { env } from "../lib/env";
import { getConnection, type Connection } from "./client";
import { ensureSampleArticle } from "./articles/sample";

/**
 * What the server does once when it starts: open the application's database (applying the migrations) and, on a
 * new install, import the sample article. Kept apart from the client so that opening a database knows nothing
 * of the sample, and the scripts that open one do not import it.
 */
export async function startDatabase(): Promise<Connection> {
  const connection = await getConnection();
  if (!env().skipSample) await ensureSampleArticle(connection.db);
  return connection;
}
