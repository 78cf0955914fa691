import { spawn } from "node:child_process";

/**
 * Runs one of PostgreSQL's client programs (pg_dump, pg_restore), its messages passed through; rejects with a
 * message a person can act on when it is missing or fails.
 */
export function runTool(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === "ENOENT" ? `${program} is not installed: on Debian, apt-get install postgresql-client.` : error.message)),
    );
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${program} failed (exit code ${code ?? "none"}): see its messages above.`))));
  });
}
