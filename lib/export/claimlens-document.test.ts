import { describe, expect, it } from "vitest";
import { buildArticleDocument, CLAIMLENS_FORMAT, downloadName, type ExportedSpeaker } from "./claimlens-document";
import type { ArticleDto, ClaimDto } from "../model";

const TEXT = "Russia could provide air defense, Kirby said. Officials warned.";

const article: ArticleDto = {
  id: "a0000000-0000-4000-8000-000000000001",
  title: "Russia may provide air defense",
  text: TEXT,
  textSha256: "0".repeat(64),
  sourceUrl: "https://example.com/a",
  publishedAt: "2023-11-21T18:54:00.000Z",
  revision: 3,
  createdAt: "2024-01-01T00:00:00.000Z",
  updatedAt: "2024-01-01T00:00:00.000Z",
  byline: null,
  siteName: null,
  modifiedAt: null,
  language: null,
  canonicalUrl: null,
  fetchedAt: null,
  formatting: [],
};

const speaker = (id: string, name: string): ExportedSpeaker => ({ id, name, kind: "person", description: null, aliases: [] });
const kirby = speaker("s1", "John Kirby");
const nsc = { ...speaker("s2", "National Security Council"), kind: "organization" as const };
const uncited = speaker("s3", "Aaron Nobody");

function claim(id: string, quote: string, cited: ExportedSpeaker | null): ClaimDto {
  const start = TEXT.indexOf(quote);
  return {
    id,
    articleId: article.id,
    start,
    end: start + quote.length,
    quote,
    prefix: TEXT.slice(Math.max(0, start - 32), start),
    suffix: TEXT.slice(start + quote.length, start + quote.length + 32),
    kind: cited ? "attributed" : "reporter",
    speaker: cited ? { id: cited.id, name: cited.name } : null,
    cue: null,
    confidence: "moderate",
    note: null,
    version: 1,
    status: "anchored",
    revision: 3,
    fuzzy: null,
    set: "analyst",
    review: null,
    createdBy: null,
    updatedBy: null,
    createdAt: "2024-01-01T00:00:00.000Z",
    updatedAt: "2024-01-01T00:00:00.000Z",
  };
}

describe("buildArticleDocument", () => {
  const claims = [claim("c1", "Russia could provide air defense", nsc), claim("c2", "Kirby said", kirby), claim("c3", "Officials warned", null)];
  const document = buildArticleDocument(article, claims, [uncited, nsc, kirby], new Date("2024-05-06T07:08:09.000Z"));

  it("is a claimlens/1 document stamped with the export time", () => {
    expect(document.format).toBe(CLAIMLENS_FORMAT);
    expect(document.format).toBe("claimlens/1");
    expect(document.exportedAt).toBe("2024-05-06T07:08:09.000Z");
  });

  it("carries the article's identity and canonical text", () => {
    expect(document.article).toMatchObject({
      id: article.id,
      title: article.title,
      sourceUrl: article.sourceUrl,
      publishedAt: article.publishedAt,
      text: TEXT,
      textSha256: article.textSha256,
      revision: 3,
    });
    expect(Object.keys(document.article)).toEqual(["id", "title", "sourceUrl", "publishedAt", "text", "textSha256", "revision", "createdAt", "updatedAt"]);
  });

  it("keeps the claims in the order given, each quoting the text", () => {
    expect(document.claims.map((c) => c.id)).toEqual(["c1", "c2", "c3"]);
    for (const c of document.claims) expect(document.article.text.slice(c.start ?? NaN, c.end ?? NaN)).toBe(c.quote);
  });

  it("carries an orphaned claim with its status, no offsets and its old quote", () => {
    const orphan: ClaimDto = { ...claim("c4", "Officials warned", null), start: null, end: null, quote: "Officials denied it", status: "orphaned", revision: 2 };
    const withOrphan = buildArticleDocument(article, [...claims, orphan], [kirby, nsc]);
    expect(withOrphan.claims.at(-1)).toMatchObject({ id: "c4", start: null, end: null, quote: "Officials denied it", status: "orphaned", revision: 2, fuzzy: null });
    expect(JSON.parse(JSON.stringify(withOrphan))).toEqual(withOrphan);
  });

  it("lists only the speakers the claims cite, by name", () => {
    expect(document.speakers.map((s) => s.name)).toEqual(["John Kirby", "National Security Council"]);
  });

  it("has no speakers when no claim cites one", () => {
    expect(buildArticleDocument(article, [claims[2]!], [kirby]).speakers).toEqual([]);
  });

  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});

describe("downloadName", () => {
  it.each([
    ["Russia may provide air defense capability to Iran or Hezbollah, US warns", "json", "russia-may-provide-air-defense-capability-to-iran-or-hezboll.json"],
    ["Zürich café: “a test”", "claimlens.json", "zurich-cafe-a-test.claimlens.json"],
    ["   ", "csv", "article.csv"],
    ["😀😀", "json", "article.json"],
    ["--Leading and trailing--", "json", "leading-and-trailing.json"],
  ])("%s → %s", (title, extension, expected) => {
    expect(downloadName(title, extension)).toBe(expected);
  });

  it("is at most 60 characters before the extension and never ends in a hyphen", () => {
    const name = downloadName(`${"word ".repeat(30)}end`, "json");
    const base = name.slice(0, -".json".length);
    expect(base.length).toBeLessThanOrEqual(60);
    expect(base).not.toMatch(/-$/);
    expect(base).toMatch(/^[a-z0-9-]+$/);
  });
});
