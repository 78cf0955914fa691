import { describe, expect, it } from "vitest";
import { groupByArticle } from "./group";
import type { SpeakerClaimDto } from "./model";

const claim = (id: string, articleId: string): SpeakerClaimDto => ({
  id,
  articleId,
  start: 0,
  end: 1,
  status: "anchored",
  quote: "x",
  cue: null,
  confidence: "high",
  note: null,
  version: 1,
  createdAt: "",
  updatedAt: "",
  article: { id: articleId, title: articleId, sourceUrl: null, publishedAt: null, date: "" },
  sentence: { text: "x", quoteStart: 0, quoteEnd: 1, clippedBefore: false, clippedAfter: false },
});

describe("groupByArticle", () => {
  it("groups runs of one article's claims, in the list's order", () => {
    const groups = groupByArticle([claim("1", "a"), claim("2", "a"), claim("3", "b"), claim("4", "a")]);
    expect(groups.map((g) => [g.article.id, g.claims.map((c) => c.id)])).toEqual([
      ["a", ["1", "2"]],
      ["b", ["3"]],
      ["a", ["4"]],
    ]);
    expect(groupByArticle([])).toEqual([]);
  });
});
