import { eq } from "drizzle-orm";
import { history, users } from "../schema";
import type { Executor } from "../client";
import { HISTORY_ACTIONS } from "../../lib/model";
import type { HistoryAction, UserRefDto } from "../../lib/model";

/** What the history lists (claims, articles, speakers, activity) read of a history row, with its actor's name. */
const historyColumns = {
  id: history.id,
  entityId: history.entityId,
  articleId: history.articleId,
  action: history.action,
  actorId: history.actorId,
  actorName: users.name,
  before: history.before,
  after: history.after,
  createdAt: history.createdAt,
};

export type HistoryRow = {
  id: number;
  entityId: string;
  articleId: string | null;
  action: string;
  actorId: string | null;
  actorName: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
};

/** History rows with the name of whoever made each change; callers add the filter, order and limit. */
export const selectHistory = (db: Executor) => db.select(historyColumns).from(history).leftJoin(users, eq(users.id, history.actorId));

/** The action as the DTOs type it; anything unknown (a future trigger's) reads as an update. */
export const asAction = (action: string): HistoryAction => ((HISTORY_ACTIONS as readonly string[]).includes(action) ? (action as HistoryAction) : "update");

/** Who made a change: null without an account; an account deleted since keeps its id, with a placeholder name. */
export const actorOf = (row: Pick<HistoryRow, "actorId" | "actorName">): UserRefDto | null =>
  row.actorId ? { id: row.actorId, name: row.actorName ?? "a former account" } : null;
