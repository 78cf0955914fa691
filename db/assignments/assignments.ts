import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { articles, assignments, users } from "../schema";
import type { Executor } from "../client";
import { AppError, forbidden, invalid, notFound, type Issue } from "../../lib/errors";
import { actorCan, can, isRole, roleWithArticle, type Actor } from "../../lib/auth/roles";
import type { AssignmentCreateInput } from "../../lib/agreement/schemas";
import type { AssignmentDto } from "../../lib/agreement/model";
import { getUserSettings } from "../accounts/user-settings";
import { computeQueue } from "../suggestions/suggestions";
import { acceptSharedSuggestionsOfClaims } from "../suggestions/claimed";

const assignees = alias(users, "assignees");
const assigners = alias(users, "assigners");

const selectAssignments = (db: Executor) =>
  db
    .select({
      id: assignments.id,
      articleId: assignments.articleId,
      userId: assignments.userId,
      userName: assignees.name,
      status: assignments.status,
      assignedById: assignments.assignedBy,
      assignedByName: assigners.name,
      createdAt: assignments.createdAt,
      doneAt: assignments.doneAt,
      reopenedAt: assignments.reopenedAt,
    })
    .from(assignments)
    .innerJoin(assignees, eq(assignees.id, assignments.userId))
    .leftJoin(assigners, eq(assigners.id, assignments.assignedBy));

type AssignmentRow = Awaited<ReturnType<typeof selectAssignments>>[number];

const toDto = (r: AssignmentRow): AssignmentDto => ({
  id: r.id,
  articleId: r.articleId,
  user: { id: r.userId, name: r.userName },
  status: r.status,
  assignedBy: r.assignedById && r.assignedByName ? { id: r.assignedById, name: r.assignedByName } : null,
  createdAt: r.createdAt.toISOString(),
  doneAt: r.doneAt?.toISOString() ?? null,
  reopenedAt: r.reopenedAt?.toISOString() ?? null,
});

async function assertArticle(db: Executor, articleId: string): Promise<string> {
  const [row] = await db.select({ title: articles.title }).from(articles).where(eq(articles.id, articleId));
  if (!row) throw notFound("article", articleId);
  return row.title;
}

/** An article's assignments, by name: everyone may see who annotates it and who is done, nothing more. */
export async function listAssignments(db: Executor, articleId: string): Promise<AssignmentDto[]> {
  await assertArticle(db, articleId);
  const rows = await selectAssignments(db).where(eq(assignments.articleId, articleId)).orderBy(asc(assignees.name), asc(assignments.id));
  return rows.map(toDto);
}

/**
 * Assigns an article to analysts for independent annotation. Each must be an active account whose role may tag
 * claims (an analyst or an admin); an article is annotated independently by two or more people, so the first
 * assignment names at least two. Someone already assigned stays as they are. All or nothing.
 */
export async function assignArticle(db: Executor, articleId: string, input: AssignmentCreateInput, actor: Actor): Promise<AssignmentDto[]> {
  return db.transaction(async (tx) => {
    await assertArticle(tx, articleId);
    const found = await tx.select({ id: users.id, name: users.name, role: users.role, banned: users.banned }).from(users).where(inArray(users.id, input.userIds));
    const byId = new Map(found.map((u) => [u.id, u]));
    const issues: Issue[] = [];
    input.userIds.forEach((id, i) => {
      const user = byId.get(id);
      if (!user) issues.push({ path: `userIds.${i}`, message: `no account has the id ${id}` });
      else if (user.banned) issues.push({ path: `userIds.${i}`, message: `${user.name}'s account is disabled` });
      else if (!isRole(user.role) || !can(user.role, "claims:write")) {
        issues.push({ path: `userIds.${i}`, message: `${user.name} is ${isRole(user.role) ? roleWithArticle(user.role) : "not an analyst"}, who cannot tag claims` });
      }
    });
    if (issues.length > 0) throw invalid(`These people cannot be assigned: ${issues.map((i) => i.message).join("; ")}. Assign analysts or administrators.`, issues);
    const existing = await tx.select({ userId: assignments.userId }).from(assignments).where(eq(assignments.articleId, articleId));
    if (new Set([...existing.map((e) => e.userId), ...input.userIds]).size < 2) {
      throw invalid("Independent annotation needs at least two analysts: assign one more.", [{ path: "userIds", message: "needs at least two analysts in all" }]);
    }
    const added = await tx
      .insert(assignments)
      .values(input.userIds.map((userId) => ({ articleId, userId, assignedBy: actor.userId })))
      .onConflictDoNothing({ target: [assignments.articleId, assignments.userId] })
      .returning({ userId: assignments.userId });
    // Each new assignee gets a suggestion queue of their own (db/assignments/visibility.ts), computed now as an
    // import would compute it for them (unless their Settings say not to; Suggest claims computes it later).
    for (const { userId } of added) {
      if ((await getUserSettings(tx, userId)).suggestAfterImport) await computeQueue(tx, articleId, { reporterStatements: false }, { userId });
    }
    return listAssignments(tx, articleId);
  });
}

