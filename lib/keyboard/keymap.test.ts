import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { actionFor, clashes, type Keymap, type KeyPress } from "./keymap";

const KEYMAP: Keymap<"next" | "help" | "save" | "down"> = {
  title: "Test",
  shortcuts: [
    { action: "next", keys: ["j"], label: ["J"], description: "Next" },
    { action: "help", keys: ["?"], label: ["?"], description: "Help" },
    { action: "save", keys: ["Enter"], mod: true, inFields: true, label: ["Ctrl", "Enter"], description: "Save" },
    { action: "down", keys: ["ArrowDown"], label: ["↓"], description: "Down" },
  ],
};
const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra });

describe("actionFor", () => {
  it.each([
    { name: "a plain letter", press: press("j"), action: "next" },
    { name: "the letter in upper case (Caps Lock)", press: press("J"), action: "next" },
    { name: "a key typed with Shift, such as ?", press: press("?"), action: "help" },
    { name: "a named key", press: press("ArrowDown"), action: "down" },
    { name: "Ctrl+Enter", press: press("Enter", { ctrlKey: true }), action: "save" },
    { name: "⌘+Enter", press: press("Enter", { metaKey: true }), action: "save" },
    { name: "Ctrl+Enter while typing in a field", press: press("Enter", { ctrlKey: true, typing: true }), action: "save" },
    { name: "a plain letter while typing: it is typing", press: press("j", { typing: true }), action: null },
    { name: "? while typing", press: press("?", { typing: true }), action: null },
    { name: "Ctrl+J (a browser's shortcut)", press: press("j", { ctrlKey: true }), action: null },
    { name: "Alt+J", press: press("j", { altKey: true }), action: null },
    { name: "plain Enter: not a mod shortcut", press: press("Enter"), action: null },
    { name: "a key with no shortcut", press: press("x"), action: null },
    { name: "a named key is not matched by case", press: press("arrowdown"), action: null },
  ])("$name", ({ press: p, action }) => {
    expect(actionFor(KEYMAP, p)).toBe(action);
  });

  it("never acts on a plain key while typing, nor on any key with Alt", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), fc.boolean(), fc.boolean(), (key, ctrlKey, altKey) => {
        if (!ctrlKey) expect(actionFor(KEYMAP, press(key, { typing: true }))).toBeNull();
        if (altKey) expect(actionFor(KEYMAP, press(key, { ctrlKey, altKey }))).toBeNull();
      }),
    );
  });
});

describe("clashes", () => {
  it("finds a key bound twice, in either case", () => {
    expect(clashes(KEYMAP)).toEqual([]);
    expect(clashes({ title: "x", shortcuts: [...KEYMAP.shortcuts, { action: "x", keys: ["J"], label: ["J"], description: "x" }] })).toEqual(["j"]);
  });
});
