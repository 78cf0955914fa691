import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { admin } from "better-auth/plugins/admin";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { createAccessControl } from "better-auth/plugins/access";
import { accounts, appMeta, sessions, users, verifications } from "../schema";
import { getConnection, type Database } from "../client";
import { env } from "../../lib/env";
import { sameSiteOrigins } from "../../lib/auth/origins";
import { isRole, type Actor } from "../../lib/auth/roles";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../lib/auth/account-schemas";

const SECRET_KEY = "auth_secret";

// The admin plugin's own permissions: only Claimlens admins hold any. (Its HTTP endpoints are not exposed, see
// app/api/auth/[...all]/route.ts; Claimlens manages accounts through /api/users and lib/auth/roles.ts.)
const access = createAccessControl(defaultStatements);
const pluginRoles = {
  admin: access.newRole(adminAc.statements),
  analyst: access.newRole({ user: [], session: [] }),
  viewer: access.newRole({ user: [], session: [] }),
};

/**
 * The authentication library (better-auth over the drizzle adapter): it hashes passwords, signs and checks
 * session cookies (HTTP-only; Secure when CLAIMLENS_URL is https) and refuses disabled accounts. Sign-in is
 * rate-limited in app/api/auth/[...all]/route.ts, in the database (its own limiter keeps counts in one process's
 * memory and keys them on a header any client can set, so it is off). Public sign-up is off: accounts come from the first-run setup, an admin, or the CLI.
 */
function createAuth(db: Database, secret: string) {
  const { publicUrl } = env();
  return betterAuth({
    appName: "Claimlens",
    secret,
    baseURL: publicUrl,
    basePath: "/api/auth",
    // Sign-in and sign-out must come from this site as the request reached it (however it is addressed).
    trustedOrigins: (request) => (request ? [...sameSiteOrigins(request, publicUrl)] : publicUrl ? [publicUrl] : []),
    database: drizzleAdapter(db, { provider: "pg", usePlural: true, schema: { users, sessions, accounts, verifications } }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    // The reviewer grant (issue 14), so that the session's user carries it; only an admin sets it (/api/users).
    user: { additionalFields: { reviewer: { type: "boolean", defaultValue: false, input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: false },
    // The origin check is on in tests too (better-auth turns it off under NODE_ENV=test by default).
    advanced: { useSecureCookies: publicUrl?.startsWith("https://") ?? false, disableOriginCheck: false },
    logger: { log: (level, message, ...args) => authLog(level, message, args, publicUrl) },
    plugins: [
      admin({
        ac: access,
        roles: pluginRoles,
        defaultRole: "viewer",
        adminRoles: ["admin"],
        bannedUserMessage: "This account is disabled. Ask an administrator of this Claimlens to enable it.",
      }),
    ],
  });
}

/**
 * better-auth's log, less its "Base URL is not set" warning when CLAIMLENS_URL is unset: deriving the origin from
 * each request is the intended setup then (so the app answers on whatever address it is reached by), and
 * `trustedOrigins` above still refuses requests from other sites. Everything else is logged as the library would.
 */
function authLog(level: "debug" | "info" | "warn" | "error", message: string, args: unknown[], publicUrl: string | undefined) {
  if (!publicUrl && message.includes("Base URL is not set")) return;
  const line = `[Better Auth] ${message}`;
  if (level === "error") console.error(line, ...args);
  else if (level === "warn") console.warn(line, ...args);
  else console.log(line, ...args);
}

export type Auth = ReturnType<typeof createAuth>;

/** The signing key: BETTER_AUTH_SECRET, or one generated on first run and kept in the database. */
async function authSecret(db: Database): Promise<string> {
  const configured = env().authSecret;
  if (configured) return configured;
  await db
    .insert(appMeta)
    .values({ key: SECRET_KEY, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(appMeta).where(eq(appMeta.key, SECRET_KEY));
  if (!row) throw new Error("the session signing key could not be stored");
  return row.value;
}

type Globals = { claimlensAuth?: { db: Database; auth: Promise<Auth> } };

/** The auth instance for the application's database, created once (and again if the database is reopened). */
export async function getAuth(): Promise<Auth> {
  const { db } = await getConnection();
  const globals = globalThis as Globals;
  if (globals.claimlensAuth?.db !== db) {
    globals.claimlensAuth = { db, auth: authSecret(db).then((secret) => createAuth(db, secret)) };
  }
  return globals.claimlensAuth.auth;
}

/** The person whose session cookie these request headers carry, or null (none, expired, or a disabled account). */
export async function sessionActor(headers: Headers): Promise<Actor | null> {
  const session = await (await getAuth()).api.getSession({ headers });
  if (!session || session.user.banned || !isRole(session.user.role)) return null;
  return { userId: session.user.id, name: session.user.name, email: session.user.email, role: session.user.role, reviewer: session.user.reviewer === true, via: "session" };
}
