import { describe, expect, it } from "vitest";
import { activeFilters, claimsSearchParams, confidenceLabel, hasClaimFilters, NO_CLAIM_FILTERS, speakerPageHref } from "./claim-filters";
import type { SpeakerPageQuery } from "./schemas";

const ID = "0b6f2a9e-3c1d-4e5f-8a7b-9c0d1e2f3a4b";
const BASE: SpeakerPageQuery = { ...NO_CLAIM_FILTERS, sort: "newest", cursor: null, limit: 25, group: "article" };

describe("speaker page addresses", () => {
  it("leaves the defaults out, so that a shared address stays short", () => {
    expect(speakerPageHref(ID, BASE)).toBe(`/speakers/${ID}`);
    expect(speakerPageHref(ID, { ...BASE, confidence: ["moderate", "high"], sort: "oldest", group: "list" })).toBe(
      `/speakers/${ID}?confidence=moderate%2Chigh&sort=oldest&group=list`,
    );
  });

  it("keeps a cursor for the API", () => {
    expect(claimsSearchParams({ ...BASE, cursor: "abc" }).toString()).toBe("cursor=abc");
  });
});

describe("activeFilters", () => {
  it("names each filter in words, with the view that drops it", () => {
    const query: SpeakerPageQuery = { ...BASE, confidence: ["high"], cue: "said", articleId: ID, from: "2023-01-01", to: "2023-01-31", q: "Wagner", cursor: "x" };
    const chips = activeFilters(query, "Russia may act");
    expect(chips.map((c) => c.label)).toEqual(["High confidence", "Cue: said", "In “Russia may act”", "From 2023-01-01 to 2023-01-31", "Quote has “Wagner”"]);
    expect(chips[0]!.without).toMatchObject({ confidence: [], cue: "said", cursor: null });
    expect(chips[3]!.without).toMatchObject({ from: null, to: null });
    expect(activeFilters({ ...BASE, from: "2023-01-01", to: "2023-01-01" }).map((c) => c.label)).toEqual(["On 2023-01-01"]);
    expect(activeFilters({ ...BASE, to: "2023-01-01" }).map((c) => c.label)).toEqual(["Up to 2023-01-01"]);
    expect(activeFilters(BASE)).toEqual([]);
  });

  it("says which confidence levels are kept", () => {
    expect(confidenceLabel(["low"])).toBe("Low confidence");
    expect(confidenceLabel(["moderate", "high"])).toBe("High or moderate confidence");
    expect(confidenceLabel(["low", "moderate", "high"])).toBe("High, moderate or low confidence");
  });

  it("knows when nothing is filtered", () => {
    expect(hasClaimFilters(NO_CLAIM_FILTERS)).toBe(false);
    expect(hasClaimFilters({ ...NO_CLAIM_FILTERS, q: "x" })).toBe(true);
  });
});
