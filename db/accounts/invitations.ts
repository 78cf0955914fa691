import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { invitations, users } from "../schema";
import type { Database, Executor } from "../client";
import { createAccount, findUserByEmail } from "./users";
import { decodeCursor, encodeCursor } from "../cursor";
import { AppError, notFound } from "../../lib/errors";
import { isRole, type Actor } from "../../lib/auth/roles";
import { INVITATION_DAYS } from "../../lib/auth/invitations";
import { INVITATION_TOKEN_PREFIX, type InvitationAcceptInput, type InvitationCreateInput } from "../../lib/auth/account-schemas";
import type { InvitationDto, InvitationPreview, InvitationStatus, UserDto } from "../../lib/auth/model";
import type { Page } from "../../lib/model";


const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

type Row = typeof invitations.$inferSelect & { inviterName: string | null };

function statusOf(row: typeof invitations.$inferSelect, now = Date.now()): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt.getTime() <= now ? "expired" : "pending";
}

const toDto = (row: Row): InvitationDto => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: isRole(row.role) ? row.role : "viewer",
  status: statusOf(row),
  invitedBy: row.invitedBy ? { id: row.invitedBy, name: row.inviterName ?? "a deleted account" } : null,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  acceptedAt: row.acceptedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

const withInviter = (db: Executor) =>
  db
    .select({ invitation: invitations, inviterName: users.name })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy));

const flatten = ({ invitation, inviterName }: { invitation: typeof invitations.$inferSelect; inviterName: string | null }): Row => ({ ...invitation, inviterName });

/** The address path of an invitation link; the page that opens it is `app/(auth)/invite/[token]`. */
export const invitationPath = (token: string) => `/invite/${token}`;

/**
 * Invites a person: the answer holds the link's token once, never again (only its hash is kept). An email that
 * already has an account is a conflict; a new invitation to an email replaces the one still pending for it, so
 * that only the newest link works.
 */
export async function createInvitation(db: Database, actor: Actor | null, input: InvitationCreateInput): Promise<{ token: string; path: string; invitation: InvitationDto }> {
  const existing = await findUserByEmail(db, input.email);
  if (existing) throw new AppError("conflict", `An account with the email ${input.email} already exists: ${existing.name} can sign in already.`);
  const token = `${INVITATION_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const id = await db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(sql`lower(${invitations.email}) = ${input.email.toLowerCase()}`, isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
    const [row] = await tx
      .insert(invitations)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: actor?.userId ?? null,
        expiresAt: sql`now() + make_interval(days => ${INVITATION_DAYS})`,
      })
      .returning({ id: invitations.id });
    if (!row) throw new Error("insert returned no row");
    return row.id;
  });
  return { token, path: invitationPath(token), invitation: await getInvitation(db, id) };
}

export async function getInvitation(db: Executor, id: string): Promise<InvitationDto> {
  const [row] = await withInviter(db).where(eq(invitations.id, id));
  if (!row) throw notFound("invitation", id);
  return toDto(flatten(row));
}

/**
 * The invitations still waiting for their person (expired ones too, so that an admin sees who never came),
 * newest first, a page at a time. Accepted invitations are accounts on the same page; revoked ones are gone.
 */
export async function listOpenInvitations(db: Executor, options: { cursor?: string; limit: number }): Promise<Page<InvitationDto>> {
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const rows = await withInviter(db)
    .where(
      and(
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        after ? or(lt(invitations.createdAt, after.at), and(eq(invitations.createdAt, after.at), lt(invitations.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit).map(flatten);
  const last = page[page.length - 1];
  return {
    items: page.map(toDto),
    nextCursor: rows.length > options.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

/** Withdraws an invitation: its link stops working at once. One already accepted cannot be withdrawn. */
export async function revokeInvitation(db: Executor, id: string): Promise<InvitationDto> {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  if (!row) throw notFound("invitation", id);
  if (row.acceptedAt) throw new AppError("conflict", `${row.name} already accepted this invitation: disable their account instead.`);
  // Revoking twice keeps the first date.
  await db.update(invitations).set({ revokedAt: sql`coalesce(${invitations.revokedAt}, now())` }).where(eq(invitations.id, id));
  return getInvitation(db, id);
}

/** Why a link no longer works, in the words its person will read. */
function refusal(row: typeof invitations.$inferSelect): AppError {
  const ask = "Ask the administrator who invited you for a new link.";
  switch (statusOf(row)) {
    case "accepted":
      return new AppError("gone", `This invitation has been used: the account for ${row.email} exists. Sign in with it.`);
    case "revoked":
      return new AppError("gone", `This invitation was withdrawn. ${ask}`);
    default:
      return new AppError("gone", `This invitation expired on ${row.expiresAt.toISOString().slice(0, 10)}. ${ask}`);
  }
}

const unknownLink = () => new AppError("not_found", "This invitation link is not known here: check that the whole link was copied.");

/** What the invitation page shows before the person accepts; refused as `acceptInvitation` would refuse it. */
export async function previewInvitation(db: Executor, token: string): Promise<InvitationPreview> {
  const [found] = await withInviter(db).where(eq(invitations.tokenHash, hashToken(token)));
  if (!found) throw unknownLink();
  const row = flatten(found);
  if (statusOf(row) !== "pending") throw refusal(row);
  // An administrator may have created the account directly since: then there is nothing left to accept.
  if (await findUserByEmail(db, row.email)) throw new AppError("gone", `An account for ${row.email} exists already. Sign in with it.`);
  return { name: row.name, email: row.email, role: toDto(row).role, invitedBy: row.inviterName, expiresAt: row.expiresAt.toISOString() };
}

/**
 * Turns an invitation into an account with the password its person chose. Only one request can use a link: the
 * first to mark it accepted; if the account then cannot be created (the email was taken meanwhile), the mark is
 * undone and the link works again.
 */
export async function acceptInvitation(db: Database, input: InvitationAcceptInput): Promise<UserDto> {
  const tokenHash = hashToken(input.token);
  const [claimed] = await db
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), sql`${invitations.expiresAt} > now()`))
    .returning();
  if (!claimed) {
    const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
    throw row ? refusal(row) : unknownLink();
  }
  let user: UserDto;
  try {
    user = await createAccount(db, { name: input.name, email: claimed.email, password: input.password, role: isRole(claimed.role) ? claimed.role : "viewer" });
  } catch (error) {
    await db.update(invitations).set({ acceptedAt: null }).where(eq(invitations.id, claimed.id));
    throw error;
  }
  await db.update(invitations).set({ userId: user.id }).where(eq(invitations.id, claimed.id));
  return user;
}
