import { describe, expect, it } from "vitest";
import type { SuggestionDto } from "@/lib/suggestions/model";
import { afterDecision, queueWindow, sameSpeaker, stepSuggestion, suggestedSpeaker } from "./suggestion-queue-state";

const suggestion = (id: string, speaker: SuggestionDto["speaker"] = null): SuggestionDto => ({
  id,
  articleId: "a",
  kind: "attributed",
  start: 0,
  end: 1,
  quote: id,
  speaker,
  speakerMention: null,
  cue: null,
  cueSpan: null,
  direct: null,
  status: "pending",
  anchoring: "anchored",
  revision: 1,
  decidedBy: null,
  decidedAt: null,
  claimId: null,
  createdAt: "2026-01-01T00:00:00.000Z",
});
const items = ["a", "b", "c"].map((id) => suggestion(id));
const ids = (list: SuggestionDto[]) => list.map((s) => s.id);

describe("the suggestions queue", () => {
  it("J and K walk it in text order, starting at either end and stopping at the last and first", () => {
    expect(stepSuggestion(items, null, 1)).toBe("a");
    expect(stepSuggestion(items, null, -1)).toBe("c");
    expect(stepSuggestion(items, "a", 1)).toBe("b");
    expect(stepSuggestion(items, "c", 1)).toBe("c");
    expect(stepSuggestion(items, "a", -1)).toBe("a");
    expect(stepSuggestion(items, "gone", 1)).toBe("a");
    expect(stepSuggestion([], null, 1)).toBeNull();
  });

  it("goes on to the next suggestion after deciding the current one, or back to the one before at the end", () => {
    expect(afterDecision(items, new Set(["b"]), "b")).toEqual({ items: [items[0], items[2]], currentId: "c" });
    expect(afterDecision(items, new Set(["c"]), "c").currentId).toBe("b");
    expect(afterDecision(items, new Set(["a", "b", "c"]), "a")).toEqual({ items: [], currentId: null });
    expect(afterDecision(items, new Set(["a"]), "c")).toMatchObject({ currentId: "c" });
    expect(ids(afterDecision(items, new Set(["a", "b"]), "a").items)).toEqual(["c"]);
  });

  it("says when accepting creates a speaker, and groups a speaker's suggestions", () => {
    const kirby = { name: "John Kirby", kind: "person" as const, description: null, speakerId: null };
    expect(suggestedSpeaker(suggestion("x", kirby))).toEqual({ label: "New speaker: John Kirby (person)", isNew: true });
    expect(suggestedSpeaker(suggestion("x", { ...kirby, speakerId: "k" }))).toEqual({ label: "John Kirby", isNew: false });
    expect(suggestedSpeaker({ kind: "reporter", speaker: null }).label).toBe("Reporter statement");
    expect(sameSpeaker(suggestion("x", kirby), suggestion("y", { ...kirby, name: "john kirby" }))).toBe(true);
    expect(sameSpeaker(suggestion("x", { ...kirby, speakerId: "k" }), suggestion("y", { ...kirby, name: "Kirby", speakerId: "k" }))).toBe(true);
    expect(sameSpeaker(suggestion("x", { ...kirby, speakerId: "k" }), suggestion("y", kirby))).toBe(false);
    expect(sameSpeaker(suggestion("x"), suggestion("y"))).toBe(false);
  });

  it("renders a long queue a window at a time, a few before the current one", () => {
    expect(queueWindow(10, 3)).toEqual({ from: 0, to: 10 });
    expect(queueWindow(240, -1)).toEqual({ from: 0, to: 25 });
    expect(queueWindow(240, 100)).toEqual({ from: 95, to: 120 });
    expect(queueWindow(240, 239)).toEqual({ from: 215, to: 240 });
  });
});
