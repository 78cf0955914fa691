import type { Executor } from "../client";
import { asActor } from "../actor";
import type { Actor } from "../../lib/auth/roles";
import type { ArticleDto } from "../../lib/model";
import type { ArticleCreateInput } from "../../lib/schemas";
import { createArticle } from "../articles/articles";
import { getUserSettings } from "../accounts/user-settings";
import { computeSuggestions } from "./suggestions";

/**
 * Imports an article for someone, and computes its suggested claims in the same transaction unless they turned
 * that off in Settings: the workspace opens with the suggestions waiting.
 */
export async function importArticle(db: Executor, input: ArticleCreateInput, actor: Actor): Promise<ArticleDto> {
  return asActor(db, actor, null, async (tx) => {
    const article = await createArticle(tx, input, actor);
    if ((await getUserSettings(tx, actor.userId)).suggestAfterImport) {
      await computeSuggestions(tx, article.id, { reporterStatements: false });
    }
    return article;
  });
}
