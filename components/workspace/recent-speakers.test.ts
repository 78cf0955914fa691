import { describe, expect, it } from "vitest";
import { parseRecentSpeakers, withRecentSpeaker } from "./recent-speakers";

const kirby = { id: "s1", name: "John Kirby" };
const zakharova = { id: "s2", name: "Maria Zakharova" };

describe("withRecentSpeaker", () => {
  it("puts the speaker first and keeps each speaker once", () => {
    expect(withRecentSpeaker([zakharova, kirby], kirby)).toEqual([kirby, zakharova]);
    expect(withRecentSpeaker([], kirby)).toEqual([kirby]);
  });

  it("keeps the five most recent", () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ id: `x${i}`, name: `Speaker ${i}` }));
    const list = withRecentSpeaker(many, kirby);
    expect(list).toHaveLength(5);
    expect(list[0]).toEqual(kirby);
    expect(list.map((s) => s.id)).not.toContain("x4");
  });

  it("stores only the id and the name", () => {
    expect(withRecentSpeaker([], { ...kirby, aliases: ["Kirby"] } as typeof kirby)).toEqual([kirby]);
  });
});

describe("parseRecentSpeakers", () => {
  it("reads a stored list", () => {
    expect(parseRecentSpeakers(JSON.stringify([kirby, zakharova]))).toEqual([kirby, zakharova]);
  });

  it("treats anything else as nothing, and drops broken or repeated entries", () => {
    expect(parseRecentSpeakers(null)).toEqual([]);
    expect(parseRecentSpeakers("{not json")).toEqual([]);
    expect(parseRecentSpeakers('{"id": "s1"}')).toEqual([]);
    expect(parseRecentSpeakers(JSON.stringify([kirby, null, { id: 3, name: "x" }, kirby, zakharova]))).toEqual([kirby, zakharova]);
  });
});
