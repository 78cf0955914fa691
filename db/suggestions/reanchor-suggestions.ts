import { eq, inArray, sql } from "drizzle-orm";
import { suggestions } from "../schema";
import type { Executor } from "../client";
import type { SuggestionAnchorRow, CarriedSuggestion } from "../../lib/suggestions/reanchor";
import type { SuggestionStatus } from "../../lib/suggestions/model";

// Suggestions per update statement: each is one element of a JSON array parameter.
const UPDATE_CHUNK = 1000;

/** What re-anchoring needs of an article's suggestions (lib/suggestions/reanchor). */
export async function suggestionAnchorRows(db: Executor, articleId: string): Promise<SuggestionAnchorRow[]> {
  const rows = await db
    .select({
      id: suggestions.id,
      status: suggestions.status,
      start: suggestions.start,
      end: suggestions.end,
      quote: suggestions.quote,
      prefix: suggestions.prefix,
      suffix: suggestions.suffix,
      mentionStart: suggestions.mentionStart,
      mentionEnd: suggestions.mentionEnd,
      cueStart: suggestions.cueStart,
      cueEnd: suggestions.cueEnd,
      revision: suggestions.revision,
    })
    .from(suggestions)
    .where(eq(suggestions.articleId, articleId));
  return rows.map((r) => ({ ...r, status: r.status as SuggestionStatus }));
}

/** Stores where each suggestion went through a text revision, and removes the pending ones that lost their words. */
export async function writeSuggestionAnchors(db: Executor, carried: readonly CarriedSuggestion[]): Promise<void> {
  const dropped = carried.filter((c) => c.drop).map((c) => c.id);
  if (dropped.length > 0) await db.delete(suggestions).where(inArray(suggestions.id, dropped));
  // The rows' other fields are ignored by jsonb_to_recordset.
  const kept = carried.filter((c) => !c.drop);
  for (let i = 0; i < kept.length; i += UPDATE_CHUNK) {
    const chunk = JSON.stringify(kept.slice(i, i + UPDATE_CHUNK));
    await db.execute(sql`
      update ${suggestions} set
        anchoring = v."anchoring"::claim_status, start = v.start, "end" = v."end", quote = v.quote, prefix = v.prefix,
        suffix = v.suffix, mention_start = v."mentionStart", mention_end = v."mentionEnd", cue_start = v."cueStart",
        cue_end = v."cueEnd", revision = v.revision
      from jsonb_to_recordset(${chunk}::jsonb) as v(
        id uuid, "anchoring" text, start int, "end" int, quote text, prefix text, suffix text, "mentionStart" int,
        "mentionEnd" int, "cueStart" int, "cueEnd" int, revision int)
      where ${suggestions.id} = v.id`);
  }
}
