import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildArticleDocument, type CorpusDocument } from "./claimlens-document";
import { claimlensCorpusChunks } from "./claimlens-corpus";
import type { ExportEvent } from "./export-events";
import { fuzzyClaim, orphanedClaim, sampleArticle, sampleClaims, sampleSpeakers } from "./export-fixtures";
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
      { type: "claims", claims: [...sampleClaims.slice(1), fuzzyClaim, orphanedClaim] },
      { type: "end-article" },
      { type: "article", article: second },
      { type: "end-article" },
    ]);
    const expected: CorpusDocument = {
      format: "claimlens/1",
      exportedAt: exportedAt.toISOString(),
      speakers: sampleSpeakers,
      articles: [
        { ...article, claims: [...sampleClaims, fuzzyClaim, orphanedClaim] },
        { ...second, claims: [] },
      ],
    };
    expect(JSON.parse(out)).toEqual(expected);
    expect(out).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(claimlensSchemaErrors(JSON.parse(out))).toEqual([]);
  });

  it("writes an article's review drops after its claims, with or without claims before them", async () => {
    const drops = [{ claimId: sampleClaims[0]!.id, by: { id: "u1", name: "Rita Reviewer" }, at: "2024-06-01T10:00:00.000Z" }];
    const out = await write([
      { type: "article", article },
      { type: "claims", claims: sampleClaims },
      { type: "end-article", reviewDrops: drops },
      { type: "article", article: second },
      { type: "end-article", reviewDrops: [{ ...drops[0]!, by: null }] },
    ]);
    const expected: CorpusDocument = {
      format: "claimlens/1",
      exportedAt: exportedAt.toISOString(),
      speakers: sampleSpeakers,
      articles: [
        { ...article, claims: sampleClaims, reviewDrops: drops },
        { ...second, claims: [], reviewDrops: [{ ...drops[0]!, by: null }] },
      ],
    };
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
    JSON.parse(
      JSON.stringify(
        buildArticleDocument(
          { ...article, revision: 2, createdAt: "2024-01-01T00:00:00.000Z", updatedAt: "2024-01-01T00:00:00.000Z" },
          [...sampleClaims, fuzzyClaim, orphanedClaim],
          sampleSpeakers,
          exportedAt,
        ),
      ),
    );
  const orphanAt = 4;

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

  it("accepts a document written before claim statuses and revisions (every claim anchored)", () => {
    const document = articleDocument();
    document.claims = document.claims.slice(0, orphanAt);
    delete document.article.revision;
    for (const claim of document.claims) {
      delete claim.status;
      delete claim.revision;
      delete claim.fuzzy;
    }
    expect(claimlensSchemaErrors(document)).toEqual([]);
  });

  it("accepts an orphaned claim without offsets and a fuzzy one with its score", () => {
    const document = articleDocument();
    expect(document.claims[orphanAt]).toMatchObject({ status: "orphaned", start: null, end: null });
    expect(document.claims[orphanAt - 1].fuzzy).toEqual({ score: 0.9123, oldQuote: "Kiev, where" });
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
    ["an unknown status", (d: any) => (d.claims[0].status = "lost")],
    ["an anchored claim without offsets", (d: any) => (d.claims[0].start = null)],
    ["a claim without a status or offsets", (d: any) => (delete d.claims[0].status, (d.claims[0].start = null), (d.claims[0].end = null))],
    ["an orphaned claim with offsets", (d: any) => (d.claims[orphanAt].start = 0)],
    ["an orphaned claim marked fuzzy", (d: any) => (d.claims[orphanAt].fuzzy = { score: 0.8, oldQuote: "x" })],
    ["a fuzzy score above 1", (d: any) => (d.claims[0].fuzzy = { score: 1.5, oldQuote: "x" })],
    ["a revision of 0", (d: any) => (d.article.revision = 0)],
  ])("refuses %s", (_name, spoil) => {
    const document = articleDocument();
    spoil(document);
    expect(claimlensSchemaErrors(document).length).toBeGreaterThan(0);
  });
});
