import { CLAIM_KIND_LABELS, type ClaimDto, type ClaimKind, type Confidence } from "@/lib/model";
import { CONFIDENCE_SHORT } from "./claim-text";

/**
 * The pure side of a version conflict: the analyst's values and the claim as someone else saved it, field by
 * field; which side each differing field takes by default; and the merged values to save.
 */

/** The fields of a claim an analyst edits in the form. */
export interface ClaimValues {
  kind: ClaimKind;
  speaker: { id: string; name: string } | null;
  cue: string | null;
  confidence: Confidence;
  note: string | null;
}

export const CONFLICT_FIELDS = ["kind", "speaker", "cue", "confidence", "note"] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

/** Which version a differing field is taken from. */
export type Side = "mine" | "theirs";
export type Choices = Partial<Record<ConflictField, Side>>;

/** One field in the comparison. */
export interface ConflictRow {
  field: ConflictField;
  label: string;
  mine: string;
  theirs: string;
  differs: boolean;
  /**
   * The field whose "Mine / Theirs" choice decides this one, null when both versions agree. The speaker
   * follows the kind when the kinds differ: a reporter statement has no speaker, so they go together.
   */
  choice: ConflictField | null;
}

const LABELS: Record<ConflictField, string> = { kind: "Kind", speaker: "Speaker", cue: "Cue", confidence: "Confidence", note: "Note" };

const blank = (value: string | null) => (value ?? "").trim() === "";

/** The form's values of a saved claim. */
export function valuesOfClaim(claim: Pick<ClaimDto, ConflictField>): ClaimValues {
  return { kind: claim.kind, speaker: claim.speaker, cue: claim.cue, confidence: claim.confidence, note: claim.note };
}

function same(field: ConflictField, a: ClaimValues, b: ClaimValues): boolean {
  switch (field) {
    case "speaker":
      return (a.speaker?.id ?? null) === (b.speaker?.id ?? null);
    case "cue":
    case "note":
      return (a[field] ?? "").trim() === (b[field] ?? "").trim();
    default:
      return a[field] === b[field];
  }
}

function shown(field: ConflictField, values: ClaimValues): string {
  switch (field) {
    case "kind":
      return CLAIM_KIND_LABELS[values.kind];
    case "speaker":
      return values.kind === "reporter" ? "— (reporter statement)" : (values.speaker?.name ?? "None");
    case "cue":
      return blank(values.cue) ? "None" : `“${values.cue?.trim()}”`;
    case "confidence":
      return CONFIDENCE_SHORT[values.confidence];
    case "note":
      return blank(values.note) ? "None" : (values.note ?? "");
  }
}

/** Every field of the two versions side by side, with what differs and which choice decides it. */
export function conflictRows(mine: ClaimValues, theirs: ClaimValues): ConflictRow[] {
  const kindDiffers = !same("kind", mine, theirs);
  return CONFLICT_FIELDS.map((field) => {
    const differs = !same(field, mine, theirs);
    const choice = !differs ? null : field === "speaker" && kindDiffers ? "kind" : field;
    return { field, label: LABELS[field], mine: shown(field, mine), theirs: shown(field, theirs), differs, choice };
  });
}

/**
 * The choice each differing field starts with, as a three-way merge would: where only the other person
 * changed a field since the form opened (`base`), theirs; where the analyst changed it too, mine.
 */
export function defaultChoices(base: ClaimValues, mine: ClaimValues, theirs: ClaimValues): Choices {
  const choices: Choices = {};
  for (const row of conflictRows(mine, theirs)) {
    if (row.choice !== row.field) continue;
    const untouched = row.field === "kind" ? same("kind", base, mine) && same("speaker", base, mine) : same(row.field, base, mine);
    choices[row.field] = untouched ? "theirs" : "mine";
  }
  return choices;
}

/** The values to save: each differing field from the side chosen (mine when no choice was made). */
export function mergeValues(mine: ClaimValues, theirs: ClaimValues, choices: Choices): ClaimValues {
  const merged: ClaimValues = { ...mine };
  for (const row of conflictRows(mine, theirs)) {
    if (!row.choice || choices[row.choice] !== "theirs") continue;
    if (row.field === "speaker") merged.speaker = theirs.speaker;
    else if (row.field === "kind") merged.kind = theirs.kind;
    else if (row.field === "confidence") merged.confidence = theirs.confidence;
    else merged[row.field] = theirs[row.field];
  }
  if (merged.kind === "reporter") merged.speaker = null;
  return merged;
}

/** Whether the two versions point at different words (a text edit moved the claim meanwhile). */
export function spanDiffers(mine: Pick<ClaimDto, "start" | "end" | "quote">, theirs: Pick<ClaimDto, "start" | "end" | "quote">): boolean {
  return mine.quote !== theirs.quote || mine.start !== theirs.start || mine.end !== theirs.end;
}

/** The fields a PATCH sends to change a claim's values. */
export interface ClaimPatch {
  kind: ClaimKind;
  speakerId: string | null;
  cue: string | null;
  confidence: Confidence;
  note: string | null;
}

/** The PATCH fields of a set of values. */
export function patchOf(values: ClaimValues): ClaimPatch {
  return {
    kind: values.kind,
    speakerId: values.kind === "attributed" ? (values.speaker?.id ?? null) : null,
    cue: values.cue?.trim() || null,
    confidence: values.confidence,
    note: values.note?.trim() || null,
  };
}
