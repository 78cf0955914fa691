import { describe, expect, it } from "vitest";
import { CLAIMS_TABLE_COLUMNS, CLAIMS_TABLE_FORMAT, expandClaimsTable, type ClaimsTable, type ClaimsTableRow } from "./claims-table";

const AT = "2026-03-04T05:06:07.089Z";
const row = (over: Partial<Record<(typeof CLAIMS_TABLE_COLUMNS)[number], unknown>> = {}): ClaimsTableRow => {
  const base: Record<string, unknown> = {
    id: "c1", start: 0, end: 6, quote: "Russia", prefix: "", suffix: " could", kind: "attributed", speakerId: "s1", cue: "said",
    confidence: "high", note: null, version: 2, status: "anchored", revision: 1, fuzzyScore: null, fuzzyOldQuote: null,
    set: "analyst", reviewedById: null, reviewedAt: null, reviewSources: null, createdById: "u1", updatedById: "u2",
    createdAt: AT, updatedAt: null, ...over,
  };
  return CLAIMS_TABLE_COLUMNS.map((column) => base[column]) as ClaimsTableRow;
};
const table = (rows: ClaimsTableRow[], speakers: Record<string, string> = { s1: "John Kirby" }): ClaimsTable => ({
  format: CLAIMS_TABLE_FORMAT, articleId: "a1", columns: CLAIMS_TABLE_COLUMNS, speakers, accounts: { u1: "Ana", u2: "Rev" }, rows,
});

describe("expandClaimsTable", () => {
  it("gives each row back as the claim object of the plain list", () => {
    expect(expandClaimsTable(table([row()]))).toEqual([
      {
        id: "c1", articleId: "a1", start: 0, end: 6, quote: "Russia", prefix: "", suffix: " could", kind: "attributed",
        speaker: { id: "s1", name: "John Kirby" }, cue: "said", confidence: "high", note: null, version: 2, status: "anchored",
        revision: 1, fuzzy: null, set: "analyst", review: null, createdBy: { id: "u1", name: "Ana" }, updatedBy: { id: "u2", name: "Rev" },
        createdAt: AT, updatedAt: AT,
      },
    ]);
  });

  it("reads fuzzy anchors, reviews, orphans and a later update", () => {
    const [claim] = expandClaimsTable(
      table([row({ start: null, end: null, status: "orphaned", fuzzyScore: 0.8, fuzzyOldQuote: "Rusia", set: "reviewed", reviewedById: "u2", reviewedAt: AT, reviewSources: ["c0"], updatedAt: "2027-01-01T00:00:00.000Z" })]),
    );
    expect(claim).toMatchObject({ start: null, end: null, fuzzy: { score: 0.8, oldQuote: "Rusia" }, review: { by: { id: "u2", name: "Rev" }, at: AT, sources: ["c0"] }, updatedAt: "2027-01-01T00:00:00.000Z" });
  });

  it("names nobody it has no name for, even an id such as toString", () => {
    const [claim] = expandClaimsTable(table([row({ speakerId: "toString", createdById: null, updatedById: "nobody" })], {}));
    expect(claim).toMatchObject({ speaker: null, createdBy: null, updatedBy: null });
  });
});
