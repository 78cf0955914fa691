import type { MeDto } from "@/lib/auth/model";
import { can, canChangeClaim } from "@/lib/auth/roles";
import type { ClaimDto } from "@/lib/model";

/**
 * The signed-in person, as the workspace needs them: who, what their role lets them do, and whether their own
 * work on this article is frozen (they marked their assignment done: the server's message), which holds until
 * the assignment is reopened.
 */
export type Me = Pick<MeDto, "id" | "name" | "role"> & { frozen?: string | null };

/**
 * Why `me` may not change (edit, delete, re-attach) a claim, in words for a button's title; null when they
 * may. The server checks the same rule and answers 403, so this only spares the analyst a refused click.
 */
export function whyNotChangeClaim(me: Me, claim: Pick<ClaimDto, "createdBy" | "set">): string | null {
  if (me.frozen && claim.set === "analyst" && claim.createdBy?.id === me.id) return me.frozen;
  if (canChangeClaim({ userId: me.id, role: me.role }, claim.createdBy?.id ?? null)) return null;
  if (!can(me.role, "claims:write")) return "Your account can read claims but not change them.";
  if (!claim.createdBy) return "This claim was tagged before accounts existed: only an admin can change it.";
  return `Only ${claim.createdBy.name} (who tagged it) or an admin can change this claim.`;
}

/** Why `me` may not tag claims; null when they may. */
export function whyNotTag(me: Me): string | null {
  if (!can(me.role, "claims:write")) return "Your account can read claims but not tag them.";
  return me.frozen ?? null;
}

/** Why `me` may not edit or replace the article's text; null when they may. */
export function whyNotEditText(me: Me): string | null {
  return can(me.role, "articles:write") ? null : "Your account can read the text but not change it.";
}
