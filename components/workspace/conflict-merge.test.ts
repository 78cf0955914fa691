import { describe, expect, it } from "vitest";
import { conflictRows, defaultChoices, mergeValues, patchOf, spanDiffers, type ClaimValues } from "./conflict-merge";

const kirby = { id: "s1", name: "Kirby" };
const blinken = { id: "s2", name: "Antony Blinken" };

const values = (over: Partial<ClaimValues> = {}): ClaimValues => ({
  kind: "attributed",
  speaker: kirby,
  cue: "said",
  confidence: "moderate",
  note: null,
  ...over,
});

const differing = (mine: ClaimValues, theirs: ClaimValues) =>
  conflictRows(mine, theirs)
    .filter((r) => r.differs)
    .map((r) => [r.field, r.choice]);

describe("conflictRows", () => {
  it("lists every field, each side in words", () => {
    const rows = conflictRows(values({ note: "Mine" }), values({ confidence: "high" }));
    expect(rows.map((r) => [r.label, r.mine, r.theirs, r.differs])).toEqual([
      ["Kind", "Attributed claim", "Attributed claim", false],
      ["Speaker", "Kirby", "Kirby", false],
      ["Cue", "“said”", "“said”", false],
      ["Confidence", "Moderate", "High", true],
      ["Note", "Mine", "None", true],
    ]);
  });

  it("treats an empty cue or note as none, and ignores surrounding spaces", () => {
    expect(differing(values({ cue: "", note: " x " }), values({ cue: null, note: "x" }))).toEqual([]);
  });

  it("compares speakers by who they are", () => {
    expect(differing(values(), values({ speaker: { id: "s1", name: "John Kirby" } }))).toEqual([]);
    expect(differing(values(), values({ speaker: blinken }))).toEqual([["speaker", "speaker"]]);
  });

  it("lets the kind decide the speaker when the kinds differ", () => {
    expect(differing(values(), values({ kind: "reporter", speaker: null }))).toEqual([
      ["kind", "kind"],
      ["speaker", "kind"],
    ]);
  });
});

describe("defaultChoices", () => {
  const base = values();

  it("takes theirs where only they changed a field, mine where I did", () => {
    const mine = values({ note: "my note" });
    const theirs = values({ confidence: "high", note: "their note" });
    expect(defaultChoices(base, mine, theirs)).toEqual({ confidence: "theirs", note: "mine" });
  });

  it("decides kind and speaker together", () => {
    expect(defaultChoices(base, values({ speaker: blinken }), values({ kind: "reporter", speaker: null }))).toEqual({ kind: "mine" });
    expect(defaultChoices(base, values(), values({ kind: "reporter", speaker: null }))).toEqual({ kind: "theirs" });
  });
});

describe("mergeValues", () => {
  it("takes each field from the side chosen", () => {
    const mine = values({ confidence: "low", note: "mine" });
    const theirs = values({ confidence: "high", note: "theirs", cue: "warned" });
    expect(mergeValues(mine, theirs, { confidence: "theirs", note: "mine", cue: "theirs" })).toEqual(
      values({ confidence: "high", note: "mine", cue: "warned" }),
    );
  });

  it("keeps mine where no choice was made", () => {
    expect(mergeValues(values({ cue: "a" }), values({ cue: "b" }), {})).toEqual(values({ cue: "a" }));
  });

  it("takes the speaker with the kind", () => {
    const mine = values({ speaker: blinken });
    const theirs = values({ kind: "reporter", speaker: null });
    expect(mergeValues(mine, theirs, { kind: "theirs" })).toMatchObject({ kind: "reporter", speaker: null });
    expect(mergeValues(theirs, mine, { kind: "theirs" })).toMatchObject({ kind: "attributed", speaker: blinken });
  });
});

describe("patchOf", () => {
  it("sends a speaker only for an attributed claim, and no empty texts", () => {
    expect(patchOf(values({ cue: "  ", note: " n " }))).toEqual({ kind: "attributed", speakerId: "s1", cue: null, confidence: "moderate", note: "n" });
    expect(patchOf(values({ kind: "reporter" })).speakerId).toBeNull();
  });
});

describe("spanDiffers", () => {
  it("notices other words or another place", () => {
    const span = { start: 1, end: 5, quote: "said" };
    expect(spanDiffers(span, { ...span })).toBe(false);
    expect(spanDiffers(span, { ...span, start: 2, end: 6 })).toBe(true);
    expect(spanDiffers(span, { ...span, quote: "says" })).toBe(true);
  });
});
