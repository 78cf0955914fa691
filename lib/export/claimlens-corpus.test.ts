import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildArticleDocument, type CorpusDocument } from "./claimlens-document";
import { claimlensCorpusChunks } from "./claimlens-corpus";
import type { ExportEvent } from "./export-events";
import { sampleArticle, sampleClaims, sampleSpeakers } from "./export-fixtures";
import { claimlensSchemaErrors } from "./schema-validator";
import schema from "./claimlens-1.schema.json";

const article = { ...sampleArticle, textSha256: createHash("sha256").update(sampleArticle.text).digest("hex") };
const second = { ...article, id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", title: "Another", sourceUrl: null, publishedAt: null };
const exportedAt = new Date("2024-05-01T09:30:00.000Z");

async function write(events: ExportEvent[], filters?: CorpusDocument["filters"]): Promise<string> {
  async function* source() {
    yield* events;
  }
  let out = "";
  for await (const chunk of claimlensCorpusChunks({ exportedAt, speakers: sampleSpeakers, ...(filters ? { filters } : {}) }, source())) out += chunk;
  return out;
}

describe("claimlensCorpusChunks", () => {
  it("writes exactly what JSON.stringify would for the whole document", async () => {
    const out = await write([
      { type: "article", article },
      { type: "claims", claims: sampleClaims.slice(0, 1) },
      { type: "claims", claims: sampleClaims.slice(1) },
      { type: "end-article" },
      { type: "article", article: second },
      { type: "end-article" },
    ]);
    const expected: CorpusDocument = {
      format: "claimlens/1",
      exportedAt: exportedAt.toISOString(),
      speakers: sampleSpeakers,
      articles: [
        { ...article, claims: sampleClaims },
        { ...second, claims: [] },
      ],
    };
    expect(JSON.parse(out)).toEqual(expected);
    expect(out).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(claimlensSchemaErrors(JSON.parse(out))).toEqual([]);
  });

  it("writes an empty corpus, and the filters it was made with", async () => {
    const filters = { kinds: ["attributed" as const], speakerIds: [sampleSpeakers[0]!.id] };
    const out = await write([], filters);
    expect(out).toBe(`${JSON.stringify({ format: "claimlens/1", exportedAt: exportedAt.toISOString(), filters, speakers: sampleSpeakers, articles: [] }, null, 2)}\n`);
    expect(claimlensSchemaErrors(JSON.parse(out))).toEqual([]);
  });
});

describe("the claimlens/1 JSON Schema", () => {
  const articleDocument = () =>
    JSON.parse(JSON.stringify(buildArticleDocument({ ...article, createdAt: "2024-01-01T00:00:00.000Z", updatedAt: "2024-01-01T00:00:00.000Z" }, sampleClaims, sampleSpeakers, exportedAt)));

  it("is a draft 2020-12 schema", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("accepts the per-article document, with or without the article's timestamps", () => {
    const document = articleDocument();
    expect(claimlensSchemaErrors(document)).toEqual([]);
    delete document.article.createdAt;
    delete document.article.updatedAt;
    expect(claimlensSchemaErrors(document)).toEqual([]);
  });

  it.each([
    ["an unknown format", (d: any) => (d.format = "claimlens/2")],
    ["an unknown kind", (d: any) => (d.claims[0].kind = "rumour")],
    ["an unknown confidence", (d: any) => (d.claims[0].confidence = "certain")],
    ["a negative offset", (d: any) => (d.claims[0].start = -1)],
    ["a fractional offset", (d: any) => (d.claims[0].end = 3.5)],
    ["a missing quote", (d: any) => delete d.claims[0].quote],
    ["an unknown field", (d: any) => (d.claims[0].colour = "red")],
    ["a bad text hash", (d: any) => (d.article.textSha256 = "abc")],
    ["a version of 0", (d: any) => (d.claims[0].version = 0)],
    ["a claim id that is not a UUID", (d: any) => (d.claims[0].id = "claim-1")],
    ["a source URL that is not http", (d: any) => (d.article.sourceUrl = "ftp://example.com/a")],
  ])("refuses %s", (_name, spoil) => {
    const document = articleDocument();
    spoil(document);
    expect(claimlensSchemaErrors(document).length).toBeGreaterThan(0);
  });
});
