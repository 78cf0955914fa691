import { and, eq, inArray } from "drizzle-orm";
import { assignments, users } from "../schema";
import type { Executor } from "../client";
import { AppError } from "../../lib/errors";
import type { Actor } from "../../lib/auth/roles";

/**
 * Submitted work is frozen (issue 14): once an assignee marks an article done, their claims on it are what
 * agreement and review read, so nobody changes them (edit, delete, restore, import), and the assignee adds none
 * and decides no suggestion there, until the assignment is reopened (by the assignee or a reviewer). Reviewed
 * claims are not an analyst's and stay free; the system itself (`actor` null: the CLI, a restore) is not held.
 *
 * `authorId` is whose work the change touches: the claim's author, or the actor for a new claim or a decision.
 */
export async function refuseIfSubmitted(db: Executor, articleId: string, authorId: string | null | undefined, actor: Actor | null): Promise<void> {
  if (!actor || !authorId) return;
  const [done] = await db
    .select({ name: users.name })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(and(eq(assignments.articleId, articleId), eq(assignments.userId, authorId), eq(assignments.status, "done")));
  if (!done) return;
  throw new AppError("conflict", submittedMessage(authorId === actor.userId ? null : done.name), { submitted: true });
}

/** Why submitted work is refused: to its author (`name` null) or to someone else. */
export function submittedMessage(name: string | null): string {
  return name === null
    ? "You marked this article done, so your claims on it are frozen: reopen your assignment to change them."
    : `${name} marked this article done, so their claims on it are frozen until their assignment is reopened.`;
}

/** The assignees who marked each of these articles done: user id → name, per article id. */
export async function submittedAssignees(db: Executor, articleIds: string[]): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  if (articleIds.length === 0) return out;
  for (let i = 0; i < articleIds.length; i += 1000) {
    const rows = await db
      .select({ articleId: assignments.articleId, userId: assignments.userId, name: users.name })
      .from(assignments)
      .innerJoin(users, eq(users.id, assignments.userId))
      .where(and(inArray(assignments.articleId, articleIds.slice(i, i + 1000)), eq(assignments.status, "done")));
    for (const r of rows) {
      const map = out.get(r.articleId) ?? new Map<string, string>();
      map.set(r.userId, r.name);
      out.set(r.articleId, map);
    }
  }
  return out;
}
