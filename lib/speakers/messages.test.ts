import { describe, expect, it } from "vitest";
import { deleteRefusalMessage, listTitles, mergedAwayMessage, mergedNotice } from "./messages";

describe("deleteRefusalMessage", () => {
  it.each<[number, number, string[], string]>([
    [1, 1, ["A"], "John Kirby still has 1 claim, in the article “A”."],
    [3, 2, ["A", "B"], "John Kirby still has 3 claims, in 2 articles: “A” and “B”."],
    [1200, 40, ["A", "B", "C"], "John Kirby still has 1,200 claims, in 40 articles, among them “A”, “B” and “C”."],
  ])("%d claims in %d articles", (claims, articles, titles, start) => {
    const message = deleteRefusalMessage("John Kirby", claims, articles, titles);
    expect(message.startsWith(start)).toBe(true);
    expect(message).toContain("Merge John Kirby into another speaker");
  });

  it("lists titles in words", () => {
    expect(listTitles([])).toBe("");
    expect(listTitles(["A", "B", "C"])).toBe("“A”, “B” and “C”");
  });
});

describe("merge messages", () => {
  it("name the speaker who stayed, and who merged when", () => {
    expect(mergedAwayMessage("0b9e…", "Kirby", "John Kirby")).toBe("No speaker has the id 0b9e…: “Kirby” was merged into John Kirby.");
    expect(mergedNotice("Kirby", "Ada Admin", "25 Nov 2026")).toBe("“Kirby” was merged into this speaker by Ada Admin on 25 Nov 2026.");
    expect(mergedNotice("Kirby", null, "25 Nov 2026")).toBe("“Kirby” was merged into this speaker on 25 Nov 2026.");
  });
});
