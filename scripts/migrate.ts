// `npm run db:migrate`: apply the committed migrations to the configured database and exit.
import { getConnection } from "../db/client";
import { env } from "../lib/env";

async function main() {
  const { dataDir } = env();
  const connection = await getConnection();
  console.log(`Migrations applied (${connection.driver === "pglite" ? `embedded database in ${dataDir}` : "PostgreSQL"}).`);
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
