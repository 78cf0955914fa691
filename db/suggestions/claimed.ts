import { and, eq } from "drizzle-orm";
import { suggestions } from "../schema";
import type { Executor } from "../client";
import type { ClaimKind } from "../../lib/model";

/**
 * A claim tagged by hand on exactly the words of a pending suggestion of its kind accepts that suggestion: it is
 * recorded as accepted (by the claim's author, with the claim), leaves the queue, and is not proposed again.
 */
export async function acceptSuggestionsOfClaim(
  db: Executor,
  claim: { id: string; articleId: string; kind: ClaimKind; start: number; end: number },
  decidedBy: string | null,
): Promise<void> {
  await db
    .update(suggestions)
    .set({ status: "accepted", decidedBy, decidedAt: new Date(), claimId: claim.id })
    .where(
      and(
        eq(suggestions.articleId, claim.articleId),
        eq(suggestions.status, "pending"),
        eq(suggestions.kind, claim.kind),
        eq(suggestions.start, claim.start),
        eq(suggestions.end, claim.end),
      ),
    );
}
