import { describe, expect, it } from "vitest";
import type { ClaimDto } from "@/lib/model";
import { describeChange, inverseOf, isUndoKey, undoesHere, type FocusPlace, type KeyPress } from "./undo-changes";

const claim = (over: Partial<ClaimDto> = {}): ClaimDto => ({
  id: "c1",
  articleId: "a1",
  start: 0,
  end: 10,
  quote: "Kirby said the strike was lawful and proportionate",
  prefix: "",
  suffix: "",
  kind: "attributed",
  speaker: { id: "s1", name: "Kirby" },
  cue: "said",
  confidence: "moderate",
  note: null,
  version: 1,
  status: "anchored",
  revision: 1,
  fuzzy: null,
  set: "analyst",
  review: null,
  createdBy: { id: "u1", name: "Ana" },
  updatedBy: { id: "u1", name: "Ana" },
  createdAt: "2024-01-01T00:00:00.000Z",
  updatedAt: "2024-01-01T00:00:00.000Z",
  ...over,
});

describe("inverseOf", () => {
  it("undoes tagging by deleting the claim as it is now", () => {
    const now = claim({ version: 3 });
    expect(inverseOf({ type: "create", claim: claim() }, now)).toEqual({ type: "delete", claim: now });
    expect(inverseOf({ type: "restore", claim: claim() }, now)).toEqual({ type: "delete", claim: now });
  });

  it("undoes a deletion by restoring the claim", () => {
    expect(inverseOf({ type: "delete", claim: claim() }, undefined)).toEqual({ type: "restore", claimId: "c1" });
  });

  it("puts back only the fields an edit changed, at the current version", () => {
    const before = claim();
    const after = claim({ confidence: "high", note: "checked", version: 2 });
    const now = claim({ confidence: "high", note: "checked", cue: "told", version: 5 });
    expect(inverseOf({ type: "update", before, after }, now)).toEqual({
      type: "patch",
      claim: now,
      patch: { version: 5, confidence: "moderate", note: null },
    });
  });

  it("names the speaker again when an edit made a reporter statement", () => {
    const after = claim({ kind: "reporter", speaker: null, version: 2 });
    expect(inverseOf({ type: "update", before: claim(), after }, after)).toMatchObject({
      type: "patch",
      patch: { version: 2, kind: "attributed", speakerId: "s1" },
    });
  });

  it.each<[string, Parameters<typeof inverseOf>[0], ClaimDto | undefined, string]>([
    ["tagged, then deleted elsewhere", { type: "create", claim: claim() }, undefined, "The claim is already deleted."],
    ["deleted, then back", { type: "delete", claim: claim() }, claim(), "The claim is back already."],
    ["edited, then deleted", { type: "update", before: claim(), after: claim({ version: 2 }) }, undefined, "The claim has been deleted since."],
    ["an edit that changed nothing", { type: "update", before: claim(), after: claim({ version: 2 }) }, claim({ version: 2 }), "The edit changed nothing to undo."],
  ])("does nothing for a claim %s", (_name, change, now, message) => {
    expect(inverseOf(change, now)).toEqual({ type: "none", message });
  });
});

describe("describeChange", () => {
  it("names the change and the start of the quote", () => {
    expect(describeChange({ type: "create", claim: claim() })).toBe("tagging “Kirby said the strike was lawful and…”");
    expect(describeChange({ type: "delete", claim: claim({ quote: "Short" }) })).toBe("deleting “Short”");
    expect(describeChange({ type: "update", before: claim(), after: claim({ quote: "After" }) })).toBe("editing “After”");
  });
});

describe("isUndoKey", () => {
  const press = (over: Partial<KeyPress>): KeyPress => ({ key: "z", ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...over });
  it.each<[string, Partial<KeyPress>, boolean]>([
    ["Ctrl+Z", { ctrlKey: true }, true],
    ["⌘Z", { metaKey: true }, true],
    ["Ctrl+Z with Caps Lock", { ctrlKey: true, key: "Z" }, true],
    ["Ctrl+Z on a Cyrillic layout", { ctrlKey: true, key: "я", code: "KeyZ" }, true],
    ["Z alone", {}, false],
    ["Ctrl+Shift+Z (redo)", { ctrlKey: true, shiftKey: true }, false],
    ["Ctrl+Alt+Z", { ctrlKey: true, altKey: true }, false],
    ["Ctrl+⌘+Z", { ctrlKey: true, metaKey: true }, false],
    ["Ctrl+Y", { ctrlKey: true, key: "y" }, false],
  ])("%s: %s", (_name, over, undo) => {
    expect(isUndoKey(press(over))).toBe(undo);
  });
});

describe("undoesHere", () => {
  const at = (over: Partial<FocusPlace>): FocusPlace => ({ tag: "button", editable: "no", inDialog: false, ...over });
  it.each<[string, Partial<FocusPlace>, boolean]>([
    ["a button in the panel", {}, true],
    ["the page itself", { tag: "body" }, true],
    ["the article text (read-only)", { tag: "div", editable: "read-only" }, true],
    ["the text being edited", { tag: "p", editable: "yes" }, false],
    ["a text box", { tag: "input", type: "text" }, false],
    ["a search box", { tag: "input", type: "search" }, false],
    ["a textarea", { tag: "textarea" }, false],
    ["a checkbox", { tag: "input", type: "checkbox" }, true],
    ["the claim form", { tag: "input", type: "radio", inDialog: true }, false],
    ["a select", { tag: "select" }, true],
  ])("%s: %s", (_name, over, undoes) => {
    expect(undoesHere(at(over))).toBe(undoes);
  });
});
