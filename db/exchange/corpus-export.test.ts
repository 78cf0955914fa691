import { describe, expect, it } from "vitest";
import { prepareArticleExport, prepareCorpusExport } from "./corpus-export";
import { exportArticle } from "./export";
import { drain, orphanOneClaim, seedCorpus } from "./exchange-testing";
import { backends, useTestDatabase } from "../testing";
import { CSV_BOM } from "../../lib/export/csv";
import type { CorpusDocument } from "../../lib/export/claimlens-document";
import { EXPORT_FORMATS } from "../../lib/export/formats";
import { claimlensSchemaErrors } from "../../lib/export/schema-validator";
import { AppError } from "../../lib/errors";

const now = new Date("2024-05-01T09:30:00.000Z");

describe.each(backends)("corpus export on $name", (backend) => {
  const t = useTestDatabase(backend);

  async function corpus(filters = {}, batchSize?: number): Promise<CorpusDocument> {
    const prepared = await prepareCorpusExport(t.db, "claimlens", filters, { now, batchSize });
    return JSON.parse(await drain(prepared.chunks())) as CorpusDocument;
  }

  it("writes every article, claim and speaker, valid against the schema", async () => {
    const { articles, speakers } = await seedCorpus(t.db);
    const document = await corpus();
    expect(claimlensSchemaErrors(document)).toEqual([]);
    expect(document.exportedAt).toBe(now.toISOString());
    expect(document).not.toHaveProperty("filters");
    expect(document.articles.map((a) => a.id)).toEqual(articles.map((a) => a.id).sort());
    expect(document.articles.flatMap((a) => a.claims)).toHaveLength(6);
    // Every speaker, the uncited one too: a whole-corpus export is a backup.
    expect(document.speakers.map((s) => s.name)).toEqual(["John Kirby", "National Security Council", "Never Cited", "Ukraine's foreign ministry"]);
    expect(document.speakers[0]).toEqual({ id: speakers.kirby.id, name: "John Kirby", kind: "person", description: "NSC spokesman", aliases: ["Adm. Kirby", "Kirby"] });
    for (const article of document.articles) {
      const single = await exportArticle(t.db, article.id, null);
      // The corpus holds each article exactly as its own export does.
      expect({ ...article, claims: undefined }).toEqual({ ...single.article, claims: undefined });
      expect(article.claims).toEqual(single.claims);
      for (const claim of article.claims) expect(article.text.slice(claim.start ?? NaN, claim.end ?? NaN)).toBe(claim.quote);
    }
  });

  it("writes the same document however small the batches", async () => {
    await seedCorpus(t.db);
    const whole = await corpus({}, 500);
    for (const size of [1, 2, 3]) expect(await corpus({}, size)).toEqual(whole);
  });

  it("writes orphaned claims after the anchored ones of their article, however small the batches", async () => {
    const { articles } = await seedCorpus(t.db);
    await orphanOneClaim(t.db, articles[1]!);
    // Another orphan in an article, so that paging goes on past a first one.
    await orphanOneClaim(t.db, articles[0]!);
    const whole = await corpus({}, 500);
    expect(claimlensSchemaErrors(whole)).toEqual([]);
    const byId = new Map(whole.articles.map((a) => [a.id, a]));
    const kyiv = byId.get(articles[1]!.id)!;
    expect(kyiv.revision).toBe(2);
    expect(kyiv.claims.map((c) => [c.quote, c.status])).toEqual([
      ["talks would resume", "anchored"],
      ["We’re hopeful", "anchored"],
      ["Nobody came", "orphaned"],
    ]);
    expect(byId.get(articles[0]!.id)!.claims.map((c) => c.status)).toEqual(["anchored", "anchored", "orphaned"]);
    for (const size of [1, 2, 3]) expect(await corpus({}, size)).toEqual(whole);
    for (const article of whole.articles) expect(article.claims).toEqual((await exportArticle(t.db, article.id, null)).claims);

    const csv = await drain((await prepareCorpusExport(t.db, "csv", {}, { batchSize: 1 })).chunks());
    expect(csv.split("\r\n").filter((line) => line.includes(",orphaned,"))).toHaveLength(2);
    const w3c = JSON.parse(await drain((await prepareCorpusExport(t.db, "w3c", {}, { batchSize: 2 })).chunks()));
    expect(w3c.first.items.filter((a: { "claimlens:status": string }) => a["claimlens:status"] === "orphaned")).toHaveLength(2);
  });

  it("reports progress as it goes", async () => {
    await seedCorpus(t.db);
    const seen: number[] = [];
    const prepared = await prepareCorpusExport(t.db, "csv", {}, { batchSize: 1, onProgress: (p) => seen.push(p.claims) });
    expect(prepared.total).toEqual({ claims: 6, articles: 2 });
    await drain(prepared.chunks());
    expect(seen.at(-1)).toBe(6);
    expect(seen.length).toBeGreaterThan(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it("filters by speaker, kind, confidence and article, and lists only the speakers cited", async () => {
    const { articles, speakers } = await seedCorpus(t.db);
    const bySpeaker = await corpus({ speakerIds: [speakers.kirby.id] });
    expect(bySpeaker.filters).toEqual({ speakerIds: [speakers.kirby.id] });
    expect(bySpeaker.articles.flatMap((a) => a.claims.map((c) => c.speaker?.name))).toEqual(["John Kirby", "John Kirby"]);
    expect(bySpeaker.speakers.map((s) => s.name)).toEqual(["John Kirby"]);
    expect(claimlensSchemaErrors(bySpeaker)).toEqual([]);

    const reporter = await corpus({ kinds: ["reporter"] });
    expect(reporter.articles.flatMap((a) => a.claims.map((c) => c.kind))).toEqual(["reporter", "reporter"]);
    expect(reporter.speakers).toEqual([]);

    const confident = await corpus({ confidences: ["high", "moderate"], kinds: ["attributed"] });
    expect(confident.articles.flatMap((a) => a.claims.map((c) => c.quote)).sort()).toEqual(["The plan 😀 is =working", "talks would resume", "warned of delays"]);

    const one = await corpus({ articleIds: [articles[2]!.id] });
    expect(one.articles.map((a) => a.title)).toEqual(["Untouched"]);
    expect(one.articles[0]?.claims).toEqual([]);
    expect(one.speakers).toEqual([]);
  });

  it("leaves articles without a selected claim out of the claim formats", async () => {
    await seedCorpus(t.db);
    const csv = await drain((await prepareCorpusExport(t.db, "csv", {})).chunks());
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(7);
    expect(csv).not.toContain("Untouched");
    const w3c = JSON.parse(await drain((await prepareCorpusExport(t.db, "w3c", {})).chunks()));
    expect(w3c.total).toBe(6);
    const jsonl = await drain((await prepareCorpusExport(t.db, "jsonl", { kinds: ["reporter"] })).chunks());
    expect(jsonl.trim().split("\n").map((l) => JSON.parse(l).kind)).toEqual(["reporter", "reporter"]);
  });

  it("refuses filters that name nothing, before writing anything", async () => {
    await seedCorpus(t.db);
    const missing = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    const error = await prepareCorpusExport(t.db, "csv", { speakerIds: [missing], articleIds: [missing] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid");
    expect((error as AppError).details).toEqual({
      issues: [
        { path: "article", message: `no article has the id ${missing}` },
        { path: "speaker", message: `no speaker has the id ${missing}` },
      ],
    });
  });

  it("exports an empty corpus", async () => {
    for (const format of EXPORT_FORMATS) {
      const out = await drain((await prepareCorpusExport(t.db, format, {}, { now })).chunks());
      if (format === "claimlens") expect(JSON.parse(out)).toEqual({ format: "claimlens/1", exportedAt: now.toISOString(), speakers: [], articles: [] });
      if (format === "w3c") expect(JSON.parse(out).total).toBe(0);
      if (format === "jsonl") expect(out).toBe("");
    }
  });

  it("exports one article in every format, named after its title", async () => {
    const { articles } = await seedCorpus(t.db);
    const article = articles[0]!;
    const json = await prepareArticleExport(t.db, article.id, "claimlens");
    expect(json.filename).toBe("air-defense-warning.claimlens.json");
    const document = JSON.parse(await drain(json.chunks()));
    expect(claimlensSchemaErrors(document)).toEqual([]);
    expect(document.article.id).toBe(article.id);
    expect(document.speakers.map((s: { name: string }) => s.name)).toEqual(["John Kirby", "National Security Council"]);

    const csv = await prepareArticleExport(t.db, article.id, "csv");
    expect(csv.filename).toBe("air-defense-warning.csv");
    expect((await drain(csv.chunks())).split("\r\n").filter(Boolean)).toHaveLength(4);
    const w3c = await prepareArticleExport(t.db, article.id, "w3c");
    expect(w3c.contentType).toContain("application/ld+json");
    expect(JSON.parse(await drain(w3c.chunks())).total).toBe(3);
    await expect(prepareArticleExport(t.db, "7c9e6679-7425-40de-944b-e07fc1f90ae7", "csv")).rejects.toMatchObject({ code: "not_found" });
  });
});
