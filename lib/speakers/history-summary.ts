import type { SpeakerKind } from "../model";
import type { SpeakerHistoryEntryDto, SpeakerStateDto } from "./model";

/**
 * A speaker's history in words: what one change did ("Created", "Renamed from “John Kirby” to “John F. Kirby”",
 * "Alias “Kirby” added", "Merged into another speaker", "Deleted"), computed from the speaker before and after
 * it. Short phrases, for a list an analyst skims; the claim history's counterpart is lib/claims/history-summary.
 */

const KIND_WORDS: Record<SpeakerKind, string> = { person: "person", organization: "organization", unnamed_source: "unnamed source" };

/** The longest name or alias shown whole in a phrase (both may have up to 200 characters). */
const MAX_LABEL = 60;

const quoted = (value: string) => `“${value.length > MAX_LABEL ? `${value.slice(0, MAX_LABEL).trimEnd()}…` : value}”`;

const capitalize = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);

function descriptionChange(before: string | null, after: string | null): string | null {
  if ((before ?? "") === (after ?? "")) return null;
  // Descriptions run to 500 characters: say that one changed, and let the page show what it says now.
  if (!before) return "description added";
  if (!after) return "description removed";
  return "description changed";
}

/**
 * What changed between two states of a speaker, one phrase per field in the order the edit form shows them:
 * "renamed from “Kirby” to “John Kirby”", "kind changed from person to organization", "description changed".
 * Empty when nothing changed.
 */
export function describeSpeakerChanges(before: SpeakerStateDto, after: SpeakerStateDto): string[] {
  const phrases = [
    before.name === after.name ? null : `renamed from ${quoted(before.name)} to ${quoted(after.name)}`,
    before.kind === after.kind ? null : `kind changed from ${KIND_WORDS[before.kind]} to ${KIND_WORDS[after.kind]}`,
    descriptionChange(before.description, after.description),
  ];
  return phrases.filter((phrase): phrase is string => phrase !== null);
}

/** One speaker history entry in words, for the speaker page's history. */
export function summarizeSpeakerHistoryEntry(entry: Pick<SpeakerHistoryEntryDto, "action" | "before" | "after" | "alias" | "mergedInto">): string {
  const { action, before, after, alias, mergedInto } = entry;
  if (action === "alias-add") return alias === undefined ? "Alias added" : `Alias ${quoted(alias)} added`;
  if (action === "alias-remove") return alias === undefined ? "Alias removed" : `Alias ${quoted(alias)} removed`;
  if (!after) return action !== "merge" ? "Deleted" : mergedInto ? `Merged into ${mergedInto.name}` : "Merged into another speaker";
  if (!before) return action === "import" ? "Created by an import" : "Created";
  const changes = describeSpeakerChanges(before, after);
  if (changes.length === 0) return "Saved without changes";
  const said = capitalize(changes.join("; "));
  switch (action) {
    // The speaker who stays in a merge takes over the other's description when they had none.
    case "merge":
      return `${said} by a merge`;
    case "import":
      return `${said} by an import`;
    default:
      return said;
  }
}
