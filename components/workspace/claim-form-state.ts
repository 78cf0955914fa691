import type { ClaimDto } from "@/lib/model";
import type { Span } from "@/lib/claims/span";
import type { ClaimDraft } from "./claim-form";
import { spanOf } from "./claim-text";

/** The open claim form: what it tags or edits, and how its last save went. */
export interface FormState {
  mode: "new" | "edit";
  /** The words tagged; null when editing an orphaned claim, which has none until it is re-attached. */
  span: Span | null;
  /** The claim being edited, at the version the form started from. */
  claim: ClaimDto | null;
  initial: ClaimDraft;
  /** Changes when the form must start over from new values (after reloading a changed claim). */
  key: number;
  saving: boolean;
  error: string | null;
  conflict: ClaimDto | null;
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
