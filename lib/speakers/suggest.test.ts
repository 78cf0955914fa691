import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { suggestSpeakers, suggestionRegion, surnameOf, type SpeakerLabels } from "./suggest";

const KIRBY: SpeakerLabels = { id: "kirby", name: "John Kirby", kind: "person", aliases: ["Admiral Kirby"] };
const NSC: SpeakerLabels = { id: "nsc", name: "National Security Council", kind: "organization", aliases: ["NSC"] };
const PUTIN: SpeakerLabels = { id: "putin", name: "Vladimir Putin", kind: "person", aliases: [] };
const MAY: SpeakerLabels = { id: "may", name: "Theresa May", kind: "person", aliases: [] };
const SPEAKERS = [KIRBY, NSC, PUTIN, MAY];

const TEXT = [
  "Russia could provide air defense to Iran, the National Security Council warned on Tuesday.",
  "“We will closely monitor whether Wagner provides equipment,” Kirby added.",
  "He said Putin had approved the transfer.",
  "In May, officials met again.",
].join(" ");

const span = (quote: string) => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(quote);
  return { start, end: start + quote.length };
};

describe("suggestSpeakers", () => {
  it("suggests John Kirby for “Kirby added”, by his surname, nearest first", () => {
    const found = suggestSpeakers(TEXT, span("We will closely monitor whether Wagner provides equipment"), SPEAKERS);
    expect(found.map((s) => [s.speakerId, s.found, s.match])).toEqual([
      ["kirby", "Kirby", "surname"],
      ["nsc", "National Security Council", "name"],
    ]);
  });

  it("looks in the claim's sentence and the one before, not further", () => {
    const found = suggestSpeakers(TEXT, span("Putin had approved the transfer"), SPEAKERS);
    // Kirby is in the sentence before; the council two sentences back is too far.
    expect(found.map((s) => s.speakerId)).toEqual(["kirby", "putin"]);
    expect(found[1]).toMatchObject({ match: "surname" });
  });

  it("ranks the claim's own sentence before the sentence before it, however near", () => {
    const text = "Kirby spoke at length on Tuesday about the talks. “We will act,” the NSC said in a long statement afterwards.";
    const at = text.indexOf("We will act");
    const found = suggestSpeakers(text, { start: at, end: at + 11 }, SPEAKERS);
    expect(found.map((s) => s.speakerId)).toEqual(["nsc", "kirby"]);
  });

  it("ranks a name inside the claim after every name outside it", () => {
    const found = suggestSpeakers(TEXT, span("He said Putin had approved the transfer"), SPEAKERS);
    expect(found.map((s) => s.speakerId)).toEqual(["kirby", "putin"]);
    expect(found[1]!.distance).toBeGreaterThan(found[0]!.distance);
  });

  it("matches names and aliases whole and in any case, and a surname only as written", () => {
    const text = "The nsc said so. Kirbyesque remarks followed. “No,” said admiral kirby.";
    const found = suggestSpeakers(text, { start: text.indexOf("No"), end: text.indexOf("No") + 2 }, SPEAKERS);
    expect(found.map((s) => [s.speakerId, s.found])).toEqual([["kirby", "admiral kirby"]]);
    // "May" the month is capitalised like the name, which is as far as spelling can tell.
    const may = suggestSpeakers(TEXT, span("officials met again"), SPEAKERS);
    expect(may.map((s) => s.speakerId)).toEqual(["may", "putin"]);
  });

  it("prefers the full name to an alias, and an alias to a surname, at the same place", () => {
    const text = "Admiral Kirby spoke. “Yes,” he said.";
    const found = suggestSpeakers(text, { start: text.indexOf("Yes"), end: text.indexOf("Yes") + 3 }, [KIRBY]);
    expect(found).toEqual([expect.objectContaining({ speakerId: "kirby", found: "Admiral Kirby", match: "alias" })]);
  });

  it("treats curly and straight apostrophes alike", () => {
    const obrien: SpeakerLabels = { id: "ob", name: "Robert O'Brien", kind: "person", aliases: [] };
    const text = "Robert O’Brien said the talks failed.";
    expect(suggestSpeakers(text, { start: 21, end: 36 }, [obrien]).map((s) => s.found)).toEqual(["Robert O’Brien"]);
  });

  it("never suggests a speaker twice, nor more than the limit, and every suggestion is in the region", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEXT.length - 1 }), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 4 }), (start, length, limit) => {
        const s = { start, end: Math.min(TEXT.length, start + length) };
        const region = suggestionRegion(TEXT, s);
        const found = suggestSpeakers(TEXT, s, SPEAKERS, limit);
        expect(found.length).toBeLessThanOrEqual(limit);
        expect(new Set(found.map((f) => f.speakerId)).size).toBe(found.length);
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(region.start);
          expect(f.end).toBeLessThanOrEqual(region.end);
          expect(TEXT.slice(f.start, f.end)).toBe(f.found);
        }
        for (let i = 1; i < found.length; i++) expect(found[i]!.distance).toBeGreaterThanOrEqual(found[i - 1]!.distance);
      }),
    );
  });
});

describe("surnameOf", () => {
  it.each<[string, SpeakerLabels["kind"], string | null]>([
    ["John Kirby", "person", "Kirby"],
    ["Kirby", "person", null],
    ["Martin Luther King Jr.", "person", null],
    ["Xi Jinping", "person", "Jinping"],
    ["Li Na", "person", null],
    ["National Security Council", "organization", null],
  ])("%s (%s) → %s", (name, kind, expected) => {
    expect(surnameOf({ name, kind })).toBe(expected);
  });
});
