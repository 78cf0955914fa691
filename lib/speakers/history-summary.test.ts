import { describe, expect, it } from "vitest";
import type { SpeakerHistoryEntryDto, SpeakerStateDto } from "./model";
import { describeSpeakerChanges, summarizeSpeakerHistoryEntry } from "./history-summary";

const state = (over: Partial<SpeakerStateDto> = {}): SpeakerStateDto => ({ name: "John Kirby", kind: "person", description: null, ...over });

const entry = (
  action: SpeakerHistoryEntryDto["action"],
  before: SpeakerStateDto | null,
  after: SpeakerStateDto | null,
  alias?: string,
): Pick<SpeakerHistoryEntryDto, "action" | "before" | "after" | "alias" | "mergedInto"> => ({ action, before, after, ...(alias !== undefined ? { alias } : {}) });

describe("describeSpeakerChanges", () => {
  it.each<[string, Partial<SpeakerStateDto>, Partial<SpeakerStateDto>, string[]]>([
    ["nothing", {}, {}, []],
    ["the name", {}, { name: "John F. Kirby" }, ["renamed from “John Kirby” to “John F. Kirby”"]],
    ["the kind", {}, { kind: "organization" }, ["kind changed from person to organization"]],
    ["to an unnamed source", { kind: "organization" }, { kind: "unnamed_source" }, ["kind changed from organization to unnamed source"]],
    ["a new description", {}, { description: "NSC coordinator" }, ["description added"]],
    ["a changed description", { description: "NSC spokesman" }, { description: "NSC coordinator" }, ["description changed"]],
    ["a removed description", { description: "NSC spokesman" }, { description: null }, ["description removed"]],
    ["an empty description is none", { description: "" }, { description: null }, []],
    [
      "several fields, in the form's order",
      { description: "a" },
      { name: "NSC", kind: "organization", description: "b" },
      ["renamed from “John Kirby” to “NSC”", "kind changed from person to organization", "description changed"],
    ],
    ["a long name is cut", { name: "x".repeat(80) }, {}, [`renamed from “${"x".repeat(60)}…” to “John Kirby”`]],
  ])("%s", (_name, before, after, expected) => {
    expect(describeSpeakerChanges(state(before), state(after))).toEqual(expected);
  });
});

describe("summarizeSpeakerHistoryEntry", () => {
  it.each<[string, ReturnType<typeof entry>, string]>([
    ["a creation", entry("create", null, state()), "Created"],
    ["a creation by an import", entry("import", null, state()), "Created by an import"],
    ["a rename", entry("update", state(), state({ name: "John F. Kirby" })), "Renamed from “John Kirby” to “John F. Kirby”"],
    ["a kind change", entry("update", state(), state({ kind: "organization" })), "Kind changed from person to organization"],
    ["a description change", entry("update", state({ description: "a" }), state({ description: "b" })), "Description changed"],
    [
      "a rename and a kind change",
      entry("update", state(), state({ name: "NSC", kind: "organization" })),
      "Renamed from “John Kirby” to “NSC”; kind changed from person to organization",
    ],
    ["an edit without a visible change", entry("update", state(), state()), "Saved without changes"],
    ["an alias added", entry("alias-add", null, null, "Kirby"), "Alias “Kirby” added"],
    ["an alias removed", entry("alias-remove", null, null, "Kirby"), "Alias “Kirby” removed"],
    ["an alias change whose alias was not stored", entry("alias-add", null, null), "Alias added"],
    ["a merge away", entry("merge", state(), null), "Merged into another speaker"],
    ["a merge away into a speaker who exists", { ...entry("merge", state(), null), mergedInto: { id: "b", name: "John F. Kirby" } }, "Merged into John F. Kirby"],
    ["a description taken over in a merge", entry("merge", state(), state({ description: "Spokesman" })), "Description added by a merge"],
    ["a deletion", entry("delete", state(), null), "Deleted"],
  ])("%s", (_name, e, expected) => {
    expect(summarizeSpeakerHistoryEntry(e)).toBe(expected);
  });
});
