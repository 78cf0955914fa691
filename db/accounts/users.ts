import "server-only";
import { and, asc, count, eq, gt, ne, or, sql } from "drizzle-orm";
import { appMeta, sessions, users } from "../schema";
import type { Database, Executor } from "../client";
import { getAuth } from "./auth";
import { AppError, invalid, notFound } from "../../lib/errors";
import { isRole, type Actor } from "../../lib/auth/roles";
import type { AccountCreateInput, AccountPatchInput } from "../../lib/auth/account-schemas";
import type { UserDto } from "../../lib/auth/model";
import type { Page, UserRefDto } from "../../lib/model";

const FIRST_ADMIN_KEY = "first_admin_created";

const toDto = (row: typeof users.$inferSelect): UserDto => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: isRole(row.role) ? row.role : "viewer",
  disabled: row.banned,
  reviewer: row.reviewer,
  createdAt: row.createdAt.toISOString(),
});

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row?.n ?? 0);
}

/**
 * Creates an account: the password is hashed by better-auth, never here. A taken email (in any letter case) is
 * a conflict naming it.
 */
export async function createAccount(db: Executor, input: AccountCreateInput): Promise<UserDto> {
  const [taken] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`);
  if (taken) throw new AppError("conflict", `An account with the email ${input.email} already exists.`);
  const auth = await getAuth();
  const { user } = await auth.api.createUser({ body: { email: input.email, password: input.password, name: input.name, role: input.role } });
  return getUser(db, user.id);
}

/**
 * The first administrator of a new install. Only one request can ever do this: the first to claim the
 * installation's marker; every later one (or one made when accounts exist) is refused.
 */
export async function createFirstAdmin(db: Database, input: Omit<AccountCreateInput, "role">): Promise<UserDto> {
  const refused = () => new AppError("conflict", "This Claimlens already has an administrator: sign in instead.");
  if ((await countUsers(db)) > 0) throw refused();
  const claimed = await db.insert(appMeta).values({ key: FIRST_ADMIN_KEY, value: new Date().toISOString() }).onConflictDoNothing().returning();
  if (claimed.length === 0) throw refused();
  try {
    return await createAccount(db, { ...input, role: "admin" });
  } catch (error) {
    await db.delete(appMeta).where(eq(appMeta.key, FIRST_ADMIN_KEY));
    throw error;
  }
}

export async function getUser(db: Executor, id: string): Promise<UserDto> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw notFound("user", id);
  return toDto(row);
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserDto | null> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row ? toDto(row) : null;
}

/** Every account, oldest first, a page at a time (the cursor is the last id seen, with its creation time). */
export async function listUsers(db: Executor, options: { cursor?: string; limit: number }): Promise<Page<UserDto>> {
  const [at, id] = options.cursor ? decodeUserCursor(options.cursor) : [];
  const rows = await db
    .select()
    .from(users)
    .where(at && id ? or(gt(users.createdAt, at), and(eq(users.createdAt, at), gt(users.id, id))) : undefined)
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toDto),
    nextCursor: rows.length > options.limit && last ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString("base64url") : null,
  };
}

/**
 * Every account's id and name, by name: whose changes the activity page can show. Disabled accounts too, since
 * what they did stays in the history; no emails or roles, since every role may see this list.
 */
export async function listAccountNames(db: Executor): Promise<UserRefDto[]> {
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name), asc(users.id));
}

function decodeUserCursor(cursor: string): [Date, string] {
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const date = new Date(at ?? "");
  if (!id || Number.isNaN(date.getTime())) throw new AppError("invalid", "The page cursor is not valid for this list; start again from the first page.");
  return [date, id];
}

/**
 * Changes an account's role or disables (or enables) it. Disabling signs the person out everywhere; their tokens
 * stop working at once. The last enabled administrator can be neither demoted nor disabled, so that someone can
 * always manage the accounts.
 */
export async function updateAccount(db: Executor, actor: Actor | null, id: string, patch: AccountPatchInput): Promise<UserDto> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, id)).for("update");
    if (!row) throw notFound("user", id);
    if (patch.reviewer === true && (patch.role ?? row.role) !== "analyst") {
      throw invalid("Only an analyst can be granted the reviewer permission: administrators review anyway, and viewers cannot tag claims.", [
        { path: "reviewer", message: "is for analysts only" },
      ]);
    }
    const losesAdmin = row.role === "admin" && !row.banned && ((patch.role !== undefined && patch.role !== "admin") || patch.disabled === true);
    if (losesAdmin) {
      const [others] = await tx
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.banned, false), ne(users.id, id)));
      if (Number(others?.n ?? 0) === 0) {
        const who = actor?.userId === id ? "You are" : `${row.name} is`;
        throw new AppError("conflict", `${who} the only active administrator: make someone else an administrator first.`);
      }
    }
    const [updated] = await tx
      .update(users)
      .set({
        ...(patch.role !== undefined ? { role: patch.role } : {}),
        ...(patch.reviewer !== undefined ? { reviewer: patch.reviewer } : {}),
        ...(patch.disabled !== undefined ? { banned: patch.disabled, banReason: patch.disabled ? "disabled by an administrator" : null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    if (!updated) throw notFound("user", id);
    if (patch.disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
    return toDto(updated);
  });
}
