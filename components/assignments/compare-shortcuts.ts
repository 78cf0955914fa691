import type { Keymap } from "@/lib/keyboard/keymap";

/** The comparison of the analysts' claims (outside a field: the merged claim's form types as usual). */
export const COMPARE_KEYMAP: Keymap<"next" | "previous" | "drop" | "help"> = {
  title: "Comparing the analysts' claims",
  shortcuts: [
    { action: "next", keys: ["j"], label: ["J"], description: "Next disagreement" },
    { action: "previous", keys: ["k"], label: ["K"], description: "Previous disagreement" },
    { action: "drop", keys: ["d"], label: ["D"], description: "Drop the current disagreement: none of its claims goes into the reviewed set" },
    { action: "help", keys: ["?"], label: ["?"], description: "Show these shortcuts" },
  ],
};

const OTHER_KEYS: Keymap = {
  title: "Everywhere",
  shortcuts: [{ action: "cancel", keys: [], label: ["Esc"], description: "Close this list of shortcuts" }],
};

/** What the `?` overlay lists: a reader who may not review has no D. */
export function compareKeymaps(mayReview: boolean): readonly Keymap[] {
  const shown = mayReview ? COMPARE_KEYMAP : { ...COMPARE_KEYMAP, shortcuts: COMPARE_KEYMAP.shortcuts.filter((s) => s.action !== "drop") };
  return [shown, OTHER_KEYS];
}
