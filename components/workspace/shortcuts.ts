import type { Keymap } from "@/lib/keyboard/keymap";

/** Anywhere in the workspace (outside a field and the claim form). */
export const WORKSPACE_KEYMAP: Keymap<"next" | "previous" | "edit" | "tag" | "help"> = {
  title: "Reading and tagging",
  shortcuts: [
    { action: "next", keys: ["j"], label: ["J"], description: "Select the next claim in the text" },
    { action: "previous", keys: ["k"], label: ["K"], description: "Select the previous claim in the text" },
    { action: "tag", keys: ["t"], label: ["T"], description: "Tag the selected words as a claim" },
    { action: "edit", keys: ["e"], label: ["E"], description: "Edit the selected claim" },
    { action: "help", keys: ["?"], label: ["?"], description: "Show these shortcuts" },
  ],
};

/**
 * While suggested claims wait in the Suggestions queue, J and K walk them instead of the claims, and these keys
 * decide the current one. (Enter is left to a focused button or link.)
 */
export const SUGGESTION_KEYMAP: Keymap<"next" | "previous" | "accept" | "low" | "moderate" | "high" | "edit" | "reject"> = {
  title: "Reviewing suggestions (while some wait)",
  shortcuts: [
    { action: "next", keys: ["j"], label: ["J"], description: "Next suggestion in the text" },
    { action: "previous", keys: ["k"], label: ["K"], description: "Previous suggestion in the text" },
    { action: "accept", keys: ["Enter"], label: ["Enter"], description: "Accept with your default confidence (Settings)" },
    { action: "low", keys: ["1"], label: ["1"], description: "Accept with low confidence" },
    { action: "moderate", keys: ["2"], label: ["2"], description: "Accept with moderate confidence" },
    { action: "high", keys: ["3"], label: ["3"], description: "Accept with high confidence" },
    { action: "edit", keys: ["e"], label: ["E"], description: "Open the tag form with the suggestion filled in" },
    { action: "reject", keys: ["x"], label: ["X"], description: "Reject (it is not proposed again)" },
  ],
};

/** On a claim of the claims list. */
export const CLAIM_LIST_KEYMAP: Keymap<"next" | "previous" | "first" | "last"> = {
  title: "In the claims list",
  shortcuts: [
    { action: "next", keys: ["ArrowDown"], label: ["↓"], description: "Next claim" },
    { action: "previous", keys: ["ArrowUp"], label: ["↑"], description: "Previous claim" },
    { action: "first", keys: ["Home"], label: ["Home"], description: "First claim" },
    { action: "last", keys: ["End"], label: ["End"], description: "Last claim" },
  ],
};

/** In the claim form (outside its text fields, except Ctrl+Enter). */
export const CLAIM_FORM_KEYMAP: Keymap<"low" | "moderate" | "high" | "attributed" | "reporter" | "save" | "help"> = {
  title: "In the claim form",
  shortcuts: [
    { action: "low", keys: ["1"], label: ["1"], description: "Low confidence" },
    { action: "moderate", keys: ["2"], label: ["2"], description: "Moderate confidence" },
    { action: "high", keys: ["3"], label: ["3"], description: "High confidence" },
    { action: "attributed", keys: ["a"], label: ["A"], description: "Attributed claim" },
    { action: "reporter", keys: ["r"], label: ["R"], description: "Reporter statement" },
    { action: "save", keys: ["Enter"], mod: true, inFields: true, label: ["Ctrl", "Enter"], description: "Save the claim (also while typing)" },
    { action: "help", keys: ["?"], label: ["?"], description: "Show these shortcuts" },
  ],
};

/** Keys that are not shortcuts of ours but belong in the overlay (the browser's or a dialog's own). */
export const OTHER_KEYS: Keymap = {
  title: "Everywhere",
  shortcuts: [
    { action: "cancel", keys: [], label: ["Esc"], description: "Cancel the claim form, close a dialog" },
    { action: "undo", keys: [], label: ["Ctrl", "Z"], description: "Undo your last change to a claim" },
  ],
};

/** Every keymap of the workspace, in the order the overlay lists them. */
export const WORKSPACE_KEYMAPS: readonly Keymap[] = [WORKSPACE_KEYMAP, SUGGESTION_KEYMAP, CLAIM_LIST_KEYMAP, CLAIM_FORM_KEYMAP, OTHER_KEYS];
