import { describe, expect, it } from "vitest";
import { actionFor, clashes } from "@/lib/keyboard/keymap";
import { COMPARE_KEYMAP, compareKeymaps } from "./compare-shortcuts";

const press = (key: string, typing = false) => ({ key, ctrlKey: false, metaKey: false, altKey: false, typing });

describe("the comparison's keys", () => {
  it("walks with J and K, drops with D, lists with ?, and binds no key twice", () => {
    expect(clashes(COMPARE_KEYMAP)).toEqual([]);
    expect(["j", "K", "d", "?"].map((key) => actionFor(COMPARE_KEYMAP, press(key)))).toEqual(["next", "previous", "drop", "help"]);
    // Typing in the merged claim's fields is typing.
    expect(actionFor(COMPARE_KEYMAP, press("d", true))).toBeNull();
  });

  it("lists D only for a reader who may review", () => {
    const actions = (mayReview: boolean) => compareKeymaps(mayReview)[0]?.shortcuts.map((s) => s.action);
    expect(actions(true)).toContain("drop");
    expect(actions(false)).toEqual(["next", "previous", "help"]);
  });
});