async function getAssignment(db: Executor, id: string): Promise<AssignmentRow> {
  const [row] = await selectAssignments(db).where(eq(assignments.id, id));
  if (!row) throw notFound("assignment", id);
  return row;
}

/** The assignee marks their work on the article done; nobody else may say so for them. */
export async function markAssignmentDone(db: Executor, id: string, actor: Actor): Promise<AssignmentDto> {
  return db.transaction(async (tx) => {
    const row = await getAssignment(tx, id);
    if (row.userId !== actor.userId) throw forbidden(`Only ${row.userName} can mark their own assignment done.`);
    if (row.status === "done") throw new AppError("conflict", "You already marked this article done. Reopen it to change your claims.");
    await tx.update(assignments).set({ status: "done", doneAt: new Date() }).where(and(eq(assignments.id, id), eq(assignments.status, "open")));
    const [stillOpen] = await tx.select({ id: assignments.id }).from(assignments).where(and(eq(assignments.articleId, row.articleId), eq(assignments.status, "open"))).limit(1);
    if (!stillOpen) await acceptSharedSuggestionsOfClaims(tx, row.articleId);
    return toDto(await getAssignment(tx, id));
  });
}

/**
 * Reopens a done assignment: by its assignee (to change their claims) or a reviewer. The article is hidden again
 * until everyone is done once more.
 */
export async function reopenAssignment(db: Executor, id: string, actor: Actor): Promise<AssignmentDto> {
  return db.transaction(async (tx) => {
    const row = await getAssignment(tx, id);
    if (row.userId !== actor.userId && !actorCan(actor, "review")) {
      throw forbidden(`Only ${row.userName} or a reviewer can reopen this assignment.`);
    }
    if (row.status === "open") throw new AppError("conflict", `${row.userId === actor.userId ? "Your" : `${row.userName}'s`} assignment is open already.`);
    await tx.update(assignments).set({ status: "open", doneAt: null, reopenedAt: new Date() }).where(and(eq(assignments.id, id), eq(assignments.status, "done")));
    return toDto(await getAssignment(tx, id));
  });
}

/**
 * The assignees of an article once every one of them is done: what agreement and review need. 409 while the
 * article has no assignment or someone is still at work (naming how many, not who is how far).
 */
export async function doneAssignees(db: Executor, articleId: string): Promise<{ title: string; assignees: { id: string; name: string }[] }> {
  const title = await assertArticle(db, articleId);
  const rows = await listAssignments(db, articleId);
  if (rows.length === 0) throw new AppError("conflict", "This article is not assigned for independent annotation, so there is no agreement to compute.");
  const open = rows.filter((r) => r.status === "open");
  if (open.length > 0) {
    throw new AppError("conflict", `Not every assignee is done: ${open.map((r) => r.user.name).join(", ")} ${open.length === 1 ? "has" : "have"} not marked the article done yet.`, {
      open: open.map((r) => r.user.id),
    });
  }
  return { title, assignees: rows.map((r) => r.user) };
}

/** The people an article can be assigned to: active analysts and administrators, by name. */
export async function assignableAccounts(db: Executor): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(inArray(users.role, ["analyst", "admin"]), eq(users.banned, false)))
    .orderBy(asc(users.name), asc(users.id));
}
