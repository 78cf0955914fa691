import type { ClaimDto } from "@/lib/model";
import { shortenQuote } from "./claim-text";
import { patchOf, valuesOfClaim, type ClaimPatch } from "./conflict-merge";

/**
 * The pure side of Undo: the analyst's own changes in this workspace session, what undoing each one asks of the
 * server, and which Ctrl+Z (⌘Z) presses are the workspace's rather than the browser's undo of typing.
 */

/** A change the analyst made here, newest on top of the stack. */
export type OwnChange =
  | { type: "create"; claim: ClaimDto }
  | { type: "restore"; claim: ClaimDto }
  | { type: "update"; before: ClaimDto; after: ClaimDto }
  | { type: "delete"; claim: ClaimDto };

/** What undoing a change does: delete the claim, put fields back, bring a deleted claim back, or nothing. */
export type UndoStep =
  | { type: "delete"; claim: ClaimDto }
  | { type: "patch"; claim: ClaimDto; patch: Partial<ClaimPatch> & { version: number } }
  | { type: "restore"; claimId: string }
  | { type: "none"; message: string };

/**
 * The inverse of a change, given the claim as the workspace has it now (undefined when it is not in the
 * article). An edit is undone field by field: only the fields the edit changed are put back, at the claim's
 * current version, so a later change by someone else to another field survives the undo.
 */
export function inverseOf(change: OwnChange, current: ClaimDto | undefined): UndoStep {
  switch (change.type) {
    case "create":
    case "restore":
      return current ? { type: "delete", claim: current } : { type: "none", message: "The claim is already deleted." };
    case "delete":
      return current ? { type: "none", message: "The claim is back already." } : { type: "restore", claimId: change.claim.id };
    case "update": {
      if (!current) return { type: "none", message: "The claim has been deleted since." };
      const before = patchOf(valuesOfClaim(change.before));
      const after = patchOf(valuesOfClaim(change.after));
      const patch: UndoStep & { type: "patch" } = { type: "patch", claim: current, patch: { version: current.version } };
      for (const key of Object.keys(before) as (keyof typeof before)[]) {
        if (before[key] !== after[key]) Object.assign(patch.patch, { [key]: before[key] });
      }
      // An attributed claim needs its speaker: turning a reporter statement back names them again.
      if ("kind" in patch.patch) patch.patch.speakerId = before.speakerId;
      return Object.keys(patch.patch).length > 1 ? patch : { type: "none", message: "The edit changed nothing to undo." };
    }
  }
}

const VERBS: Record<OwnChange["type"], string> = { create: "tagging", restore: "restoring", update: "editing", delete: "deleting" };

/** A change in words for the toast: "tagging “Kirby said the…”". */
export function describeChange(change: OwnChange): string {
  const claim = change.type === "update" ? change.after : change.claim;
  const { shown, rest } = shortenQuote(claim.quote, 40);
  return `${VERBS[change.type]} “${shown}${rest ? "…" : ""}”`;
}

/** The parts of a key press that tell Ctrl+Z (or ⌘Z) apart. */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a key press is Ctrl+Z or ⌘Z (not Ctrl+Shift+Z, which is redo). */
export function isUndoKey(event: KeyPress): boolean {
  if (event.shiftKey || event.altKey || event.ctrlKey === event.metaKey) return false;
  // `code` finds the Z key on layouts whose letters are not Latin.
  return event.key.toLowerCase() === "z" || event.code === "KeyZ";
}

/** Where the keyboard focus is when Ctrl+Z is pressed. */
export interface FocusPlace {
  /** The focused element's tag name, lower case. */
  tag: string;
  /** An input's type. */
  type?: string;
  /** Whether the focus is in text that can be typed in (the edit-mode editor), read-only text, or neither. */
  editable: "yes" | "read-only" | "no";
  /** Whether the focus is in a dialog (the claim form, a modal): Ctrl+Z there must not change the claims. */
  inDialog: boolean;
}

const NOT_TYPED = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"]);

/** Whether Ctrl+Z at this place undoes the analyst's last change, rather than being the browser's undo of typing. */
export function undoesHere(place: FocusPlace): boolean {
  if (place.inDialog || place.editable === "yes" || place.tag === "textarea") return false;
  if (place.tag === "input") return NOT_TYPED.has((place.type ?? "text").toLowerCase());
  return true;
}
