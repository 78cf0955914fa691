import { describe, expect, it } from "vitest";
import type { ClaimHistoryEntryDto, ClaimStateDto } from "../model";
import { describeClaimChanges, summarizeHistoryEntry } from "./history-summary";

const kirby = { id: "s1", name: "Kirby" };
const johnKirby = { id: "s2", name: "John Kirby" };

const state = (over: Partial<ClaimStateDto> = {}): ClaimStateDto => ({
  start: 10,
  end: 20,
  quote: "was killed",
  kind: "attributed",
  speaker: kirby,
  cue: "said",
  confidence: "moderate",
  note: null,
  status: "anchored",
  version: 1,
  ...over,
});

const entry = (action: ClaimHistoryEntryDto["action"], before: ClaimStateDto | null, after: ClaimStateDto | null) => ({ action, before, after });

describe("describeClaimChanges", () => {
  it.each<[string, Partial<ClaimStateDto>, Partial<ClaimStateDto>, string[]]>([
    ["nothing", {}, {}, []],
    ["only the version", { version: 1 }, { version: 2 }, []],
    ["confidence", {}, { confidence: "high" }, ["confidence moderate → high"]],
    ["a new note", {}, { note: "Check the ministry's statement" }, ["note added"]],
    ["a changed note", { note: "a" }, { note: "b" }, ["note changed"]],
    ["a removed note", { note: "a" }, { note: null }, ["note removed"]],
    ["an empty note is no note", { note: "" }, { note: null }, []],
    ["the cue", {}, { cue: "warned" }, ["cue “said” → “warned”"]],
    ["a new cue", { cue: null }, { cue: "added" }, ["cue “added” added"]],
    ["a removed cue", {}, { cue: null }, ["cue removed"]],
    ["a long cue is cut", { cue: null }, { cue: "x".repeat(60) }, [`cue “${"x".repeat(40)}…” added`]],
    ["the speaker", {}, { speaker: johnKirby }, ["speaker Kirby → John Kirby"]],
    ["a speaker set", { speaker: null }, { speaker: johnKirby }, ["speaker John Kirby"]],
    ["to a reporter statement", {}, { kind: "reporter", speaker: null, cue: null }, ["attributed claim → reporter statement", "cue removed"]],
    ["to an attributed claim", { kind: "reporter", speaker: null }, { speaker: kirby }, ["reporter statement → attributed claim", "speaker Kirby"]],
    ["moved", {}, { start: 30, end: 40 }, ["moved"]],
    ["other words", {}, { quote: "was kiled", end: 19 }, ["words changed"]],
    ["orphaned", {}, { status: "orphaned", start: null, end: null }, ["orphaned"]],
    ["re-attached", { status: "orphaned", start: null, end: null }, { start: 50, end: 60 }, ["re-attached"]],
    [
      "several fields, in the form's order",
      {},
      { confidence: "high", note: "n", cue: "told" },
      ["cue “said” → “told”", "confidence moderate → high", "note added"],
    ],
  ])("%s", (_name, before, after, phrases) => {
    expect(describeClaimChanges(state(before), state(after))).toEqual(phrases);
  });
});

describe("summarizeHistoryEntry", () => {
  it.each<[string, ReturnType<typeof entry>, string]>([
    ["a new claim", entry("create", null, state()), "Tagged"],
    ["an imported claim", entry("import", null, state()), "Imported"],
    ["a restored claim", entry("restore", null, state()), "Restored"],
    ["a deletion", entry("delete", state(), null), "Deleted"],
    ["an edit", entry("update", state(), state({ confidence: "high", note: "n", version: 2 })), "Edited: confidence moderate → high, note added"],
    ["an edit that changed nothing visible", entry("update", state(), state({ version: 2 })), "Saved without changes"],
    ["a re-attached orphan", entry("update", state({ status: "orphaned", start: null, end: null }), state()), "Edited: re-attached"],
    ["a text edit that moved it", entry("reanchor", state(), state({ start: 12, end: 22 })), "Moved by a text edit"],
    ["a text edit that left it", entry("reanchor", state(), state()), "Stayed in place after a text edit"],
    ["a fuzzy re-anchoring", entry("reanchor", state(), state({ quote: "was kiled" })), "Re-found by fuzzy matching after a text edit"],
    ["an orphaning edit", entry("reanchor", state(), state({ status: "orphaned", start: null, end: null })), "Orphaned by a text edit: its words were not found"],
    ["a restored revision", entry("restore", state(), state({ start: 0, end: 10 })), "Moved when an older text was restored"],
    ["a speaker merge", entry("merge", state(), state({ speaker: johnKirby })), "Merged speakers into John Kirby"],
    ["a merge that kept the speaker", entry("merge", state(), state()), "Merged speakers"],
    ["an import that changed it", entry("import", state(), state({ confidence: "low" })), "Updated by an import: confidence moderate → low"],
  ])("%s", (_name, change, summary) => {
    expect(summarizeHistoryEntry(change)).toBe(summary);
  });
});
