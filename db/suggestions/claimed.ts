import { and, eq, sql } from "drizzle-orm";
import { claims, suggestions } from "../schema";
import type { Executor } from "../client";
import type { ClaimKind } from "../../lib/model";
import { inSuggestionQueue, suggestionQueueOf } from "../assignments/visibility";

/**
 * A claim tagged by hand on exactly the words of a pending suggestion of its kind accepts that suggestion: it is
 * recorded as accepted (by the claim's author, with the claim), leaves the queue, and is not proposed again. Only
 * the author's own queue is touched (db/assignments/visibility.ts): an assignee's claim says nothing to the
 * shared queue while the article is assigned for independent annotation.
 */
export async function acceptSuggestionsOfClaim(
  db: Executor,
  claim: { id: string; articleId: string; kind: ClaimKind; start: number; end: number },
  decidedBy: string | null,
): Promise<void> {
  const queue = await suggestionQueueOf(db, claim.articleId, decidedBy ? { userId: decidedBy } : null);
  await db
    .update(suggestions)
    .set({ status: "accepted", decidedBy, decidedAt: new Date(), claimId: claim.id, releasedClaimId: null })
    .where(
      and(
        eq(suggestions.articleId, claim.articleId),
        inSuggestionQueue(queue),
        eq(suggestions.status, "pending"),
        eq(suggestions.kind, claim.kind),
        eq(suggestions.start, claim.start),
        eq(suggestions.end, claim.end),
      ),
    );
}

/**
 * Deleting a claim (or undoing its creation) puts the suggestions it was accepted from back in the queue, pending
 * again, remembering the claim (`released_claim_id`) so that restoring it accepts them again. To be called in the
 * deletion's transaction, before the row goes (the foreign key would clear `claim_id`). A suggestion whose words a
 * text revision lost cannot be pending (nothing to show): it stays accepted, without its claim.
 */
export async function releaseSuggestionsOfClaim(db: Executor, claimId: string): Promise<void> {
  await db
    .update(suggestions)
    .set({ status: "pending", decidedBy: null, decidedAt: null, claimId: null, releasedClaimId: claimId })
    .where(and(eq(suggestions.claimId, claimId), eq(suggestions.anchoring, "anchored")));
}

/**
 * Restoring a deleted claim accepts again the suggestions its deletion released (still pending: nobody decided
 * them meanwhile), as decided by the claim's author, and then any other pending one on exactly its words.
 */
export async function reacceptSuggestionsOfClaim(
  db: Executor,
  claim: { id: string; articleId: string; kind: ClaimKind; start: number | null; end: number | null },
  authorId: string | null,
): Promise<void> {
  await db
    .update(suggestions)
    .set({ status: "accepted", decidedBy: authorId, decidedAt: new Date(), claimId: claim.id, releasedClaimId: null })
    .where(and(eq(suggestions.releasedClaimId, claim.id), eq(suggestions.status, "pending")));
  if (claim.start !== null && claim.end !== null) {
    await acceptSuggestionsOfClaim(db, { ...claim, start: claim.start, end: claim.end }, authorId);
  }
}

/**
 * When the last assignee of an article is done, its claims are visible again, and the shared queue must not offer
 * what they tagged: each pending shared suggestion on exactly the words of an analyst claim of its kind is recorded
 * as accepted with that claim (by its author), as if the claim had been tagged outside the assignment.
 */
export async function acceptSharedSuggestionsOfClaims(db: Executor, articleId: string): Promise<void> {
  await db.execute(sql`update ${suggestions} s set status = 'accepted', decided_by = c.created_by, decided_at = now(), claim_id = c.id, released_claim_id = null
    from ${claims} c
    where s.article_id = ${articleId} and s.owner_id is null and s.status = 'pending'
      and c.article_id = s.article_id and c.claim_set = 'analyst' and c.kind = s.kind and c.start = s.start and c."end" = s."end"`);
}
