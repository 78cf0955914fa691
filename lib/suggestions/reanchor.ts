import type { Reanchored, StoredAnchor } from "../anchoring";
import { quoteWithContext } from "../claims/context";
import type { SuggestionStatus } from "./model";

/**
 * Carrying suggestions through a text revision, with the same re-anchoring as claims (lib/anchoring, in the same
 * call, so one diff serves both). A suggestion's words are re-anchored like a claim's; its speaker mention and
 * cue are short (often "he" and "said") and are kept only when the edit carried them over unchanged.
 *
 * A pending suggestion whose words were not found again is dropped: it is a machine's proposal about words that
 * are gone, and computing the suggestions again proposes what the new text holds. A decided one is kept as an
 * orphan (no offsets, its old quote and context), so that a rejection keeps a new computation from proposing the
 * same words again.
 */

/** Where a suggestion is: its words' offsets, quote and context, its mention and cue spans, and their revision. */
interface SuggestionAnchor {
  start: number | null;
  end: number | null;
  quote: string;
  prefix: string;
  suffix: string;
  mentionStart: number | null;
  mentionEnd: number | null;
  cueStart: number | null;
  cueEnd: number | null;
  revision: number;
}

/** What re-anchoring needs of a stored suggestion. */
export interface SuggestionAnchorRow extends SuggestionAnchor {
  id: string;
  status: SuggestionStatus;
}

/** A suggestion after the revision: its new anchor, or its removal. */
export type CarriedSuggestion = { id: string; drop: true } | (SuggestionAnchor & { id: string; drop: false; anchoring: "anchored" | "orphaned" });

const MENTION = "#mention";
const CUE = "#cue";

function partAnchor(oldText: string, id: string, start: number | null, end: number | null): StoredAnchor[] {
  if (start === null || end === null || end > oldText.length) return [];
  return [{ id, start, end, ...quoteWithContext(oldText, { start, end }) }];
}

/** The anchors to re-anchor for these suggestions (anchored ones only): the words, the mention and the cue. */
export function suggestionAnchors(oldText: string, rows: readonly SuggestionAnchorRow[]): StoredAnchor[] {
  return rows.flatMap((row) =>
    row.start === null || row.end === null
      ? []
      : [
          { id: row.id, start: row.start, end: row.end, quote: row.quote, prefix: row.prefix, suffix: row.suffix },
          ...partAnchor(oldText, row.id + MENTION, row.mentionStart, row.mentionEnd),
          ...partAnchor(oldText, row.id + CUE, row.cueStart, row.cueEnd),
        ],
  );
}

/** Each suggestion's new anchor (or removal), from the results of re-anchoring its anchors into `revision`. */
export function carrySuggestions(rows: readonly SuggestionAnchorRow[], results: ReadonlyMap<string, Reanchored>, revision: number): CarriedSuggestion[] {
  const unchanged = (id: string) => {
    const r = results.get(id);
    return r && (r.outcome === "exact" || r.outcome === "moved") && r.start !== undefined && r.end !== undefined ? { start: r.start, end: r.end } : null;
  };
  return rows.map((row): CarriedSuggestion => {
    const r = results.get(row.id);
    const placed = r && r.outcome !== "orphaned" && r.start !== undefined && r.end !== undefined ? r : null;
    if (!placed) {
      if (row.status === "pending") return { id: row.id, drop: true };
      // Decided and lost (or lost before): kept with its old words, for recognising them again.
      return {
        id: row.id,
        drop: false,
        anchoring: "orphaned",
        start: null,
        end: null,
        quote: row.quote,
        prefix: row.prefix,
        suffix: row.suffix,
        mentionStart: null,
        mentionEnd: null,
        cueStart: null,
        cueEnd: null,
        revision: row.revision,
      };
    }
    const mention = unchanged(row.id + MENTION);
    const cue = unchanged(row.id + CUE);
    return {
      id: row.id,
      drop: false,
      anchoring: "anchored",
      start: placed.start ?? null,
      end: placed.end ?? null,
      quote: placed.quote ?? row.quote,
      prefix: placed.prefix ?? "",
      suffix: placed.suffix ?? "",
      mentionStart: mention?.start ?? null,
      mentionEnd: mention?.end ?? null,
      cueStart: cue?.start ?? null,
      cueEnd: cue?.end ?? null,
      revision,
    };
  });
}
