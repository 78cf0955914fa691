import { formatDate } from "@/components/library/format";
import { REANCHOR_OUTCOMES, type ReanchorOutcome, type RevisionSummaryDto } from "@/lib/model";

/** Where an article's revision history lives, and one revision in it (with `#changes`: its diff). */
export function revisionsHref(articleId: string, revision?: number, section?: "changes"): string {
  const base = `/articles/${articleId}/revisions`;
  if (revision === undefined) return base;
  return `${base}/${revision}${section ? `#${section}` : ""}`;
}

/** What a save did, in words: "Imported", "Edited", "Replaced", "Restored from revision 3". */
export function actionLabel(action: string): string {
  const restored = /^restore (\d+)$/.exec(action);
  if (restored) return `Restored from revision ${restored[1]}`;
  switch (action) {
    case "import":
      return "Imported";
    case "edit":
      return "Edited";
    case "replace":
      return "Replaced";
    default:
      return action ? action.charAt(0).toUpperCase() + action.slice(1) : "Saved";
  }
}

/** Who saved a revision; there are no accounts yet, so usually nobody known. */
export function authorLabel(author: string | null): string {
  return author?.trim() || "Unknown analyst";
}

/**
 * A timestamp as "21 Nov 2023, 14:05 UTC": UTC with fixed month names, so that the server's render and the
 * browser's hydration agree. Null when it is not a date.
 */
export function formatDateTime(iso: string): string | null {
  const day = formatDate(iso);
  if (!day) return null;
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

const OUTCOME_WORDS: Record<ReanchorOutcome, string> = {
  exact: "in place",
  moved: "moved",
  fuzzy: "re-found by fuzzy matching",
  orphaned: "orphaned",
};

/** One part of what became of the claims in a save: "12 moved". */
export interface OutcomePart {
  outcome: ReanchorOutcome;
  count: number;
  text: string;
}

/**
 * What became of the claims when this revision was saved, one part per outcome that happened ("3 in place",
 * "12 moved", "1 re-found by fuzzy matching", "1 orphaned"). Empty when there were no claims; null when the
 * revision was not an edit (the import) and so carried no claims over.
 */
export function reanchorParts(counts: RevisionSummaryDto["counts"]): OutcomePart[] | null {
  if (!counts) return null;
  return REANCHOR_OUTCOMES.filter((o) => counts[o] > 0).map((outcome) => ({
    outcome,
    count: counts[outcome],
    text: `${counts[outcome].toLocaleString("en-US")} ${OUTCOME_WORDS[outcome]}`,
  }));
}

/** The parts above as one line: "12 moved · 1 re-found by fuzzy matching · 1 orphaned". */
export function reanchorSummary(counts: RevisionSummaryDto["counts"]): string | null {
  const parts = reanchorParts(counts);
  if (parts === null) return null;
  return parts.length === 0 ? "No claims to carry over" : parts.map((p) => p.text).join(" · ");
}
