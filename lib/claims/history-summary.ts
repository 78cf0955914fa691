import type { ClaimHistoryEntryDto, ClaimKind, ClaimStateDto } from "../model";

/**
 * A claim's history in words: what one change did ("Tagged", "Edited: confidence moderate → high, note
 * changed", "Moved by a text edit", "Deleted", "Restored", "Merged speakers into John Kirby"), computed by
 * comparing the claim before and after it. Short phrases, for a list an analyst skims.
 */

const KIND_WORDS: Record<ClaimKind, string> = { attributed: "attributed claim", reporter: "reporter statement" };

/** The longest cue shown whole in a phrase; cues are short, but nothing stops a long one. */
const MAX_CUE = 40;

const quoted = (value: string) => `“${value.length > MAX_CUE ? `${value.slice(0, MAX_CUE).trimEnd()}…` : value}”`;

function textChange(name: string, before: string | null, after: string | null, show: boolean): string | null {
  if ((before ?? "") === (after ?? "")) return null;
  if (!before) return show && after ? `${name} ${quoted(after)} added` : `${name} added`;
  if (!after) return `${name} removed`;
  return show ? `${name} ${quoted(before)} → ${quoted(after)}` : `${name} changed`;
}

function speakerChange(before: ClaimStateDto, after: ClaimStateDto): string | null {
  const from = before.speaker;
  const to = after.speaker;
  if ((from?.id ?? null) === (to?.id ?? null)) return null;
  // A reporter statement has no speaker: the kind's phrase says it all.
  if (after.kind === "reporter" && before.kind !== "reporter") return null;
  if (!to) return "speaker removed";
  if (!from) return `speaker ${to.name}`;
  return `speaker ${from.name} → ${to.name}`;
}

function spanChange(before: ClaimStateDto, after: ClaimStateDto): string | null {
  if (before.status !== after.status) return after.status === "orphaned" ? "orphaned" : "re-attached";
  if (before.quote !== after.quote) return "words changed";
  if (before.start !== after.start || before.end !== after.end) return "moved";
  return null;
}

/**
 * What changed between two states of a claim, one short phrase per field in the order the form shows them:
 * "reporter statement → attributed claim", "speaker Kirby → John Kirby", "cue “said” → “warned”",
 * "confidence moderate → high", "note changed", "words changed". Empty when nothing an analyst sees changed.
 */
export function describeClaimChanges(before: ClaimStateDto, after: ClaimStateDto): string[] {
  const phrases = [
    before.kind === after.kind ? null : `${KIND_WORDS[before.kind]} → ${KIND_WORDS[after.kind]}`,
    speakerChange(before, after),
    textChange("cue", before.cue, after.cue, true),
    before.confidence === after.confidence ? null : `confidence ${before.confidence} → ${after.confidence}`,
    // Notes are long: say that one changed, and let the claim show what it says now.
    textChange("note", before.note, after.note, false),
    spanChange(before, after),
  ];
  return phrases.filter((phrase): phrase is string => phrase !== null);
}

const withChanges = (label: string, changes: string[]) => (changes.length > 0 ? `${label}: ${changes.join(", ")}` : label);

/** How a change of the article's text carried the claim over: `by` and `after` name the change. */
function carriedOver(before: ClaimStateDto, after: ClaimStateDto, how: { by: string; after: string }): string {
  if (after.status === "orphaned" && before.status !== "orphaned") return `Orphaned ${how.by}: its words were not found`;
  if (before.quote !== after.quote) return `Re-found by fuzzy matching ${how.after}`;
  if (before.start !== after.start || before.end !== after.end) return `Moved ${how.by}`;
  return `Stayed in place ${how.after}`;
}

/** One history entry in words, for the claim's history and the article's. */
export function summarizeHistoryEntry(entry: Pick<ClaimHistoryEntryDto, "action" | "before" | "after">): string {
  const { action, before, after } = entry;
  if (!after) return "Deleted";
  if (!before) {
    if (action === "restore") return "Restored";
    if (action === "import") return "Imported";
    return "Tagged";
  }
  const changes = describeClaimChanges(before, after);
  switch (action) {
    case "reanchor":
      return carriedOver(before, after, { by: "by a text edit", after: "after a text edit" });
    case "restore":
      // A claim that existed before a restore was carried over to a restored revision's text.
      return carriedOver(before, after, { by: "when an older text was restored", after: "when an older text was restored" });
    case "merge":
      // The merged-away speaker no longer exists to be named: say where the claim went.
      return after.speaker && before.speaker?.id !== after.speaker.id ? `Merged speakers into ${after.speaker.name}` : "Merged speakers";
    case "import":
      return withChanges("Updated by an import", changes);
    default:
      return changes.length > 0 ? withChanges("Edited", changes) : "Saved without changes";
  }
}
