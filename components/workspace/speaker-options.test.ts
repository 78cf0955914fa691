import { describe, expect, it } from "vitest";
import type { SpeakerDto } from "@/lib/model";
import { speakerOptions, startingGroups } from "./speaker-options";

const kirby: SpeakerDto = {
  id: "s1",
  name: "John Kirby",
  kind: "person",
  description: "National Security Council coordinator",
  aliases: ["Kirby", "Adm. Kirby"],
  claimCount: 2,
  createdAt: "2024-01-01T00:00:00.000Z",
};

describe("speakerOptions", () => {
  it("shows matching aliases and the description after the name", () => {
    const [first] = speakerOptions({ query: "kirby", speakers: [kirby] }, "kirby");
    expect(first).toEqual({ type: "speaker", speaker: kirby, detail: "aliases Kirby, Adm. Kirby · National Security Council coordinator" });
  });

  it("offers no create option when a name or alias matches exactly", () => {
    expect(speakerOptions({ query: "Kirby", speakers: [kirby] }, "Kirby").map((o) => o.type)).toEqual(["speaker"]);
    expect(speakerOptions({ query: "john kirby", speakers: [kirby] }, "john kirby").map((o) => o.type)).toEqual(["speaker"]);
  });

  it("offers to create a speaker last when nothing matches exactly", () => {
    const options = speakerOptions({ query: "John", speakers: [kirby] }, "John");
    expect(options.at(-1)).toEqual({ type: "create", name: "John" });
  });

  it("waits for results that answer the typed words before offering to create", () => {
    expect(speakerOptions({ query: "Jo", speakers: [] }, "John Kirby")).toEqual([]);
    expect(speakerOptions(null, "John Kirby")).toEqual([]);
  });

  it("offers nothing to create for empty words", () => {
    expect(speakerOptions({ query: "", speakers: [] }, "")).toEqual([]);
  });
});

describe("startingGroups", () => {
  const speaker = (id: string, name: string, description: string | null = null): SpeakerDto => ({ ...kirby, id, name, description, aliases: [] });
  const zakharova = speaker("s2", "Maria Zakharova", "Russian foreign ministry spokeswoman");
  const putin = speaker("s3", "Vladimir Putin");
  const names = (groups: ReturnType<typeof startingGroups>) =>
    groups.map((g) => [g.label, g.options.map((o) => (o.type === "speaker" ? o.speaker.name : o.name))]);

  it("lists suggestions, then recent speakers, then the others, each speaker once", () => {
    const groups = startingGroups([kirby], [zakharova, kirby], [putin, kirby, zakharova]);
    expect(names(groups)).toEqual([
      ["Suggested from the text", ["John Kirby"]],
      ["Recently used", ["Maria Zakharova"]],
      ["All speakers", ["Vladimir Putin"]],
    ]);
  });

  it("shows each speaker's description as its detail", () => {
    const [group] = startingGroups([zakharova], [], []);
    expect(group?.options[0]).toEqual({ type: "speaker", speaker: zakharova, detail: "Russian foreign ministry spokeswoman" });
  });

  it("leaves out empty groups, and the label when only the directory is left", () => {
    expect(names(startingGroups([], [kirby], [kirby, putin]))).toEqual([
      ["Recently used", ["John Kirby"]],
      ["All speakers", ["Vladimir Putin"]],
    ]);
    expect(names(startingGroups([], [], [kirby, putin]))).toEqual([[null, ["John Kirby", "Vladimir Putin"]]]);
    expect(startingGroups([], [], [])).toEqual([]);
  });
});
