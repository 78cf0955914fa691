/** Runs once when the server starts: open the database, apply migrations, import the sample on first run. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startDatabase } = await import("./db/startup");
    const { driver } = await startDatabase();
    console.log(`Claimlens database ready (${driver === "pglite" ? "embedded PGlite" : "PostgreSQL"}).`);
  }
}
