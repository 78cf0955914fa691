"use client";

import { useCallback, useEffect, useRef, type RefObject } from "react";
import type { ClaimDto } from "@/lib/model";
import { describeChange, inverseOf, isUndoKey, undoesHere, type FocusPlace, type OwnChange } from "./undo-changes";
import type { ClaimPatch } from "./conflict-merge";
import type { SaveFailure } from "./use-claim-actions";

interface UndoDeps {
  /** The article's claims as the workspace has them now. */
  claims: readonly ClaimDto[];
  /** False while the text is being edited: Ctrl+Z is then the editor's. */
  enabled: boolean;
  /** The workspace: Ctrl+Z counts when the focus is in it (or nowhere in particular). */
  root: RefObject<HTMLElement | null>;
  remove(claim: ClaimDto): Promise<void>;
  update(claim: ClaimDto, fields: Partial<ClaimPatch>): Promise<ClaimDto>;
  restore(id: string): Promise<ClaimDto>;
  /** An undo went through: `message` is for the toast; `claim` is the claim to show, null when it is gone. */
  onUndone(message: string, claim: ClaimDto | null): void;
  onError(message: string): void;
}

interface Entry {
  change: OwnChange;
  /** The request behind the change, when it may still be under way (a deletion is shown before it is done). */
  settled: Promise<unknown>;
}

/** More than anyone undoes in one sitting; older changes fall off the bottom. */
const MAX_ENTRIES = 100;

/** Where the keyboard focus is, in the terms `undoesHere` decides on. */
function focusPlace(element: Element): FocusPlace {
  const editable = element instanceof HTMLElement && element.isContentEditable;
  const root = editable ? element.closest("[contenteditable]") : null;
  return {
    tag: element.tagName.toLowerCase(),
    type: element instanceof HTMLInputElement ? element.type : undefined,
    editable: !editable ? "no" : root?.getAttribute("aria-readonly") === "true" ? "read-only" : "yes",
    inDialog: element.closest("dialog, [role='dialog'], [role='alertdialog']") !== null,
  };
}

/**
 * Undo of the analyst's own changes in this workspace session, newest first: a tagging is undone by deleting
 * the claim, an edit by putting back the fields it changed, a deletion by restoring the claim. Ctrl+Z (⌘Z)
 * undoes when the focus is in the workspace, except where the browser undoes typing (text boxes, the
 * edit-mode editor) and in dialogs.
 */
export function useUndo(deps: UndoDeps) {
  const stack = useRef<Entry[]>([]);
  const running = useRef(false);
  const latest = useRef(deps);
  latest.current = deps;

  /** Remembers a change the analyst just made; `settled` is its request when it is still under way. */
  const record = useCallback((change: OwnChange, settled: Promise<unknown> = Promise.resolve()) => {
    const entry: Entry = { change, settled };
    stack.current = [...stack.current.slice(-(MAX_ENTRIES - 1)), entry];
    // A change the server refused did not happen: there is nothing to undo.
    settled.catch(() => {
      stack.current = stack.current.filter((e) => e !== entry);
    });
  }, []);

  /** Undoes the last change still on the stack. */
  const undo = useCallback(async () => {
    const { onUndone, onError } = latest.current;
    if (running.current) return;
    const entry = stack.current.at(-1);
    if (!entry) {
      onUndone("Nothing to undo.", null);
      return;
    }
    stack.current = stack.current.slice(0, -1);
    running.current = true;
    const what = describeChange(entry.change);
    try {
      // A refused request changed nothing (and has said so already): there is nothing to undo.
      if (!(await entry.settled.then(() => true, () => false))) return;
      const id = entry.change.type === "update" ? entry.change.after.id : entry.change.claim.id;
      const step = inverseOf(entry.change, latest.current.claims.find((c) => c.id === id));
      const { remove, update, restore } = latest.current;
      switch (step.type) {
        case "delete":
          await remove(step.claim);
          onUndone(`Undid: ${what}`, null);
          break;
        case "patch": {
          const { version: _version, ...fields } = step.patch;
          onUndone(`Undid: ${what}`, await update(step.claim, fields));
          break;
        }
        case "restore":
          onUndone(`Undid: ${what}`, await restore(step.claimId));
          break;
        case "none":
          onError(`Could not undo ${what}: ${step.message}`);
      }
    } catch (failure) {
      onError(`Could not undo ${what}: ${(failure as SaveFailure).message}`);
    } finally {
      running.current = false;
    }
  }, []);

  useEffect(() => {
    if (!deps.enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isUndoKey(event)) return;
      const target = event.target instanceof Element ? event.target : null;
      const inWorkspace = !target || target === document.body || latest.current.root.current?.contains(target) === true;
      if (!inWorkspace || (target && !undoesHere(focusPlace(target)))) return;
      event.preventDefault();
      void undo();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [deps.enabled, undo]);

  return { record, undo };
}
