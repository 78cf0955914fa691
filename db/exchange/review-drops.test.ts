import { describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import type { Database } from "../client";
import { reviewDrops, users } from "../schema";
import { exportArticle } from "./export";
import { prepareCorpusExport } from "./corpus-export";
import { drain, seedCorpus } from "./exchange-testing";
import { importDocument } from "./import";
import { backends, countAll, truncateAll, useTestDatabase } from "../testing";
import { isAppError } from "../../lib/errors";
import type { ArticleDocument, CorpusDocument } from "../../lib/export/claimlens-document";
import { claimlensSchemaErrors } from "../../lib/export/schema-validator";

const DROPPED_AT = new Date("2024-06-01T10:00:00.000Z");

/** The sample corpus, with a reviewer's drop of the first article's first two claims (as the review route writes it). */
async function seedWithDrops(db: Database) {
  const seeded = await seedCorpus(db);
  await db.insert(users).values({ id: "reviewer-1", name: "Rita Reviewer", email: "rita@example.org", role: "analyst", reviewer: true });
  const first = await exportArticle(db, seeded.articles[0]!.id, null);
  const dropped = first.claims.slice(0, 2).map((c) => c.id);
  await db.insert(reviewDrops).values(dropped.map((sourceClaimId) => ({ sourceClaimId, droppedBy: "reviewer-1", droppedAt: DROPPED_AT })));
  return { ...seeded, dropped };
}

async function corpusDocument(db: Database): Promise<CorpusDocument> {
  return JSON.parse(await drain((await prepareCorpusExport(db, "claimlens")).chunks())) as CorpusDocument;
}

async function storedDrops(db: Database) {
  return (await db.select().from(reviewDrops).orderBy(asc(reviewDrops.sourceClaimId))).map((d) => ({ claimId: d.sourceClaimId, by: d.droppedBy, at: d.droppedAt.toISOString() }));
}

/** The issues of an import that must be refused, with nothing written. */
async function refusal(db: Database, document: unknown): Promise<{ path: string; message: string }[]> {
  const before = await countAll(db);
  const error = await importDocument(db, document).then(
    () => null,
    (e: unknown) => e,
  );
  expect(await countAll(db)).toEqual(before);
  if (!isAppError(error) || error.code !== "invalid") throw new Error(`expected the import to be refused as invalid, got ${String(error)}`);
  return (error.details as { issues: { path: string; message: string }[] }).issues;
}

describe.each(backends)("review drops in claimlens/1 on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("are exported with the article's claims, in both shapes, and the documents are valid", async () => {
    const { articles, dropped } = await seedWithDrops(t.db);
    const single: ArticleDocument = await exportArticle(t.db, articles[0]!.id, null);
    expect(single.reviewDrops).toEqual(dropped.map((claimId) => ({ claimId, by: { id: "reviewer-1", name: "Rita Reviewer" }, at: DROPPED_AT.toISOString() })));
    expect(claimlensSchemaErrors(single)).toEqual([]);
    // Only the reviewed set: no analyst claim, so no drop.
    expect((await exportArticle(t.db, articles[0]!.id, null, "reviewed")).reviewDrops).toBeUndefined();
    expect((await exportArticle(t.db, articles[1]!.id, null)).reviewDrops).toBeUndefined();

    const corpus = await corpusDocument(t.db);
    expect(claimlensSchemaErrors(corpus)).toEqual([]);
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    expect(byId.get(articles[0]!.id)?.reviewDrops).toEqual(single.reviewDrops);
    expect(byId.get(articles[1]!.id)).not.toHaveProperty("reviewDrops");
    // The other formats have no place for them and do not read them.
    expect(await drain((await prepareCorpusExport(t.db, "csv")).chunks())).not.toContain("reviewer-1");
  });

  it("come back with an import into another installation, and importing again changes nothing", async () => {
    await seedWithDrops(t.db);
    const document = await corpusDocument(t.db);
    const before = await storedDrops(t.db);
    await truncateAll(t.db);
    await importDocument(t.db, document);
    // Who dropped is informative only: accounts are local to an installation.
    expect(await storedDrops(t.db)).toEqual(before.map((d) => ({ ...d, by: null })));
    const again = await importDocument(t.db, document);
    expect(again.changed).toBe(false);
    expect(await storedDrops(t.db)).toHaveLength(2);
    // And what was imported exports as it came.
    const exported = (await corpusDocument(t.db)).articles.find((a) => a.reviewDrops)?.reviewDrops ?? [];
    expect(exported.map((d) => [d.claimId, d.at]).sort()).toEqual(before.map((d) => [d.claimId, d.at]).sort());
  });

  it("are refused whole when they name no analyst claim of the article, twice, or one a reviewed claim keeps", async () => {
    const { articles } = await seedWithDrops(t.db);
    const single = await exportArticle(t.db, articles[0]!.id, null);
    await truncateAll(t.db);
    const [first, second] = single.claims;
    const drop = (claimId: string) => ({ claimId, by: null, at: DROPPED_AT.toISOString() });
    const unknown = "00000000-0000-4000-8000-000000000000";
    const issues = await refusal(t.db, { ...single, reviewDrops: [drop(unknown), drop(first!.id), drop(first!.id)] });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "reviewDrops[0].claimId", message: `names no claim of this article in the document (${unknown})` },
        { path: "reviewDrops[2].claimId", message: "is listed twice (also at reviewDrops[1])" },
      ]),
    );
    // A reviewed claim that keeps the second claim: that disagreement was decided, not dropped.
    const reviewed = { ...second!, id: "11111111-1111-4111-8111-111111111111", set: "reviewed", review: { by: null, at: DROPPED_AT.toISOString(), sources: [second!.id] } };
    const decided = await refusal(t.db, { ...single, claims: [...single.claims, reviewed], reviewDrops: [drop(second!.id), drop(reviewed.id)] });
    expect(decided).toEqual(
      expect.arrayContaining([
        { path: "reviewDrops[0].claimId", message: `is also a source of the reviewed claim claims[${single.claims.length}]: a disagreement is either dropped or decided` },
        { path: "reviewDrops[1].claimId", message: `names a reviewed claim (claims[${single.claims.length}]); only analysts' claims are dropped` },
      ]),
    );
    // Malformed entries are refused by shape, with their paths.
    const shape = await refusal(t.db, { ...single, reviewDrops: [{ claimId: first!.id, at: "yesterday", extra: 1 }] });
    expect(shape.map((i) => i.path)).toEqual(expect.arrayContaining(["reviewDrops[0].at", "reviewDrops[0].by", "reviewDrops[0]"]));
    expect(await refusal(t.db, { ...single, reviewDrops: [] })).toEqual([{ path: "reviewDrops", message: "is written only when there are some: leave it out instead" }]);
  });
});
