import type { ClaimDto, Confidence } from "@/lib/model";
import type { SuggestionDto } from "@/lib/suggestions/model";
import type { Span } from "@/lib/claims/span";
import type { ClaimDraft } from "./claim-form";
import { spanOf } from "./claim-text";
import type { ClaimValues } from "./conflict-merge";

/** A version conflict: the claim as someone else saved it, and the values the analyst tried to save. */
export interface FormConflict {
  current: ClaimDto;
  mine: ClaimValues;
  /** Whether the dialog comparing the two is open (closing it keeps the form and the conflict). */
  comparing: boolean;
  /** How many times saving met a newer version since the form opened. */
  round: number;
}

/** The open claim form: what it tags or edits, and how its last save went. */
export interface FormState {
  mode: "new" | "edit";
  /** The words tagged; null when editing an orphaned claim, which has none until it is re-attached. */
  span: Span | null;
  /** The claim being edited, at the version the form started from. */
  claim: ClaimDto | null;
  /** The suggested claim the form accepts (saving accepts it with the form's values), if any. */
  suggestion?: SuggestionDto;
  initial: ClaimDraft;
  /** Changes when the form must start over from new values. */
  key: number;
  saving: boolean;
  error: string | null;
  conflict: FormConflict | null;
}

/** The form values of a saved claim. */
export const draftOf = (claim: ClaimDto): ClaimDraft => ({
  kind: claim.kind,
  speaker: claim.speaker,
  speakerQuery: claim.speaker?.name ?? "",
  cue: claim.cue ?? "",
  confidence: claim.confidence,
  note: claim.note ?? "",
});

/** The values a filled-in form saves; null until a confidence is chosen. */
export function valuesOfDraft(draft: ClaimDraft): ClaimValues | null {
  if (!draft.confidence) return null;
  return {
    kind: draft.kind,
    speaker: draft.kind === "attributed" ? draft.speaker : null,
    cue: draft.cue.trim() || null,
    confidence: draft.confidence,
    note: draft.note.trim() || null,
  };
}

/** The form that edits a claim, starting from the version given. */
export const editForm = (claim: ClaimDto, key: number): FormState => ({
  mode: "edit",
  span: spanOf(claim),
  claim,
  initial: draftOf(claim),
  key,
  saving: false,
  error: null,
  conflict: null,
});

/** The form that tags a span, with the suggested cue filled in and no confidence chosen. */
export const newForm = (span: Span, cue: string | null, key: number): FormState => ({
  mode: "new",
  span,
  claim: null,
  initial: { kind: "attributed", speaker: null, speakerQuery: "", cue: cue ?? "", confidence: null, note: "" },
  key,
  saving: false,
  error: null,
  conflict: null,
});

/**
 * The form that accepts a suggested claim with changes (E): its words, kind, speaker, cue and the analyst's
 * default confidence filled in. A speaker the directory does not have yet is typed in, for the analyst to create.
 */
export const suggestionForm = (suggestion: SuggestionDto, span: Span, confidence: Confidence, key: number): FormState => ({
  mode: "new",
  span,
  claim: null,
  suggestion,
  initial: {
    kind: suggestion.kind,
    speaker: suggestion.speaker?.speakerId ? { id: suggestion.speaker.speakerId, name: suggestion.speaker.name } : null,
    speakerQuery: suggestion.speaker?.name ?? "",
    cue: suggestion.cue ?? "",
    confidence,
    note: "",
  },
  key,
  saving: false,
  error: null,
  conflict: null,
});
