/** Runs once when the server starts: open the database, apply migrations, import the sample on first run. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First, so that every request from now on carries its socket address (for the sign-in limit).
    const { stampPeerAddresses } = await import("./app/api/_lib/peer-address");
    stampPeerAddresses();
    const { startDatabase } = await import("./db/startup");
    try {
      const { driver } = await startDatabase();
      console.log(`Claimlens database ready (${driver === "pglite" ? "embedded PGlite" : "PostgreSQL"}).`);
    } catch (error) {
      // The server cannot serve without its database (a second server on the same folder ends here): say why, once,
      // and stop, rather than answer every request with an error.
      console.error(`Claimlens cannot start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}
