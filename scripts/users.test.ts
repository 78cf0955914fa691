import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { actorForToken } from "@/db/accounts/api-tokens";
import { previewInvitation } from "@/db/accounts/invitations";

/**
 * `npm run users` end to end, as an administrator would run it: through npm (so the package.json script and its
 * `--conditions=react-server` flag are what is tested), on an embedded database in a folder of its own.
 */

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "claimlens-users-cli-"));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function users(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "-s", "users", "--", ...args],
      { cwd: path.resolve(__dirname, ".."), env: { ...process.env, DATABASE_URL: "", CLAIMLENS_DATA_DIR: dataDir }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Concurrent: most of the time is spent starting npm, tsx and PGlite, in processes of their own.
describe.concurrent("npm run users", () => {
  it("creates an administrator, then prints a token, alone on standard output, that authenticates as them", { timeout: 240_000 }, async () => {
    const created = await users("create", "--email", "Ana@Example.org", "--password", "correct horse battery", "--role", "admin");
    expect(created, created.stderr).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Created ana@example\.org \(Ana, admin\)/) });

    const issued = await users("token", "--email", "ana@example.org", "--name", "ci");
    expect(issued.code, issued.stderr).toBe(0);
    expect(issued.stdout).toMatch(/^clk_[A-Za-z0-9_-]{43}\n$/);
    expect(issued.stderr).toMatch(/Copy it now: it will not be shown again/);

    const invited = await users("invite", "--email", "nadia@example.org", "--role", "analyst", "--name", "Nadia Haddad");
    expect(invited.code, invited.stderr).toBe(0);
    expect(invited.stdout).toMatch(/^\/invite\/inv_[A-Za-z0-9_-]{43}\n$/);
    expect(invited.stderr).toMatch(/^Invited nadia@example\.org as an analyst\. Send them this link privately: it works once, until \d{4}-\d{2}-\d{2}\./);
    const taken = await users("invite", "--email", "ana@example.org", "--role", "viewer");
    expect(taken).toMatchObject({ code: 1, stdout: "", stderr: expect.stringMatching(/already exists/) });

    // The CLI has exited, so this process may open the embedded database.
    const connection = await openDatabase({ dataDir });
    try {
      const actor = await actorForToken(connection.db, issued.stdout.trim());
      expect(actor).toMatchObject({ name: "Ana", email: "ana@example.org", role: "admin", via: "token" });
      const preview = await previewInvitation(connection.db, invited.stdout.trim().slice("/invite/".length));
      expect(preview).toMatchObject({ name: "Nadia Haddad", email: "nadia@example.org", role: "analyst", invitedBy: null });
    } finally {
      await connection.close();
    }
  });

  it("refuses invalid options with every problem named, exit code 1 and nothing on standard output", async () => {
    const refused = await users("create", "--email", "nope", "--password", "short", "--role", "owner");
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("--email: must be an email address");
    expect(refused.stderr).toContain("--password: must be at least 10 characters");
    expect(refused.stderr).toContain("--role: must be admin, analyst or viewer");
  });

  it("refuses an unknown command or option: exit code 1", async () => {
    for (const refused of await Promise.all([users("frobnicate"), users("list", "--email", "x@example.org")])) {
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe("");
      expect(refused.stderr).toMatch(/Unknown (command|option)/);
    }
  });

  it("prints its usage with --help, saying it goes through a running server", async () => {
    const help = await users("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run users -- COMMAND/);
    expect(help.stdout).toMatch(/the command then\s+goes through the server/);
  });
});
