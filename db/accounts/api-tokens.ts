import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { apiTokens, users } from "../schema";
import type { Executor } from "../client";
import { notFound } from "../../lib/errors";
import { isRole, type Actor } from "../../lib/auth/roles";
import type { ApiTokenDto } from "../../lib/auth/model";

export type { ApiTokenDto };

/** Every token starts so, which tells a reader (and secret scanners) what it is. */
export const TOKEN_PREFIX = "clk_";
// Characters of the token kept in clear to tell tokens apart: the prefix and 4 random characters.
const SHOWN = TOKEN_PREFIX.length + 4;

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

const toDto = (row: typeof apiTokens.$inferSelect): ApiTokenDto => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/** Creates a personal token; the token is in the answer once and never again (only its hash is kept). */
export async function createToken(db: Executor, userId: string, name: string): Promise<{ token: string; info: ApiTokenDto }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token), prefix: `${token.slice(0, SHOWN)}…` })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return { token, info: toDto(row) };
}

/** A user's tokens, newest first, revoked ones included (so that they can see what was revoked and when). */
export async function listTokens(db: Executor, userId: string): Promise<ApiTokenDto[]> {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id)).limit(200);
  return rows.map(toDto);
}

/** Revokes one of a user's tokens (another user's token is "not found" to them). */
export async function revokeToken(db: Executor, userId: string, tokenId: string): Promise<ApiTokenDto> {
  const [row] = await db
    .update(apiTokens)
    // Revoking twice keeps the first date.
    .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, now())` })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)))
    .returning();
  if (!row) throw notFound("API token", tokenId);
  return toDto(row);
}

/** The person a bearer token acts for, or null when it is unknown, revoked, or its account is disabled. */
export async function actorForToken(db: Executor, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await db
    .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, userId: users.id, name: users.name, email: users.email, role: users.role, reviewer: users.reviewer, banned: users.banned })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!row || row.banned || !isRole(row.role)) return null;
  // "Last used" is kept to the minute, so that a busy script does not write on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  }
  return { userId: row.userId, name: row.name, email: row.email, role: row.role, reviewer: row.reviewer, via: "token" };
}
