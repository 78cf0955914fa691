import path from "node:path";

/** The people of the end-to-end runs; the first-run setup creates them on the fresh database. */
export const ADMIN = { name: "Ada Admin", email: "ada@example.org", password: "correct horse battery" };
export const ANALYSTS = {
  ana: { name: "Ana Analyst", email: "ana@example.org", password: "ana's long password", role: "analyst" },
  ben: { name: "Ben Analyst", email: "ben@example.org", password: "ben's long password", role: "analyst" },
} as const;

const AUTH_DIR = path.join(process.cwd(), "e2e", ".auth");
/** The administrator's signed-in browser state, which every spec starts from. */
export const ADMIN_STATE = path.join(AUTH_DIR, "admin.json");
/** An API token of the administrator's, for specs that prepare data as a script would. */
export const ADMIN_TOKEN_FILE = path.join(AUTH_DIR, "admin-token.txt");
