import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseSpeakerClaimsQuery, parseSpeakerPageQuery, speakerPatchSchema } from "./schemas";
import { claimsSearchParams } from "./claim-filters";
import { CONFIDENCE_LEVELS } from "../model";

const ARTICLE = "0B6F2A9E-3C1D-4E5F-8A7B-9C0D1E2F3A4B";

describe("parseSpeakerPageQuery", () => {
  it("gives the defaults for an empty address", () => {
    expect(parseSpeakerPageQuery({})).toEqual({
      confidence: [],
      cue: null,
      articleId: null,
      from: null,
      to: null,
      q: null,
      set: null,
      sort: "newest",
      cursor: null,
      limit: 25,
      group: "article",
    });
  });

  it("reads every filter, lists repeated or comma-separated, in the order low, moderate, high", () => {
    const params = new URLSearchParams(`confidence=high&confidence=low,moderate&cue=+said+&article=${ARTICLE}&from=2023-01-01&to=2023-12-31&q=+Wagner+&set=reviewed&sort=oldest&group=list&limit=10`);
    expect(parseSpeakerPageQuery(params)).toEqual({
      confidence: ["low", "moderate", "high"],
      cue: "said",
      articleId: ARTICLE.toLowerCase(),
      from: "2023-01-01",
      to: "2023-12-31",
      q: "Wagner",
      set: "reviewed",
      sort: "oldest",
      cursor: null,
      limit: 10,
      group: "list",
    });
  });

  it("reads Next.js's searchParams object, and treats empty fields as absent", () => {
    expect(parseSpeakerPageQuery({ confidence: ["high", "moderate"], cue: "", from: "", q: "  ", sort: "" })).toMatchObject({
      confidence: ["moderate", "high"],
      cue: null,
      from: null,
      q: null,
      sort: "newest",
    });
  });

  it("refuses what is wrong, naming each parameter, and an unknown one", () => {
    const params = new URLSearchParams("confidence=high,sure&from=2023-02-30&sort=random&colour=red&limit=500");
    expect(() => parseSpeakerPageQuery(params)).toThrow(
      expect.objectContaining({
        code: "invalid",
        details: {
          issues: [
            { path: "confidence", message: "“sure” must be low, moderate or high" },
            { path: "from", message: "must be a date such as 2023-11-21" },
            { path: "sort", message: "must be newest, oldest or confidence" },
            { path: "limit", message: "must be a whole number from 1 to 100" },
            { path: "colour", message: expect.stringContaining("is not a filter of this list") },
          ],
        },
      }),
    );
  });

  it("refuses a date range that ends before it starts", () => {
    expect(() => parseSpeakerPageQuery({ from: "2023-02-01", to: "2023-01-01" })).toThrow(
      expect.objectContaining({ code: "invalid", message: "The filters are not valid: the start date (from) must be on or before the end date (to)." }),
    );
  });

  it("round-trips through the address the page builds", () => {
    const query = fc.record({
      confidence: fc.subarray([...CONFIDENCE_LEVELS]),
      cue: fc.option(fc.constantFrom("said", "according to", "warned, again"), { nil: null }),
      articleId: fc.option(fc.constant(ARTICLE.toLowerCase()), { nil: null }),
      from: fc.option(fc.constant("2023-01-01"), { nil: null }),
      to: fc.option(fc.constant("2023-06-30"), { nil: null }),
      q: fc.option(fc.constantFrom("Wagner", "closely monitor", "50% & more"), { nil: null }),
      set: fc.option(fc.constantFrom("analyst" as const, "reviewed" as const), { nil: null }),
      sort: fc.constantFrom("newest", "oldest", "confidence" as const),
      cursor: fc.constant(null),
      limit: fc.integer({ min: 1, max: 100 }),
      group: fc.constantFrom("article", "list" as const),
    });
    fc.assert(
      fc.property(query, (q) => {
        expect(parseSpeakerPageQuery(claimsSearchParams(q))).toEqual(q);
      }),
    );
  });

  it("lets the API ignore the page's grouping", () => {
    expect(parseSpeakerClaimsQuery(new URLSearchParams("group=list"))).not.toHaveProperty("group");
  });
});

describe("speakerPatchSchema", () => {
  it("takes any of name, kind and description, trimmed; an empty description clears it", () => {
    expect(speakerPatchSchema.parse({ name: " John Kirby ", description: "" })).toEqual({ name: "John Kirby", description: null });
    expect(speakerPatchSchema.parse({ kind: "organization" })).toEqual({ kind: "organization" });
  });

  it("refuses an empty change, an empty name, an unknown field", () => {
    expect(speakerPatchSchema.safeParse({}).success).toBe(false);
    expect(speakerPatchSchema.safeParse({ name: "  " }).success).toBe(false);
    expect(speakerPatchSchema.safeParse({ name: "x", aliases: [] }).success).toBe(false);
  });
});
