import { describe, expect, it } from "vitest";
import { deleteRefusalMessage, listTitles } from "./messages";

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
