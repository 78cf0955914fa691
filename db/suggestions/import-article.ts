import type { Executor } from "../client";
import { asActor } from "../actor";
import type { Actor } from "../../lib/auth/roles";
import type { ArticleDto } from "../../lib/model";
import type { ArticleCreateInput } from "../../lib/schemas";
import { DEFAULT_USER_SETTINGS } from "../../lib/suggestions/model";
import { createArticle } from "../articles/articles";
import { getUserSettings } from "../accounts/user-settings";
import { computeQueue } from "./suggestions";

/**
 * The one rule for articles that arrive, however they come (the library's paste, upload and web import through
 * POST /api/articles, a claimlens/1 document's new articles through POST /api/import or `npm run import`, the
 * sample article of a new install): their suggested claims are computed in the transaction that stores them,
 * unless the person importing turned that off in Settings, so the workspace opens with the suggestions waiting.
 * `actor` null is the system (the CLI, the first start), which follows the default setting (on); `suggest`, when
 * given, overrides the setting (the CLI's --no-suggestions).
 */
export async function suggestOnArrival(tx: Executor, articleIds: readonly string[], actor: Actor | null, suggest?: boolean): Promise<void> {
  if (articleIds.length === 0) return;
  const wanted = suggest ?? (actor ? (await getUserSettings(tx, actor.userId)).suggestAfterImport : DEFAULT_USER_SETTINGS.suggestAfterImport);
  if (!wanted) return;
  for (const id of articleIds) await computeQueue(tx, id, { reporterStatements: false }, actor);
}

/** Imports an article for someone (POST /api/articles), with its suggestions as `suggestOnArrival` says. */
export async function importArticle(db: Executor, input: ArticleCreateInput, actor: Actor): Promise<ArticleDto> {
  return asActor(db, actor, null, async (tx) => {
    const article = await createArticle(tx, input, actor);
    await suggestOnArrival(tx, [article.id], actor);
    return article;
  });
}
