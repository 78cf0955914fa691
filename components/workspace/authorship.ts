import type { ClaimDto } from "@/lib/model";

/** One line of a claim's authorship: what happened, by whom (null: no account, as before accounts existed), when. */
export interface AuthorshipLine {
  label: "Tagged" | "Last changed";
  by: string | null;
  at: string;
}

/**
 * Who tagged a claim and when, and who changed it last and when: the second line only when the claim has been
 * changed since it was tagged (a later time, or another person).
 */
export function authorship(claim: Pick<ClaimDto, "createdBy" | "updatedBy" | "createdAt" | "updatedAt">): AuthorshipLine[] {
  const lines: AuthorshipLine[] = [{ label: "Tagged", by: claim.createdBy?.name ?? null, at: claim.createdAt }];
  const changed = claim.updatedAt !== claim.createdAt || (claim.updatedBy?.id ?? null) !== (claim.createdBy?.id ?? null);
  if (changed) lines.push({ label: "Last changed", by: claim.updatedBy?.name ?? null, at: claim.updatedAt });
  return lines;
}

/** A person in a history line: their name, or what stands for a change made without an account. */
export function personLabel(name: string | null | undefined): string {
  return name?.trim() || "No account";
}
