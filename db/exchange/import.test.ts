import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createArticle } from "../articles/articles";
import { createClaim, getClaim, listClaims } from "../claims/claims";
import { prepareCorpusExport } from "./corpus-export";
import { drain, revisionsOf, sampleArticleEditedElsewhere } from "./exchange-testing";
import { exportArticle } from "./export";
import { importDocument } from "./import";
import { listSuggestions } from "../suggestions/suggestions";
import { articleRevisions, claims as claimsTable, speakerAliases } from "../schema";
import { createSpeaker, getSpeaker, listSpeakers, removeAlias } from "../speakers/speakers";
import { asActor } from "../actor";
import { mergeSpeakers } from "../speakers/speaker-merge";
import { backends, countAll, useTestDatabase } from "../testing";
import type { Database } from "../client";
import { AppError } from "../../lib/errors";
import type { CorpusDocument } from "../../lib/export/claimlens-document";
import { describeReport, type ImportReport } from "../../lib/import/import-report";
import { corpusArticle, KIRBY, orphanOf, sampleCorpus, sha256, testId } from "../../lib/import/import-fixtures";

const exportCorpus = async (db: Database) =>
  JSON.parse(await drain((await prepareCorpusExport(db, "claimlens", {}, { now: new Date("2024-05-01T09:30:00.000Z") })).chunks())) as CorpusDocument;

/** Imports a document that must be refused, and checks that the database is exactly as it was. */
async function expectRefused(db: Database, document: unknown): Promise<{ error: AppError; report: ImportReport }> {
  const before = await countAll(db);
  const error = await importDocument(db, JSON.parse(JSON.stringify(document))).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("invalid");
  expect(await countAll(db)).toEqual(before);
  const details = (error as AppError).details as { issues: unknown[]; report: ImportReport };
  expect(details.issues).toEqual(details.report.issues);
  return { error: error as AppError, report: details.report };
}

const problems = (report: ImportReport) => report.issues.map((i) => `${i.path}: ${i.message}`);

describe.each(backends)("importDocument on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("computes the suggested claims of the articles it creates (npm run import: the system, the default setting), unless told not to", async () => {
    const text = "Kirby said the talks had stalled. The ministry warned of long delays.";
    const corpus = (): CorpusDocument => ({ format: "claimlens/1", exportedAt: "2024-05-01T09:30:00.000Z", speakers: [], articles: [corpusArticle(text, [])] });
    const first = corpus();
    await importDocument(t.db, first);
    expect((await listSuggestions(t.db, first.articles[0]!.id, null, "pending")).map((s) => s.quote)).toContain("the talks had stalled");
    const other = corpus();
    await importDocument(t.db, other, { suggest: false });
    expect(await listSuggestions(t.db, other.articles[0]!.id, null)).toEqual([]);
  });

  it("imports a corpus into an empty database, exactly as it was exported", async () => {
    const corpus = sampleCorpus();
    const report = await importDocument(t.db, corpus);
    expect(report).toMatchObject({
      ok: true,
      changed: true,
      dryRun: false,
      issues: [],
      summary: {
        articles: { created: 2, merged: 0, revised: 0, unchanged: 0, refused: 0 },
        claims: { created: 4, updated: 0, unchanged: 0 },
        speakers: { created: 2, matched: 0, aliasesAdded: 0 },
      },
    });
    expect(await exportCorpus(t.db)).toEqual(corpus);
    // Each new article has its text as revision 1.
    const revisions = await t.db.select().from(articleRevisions);
    expect(revisions.map((r) => [r.articleId, r.revision, r.text, r.action]).sort()).toEqual(corpus.articles.map((a) => [a.id, 1, a.text, "import"]).sort());
    expect(revisions[0]?.createdAt.toISOString()).toBe(corpus.articles[0]!.createdAt);
  });

  it("imports orphaned and fuzzy claims as they are, and a document written before claim statuses", async () => {
    const corpus = sampleCorpus() as any;
    const [plan, officials] = corpus.articles[0].claims;
    corpus.articles[0].claims[1] = orphanOf(officials, { quote: "Officials agreed", prefix: "Kirby said. ", suffix: " Later." });
    plan.fuzzy = { score: 0.8125, oldQuote: "The plan 😀 is wrking" };
    for (const claim of corpus.articles[1].claims) for (const key of ["status", "revision", "fuzzy"]) delete claim[key];
    delete corpus.articles[1].revision;
    const report = await importDocument(t.db, corpus);
    expect(report.summary.claims.created).toBe(4);
    expect(await getClaim(t.db, officials.id, null)).toMatchObject({ status: "orphaned", start: null, end: null, quote: "Officials agreed", prefix: "Kirby said. ", suffix: " Later.", revision: 1 });
    expect(await getClaim(t.db, plan.id, null)).toMatchObject({ status: "anchored", fuzzy: { score: 0.8125, oldQuote: "The plan 😀 is wrking" } });
    const exported = await exportCorpus(t.db);
    expect(exported.articles[0]!.claims).toEqual(corpus.articles[0].claims);
    expect(exported.articles[1]!.claims.map((c) => [c.status, c.revision, c.fuzzy])).toEqual([["anchored", 1, null], ["anchored", 1, null]]);
  });

  it("changes nothing when the same document is imported again", async () => {
    const corpus = sampleCorpus();
    await importDocument(t.db, corpus);
    const before = await countAll(t.db);
    const exported = await exportCorpus(t.db);
    const again = await importDocument(t.db, corpus);
    expect(again.changed).toBe(false);
    expect(again.summary).toEqual({
      articles: { created: 0, merged: 0, revised: 0, unchanged: 2, refused: 0 },
      claims: { created: 0, updated: 0, unchanged: 4 },
      speakers: { created: 0, matched: 2, aliasesAdded: 0 },
      reanchored: { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 },
    });
    expect(await countAll(t.db)).toEqual(before);
    expect(await exportCorpus(t.db)).toEqual(exported);
  });

  it("imports a per-article document", async () => {
    const corpus = sampleCorpus();
    const { claims, ...article } = corpus.articles[0]!;
    const report = await importDocument(t.db, { format: "claimlens/1", exportedAt: corpus.exportedAt, article, speakers: corpus.speakers.slice(0, 1), claims });
    expect(report.articles).toEqual([{ path: "article", id: article.id, title: article.title, outcome: "created", claims: { created: 2, updated: 0, unchanged: 0 } }]);
    expect((await getClaim(t.db, claims[0]!.id, null)).speaker).toEqual(KIRBY);
  });

  it("reports without writing in a dry run", async () => {
    const before = await countAll(t.db);
    const report = await importDocument(t.db, sampleCorpus(), { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, ok: true, changed: false, summary: { articles: { created: 2 }, claims: { created: 4 } } });
    expect(await countAll(t.db)).toEqual(before);
  });

  it("reports problems in a dry run instead of refusing", async () => {
    const corpus = sampleCorpus();
    corpus.articles[0]!.claims[0]!.end = 999;
    const report = await importDocument(t.db, corpus, { dryRun: true });
    expect(report.ok).toBe(false);
    expect(problems(report)).toEqual([`articles[0].claims[0].end: beyond the text (length ${corpus.articles[0]!.text.length})`]);
  });

  describe("refuses, writing nothing,", () => {
    it("a document that is not claimlens/1", async () => {
      const { report } = await expectRefused(t.db, { format: "w3c", items: [] });
      expect(report.issues[0]?.path).toBe("format");
    });

    it("a document with structural problems, listing each", async () => {
      const corpus = sampleCorpus() as any;
      corpus.articles[1].claims[0].kind = "rumour";
      corpus.articles[0].claims[1].confidence = 3;
      const { report, error } = await expectRefused(t.db, corpus);
      expect(report.issues.map((i) => i.path)).toEqual(["articles[0].claims[1].confidence", "articles[1].claims[0].kind"]);
      expect(error.message).toContain("Nothing was imported");
    });

    it("offsets beyond the text, every problem listed with its path, even with valid articles beside them", async () => {
      const corpus = sampleCorpus();
      const text = corpus.articles[1]!.text;
      corpus.articles[1]!.claims[1]!.end = text.length + 10;
      corpus.articles[1]!.claims[0]!.start = text.length;
      corpus.articles[1]!.claims[0]!.end = text.length + 3;
      const { report } = await expectRefused(t.db, corpus);
      expect(problems(report)).toEqual([
        `articles[1].claims[0].start: beyond the text (length ${text.length})`,
        `articles[1].claims[0].end: beyond the text (length ${text.length})`,
        `articles[1].claims[1].end: beyond the text (length ${text.length})`,
      ]);
    });

    it("a quote that is not the text between the offsets", async () => {
      const corpus = sampleCorpus();
      corpus.articles[0]!.claims[1]!.quote = "Officials agreed";
      const { report } = await expectRefused(t.db, corpus);
      expect(report.issues.map((i) => i.path)).toEqual(["articles[0].claims[1].quote"]);
    });

    it("an attributed claim without a speaker", async () => {
      const corpus = sampleCorpus();
      corpus.articles[0]!.claims[0]!.speaker = null;
      const { report } = await expectRefused(t.db, corpus);
      expect(problems(report)).toEqual(["articles[0].claims[0].speaker: is required for an attributed claim"]);
    });

    it("an unknown kind or confidence", async () => {
      const corpus = sampleCorpus() as any;
      corpus.articles[0].claims[0].kind = "opinion";
      corpus.articles[0].claims[1].confidence = "certain";
      const { report } = await expectRefused(t.db, corpus);
      expect(problems(report)).toEqual([
        "articles[0].claims[0].kind: must be attributed or reporter",
        "articles[0].claims[1].confidence: must be low, moderate or high",
      ]);
    });

    it("a claim id that belongs to a claim on another article", async () => {
      const corpus = sampleCorpus();
      await importDocument(t.db, corpus);
      const other = corpusArticle("Another story entirely, she said.", [{ quote: "Another story" }]);
      other.claims[0]!.id = corpus.articles[0]!.claims[0]!.id;
      const { report } = await expectRefused(t.db, { ...corpus, articles: [other] });
      expect(problems(report)).toEqual([`articles[0].claims[0].id: is already the id of a claim on another article (${corpus.articles[0]!.id})`]);
    });

    it("a text changed after export", async () => {
      const corpus = sampleCorpus();
      corpus.articles[0]!.text = corpus.articles[0]!.text.replace("working", "wrking");
      const { report } = await expectRefused(t.db, corpus);
      expect(report.issues.map((i) => i.path)).toContain("articles[0].textSha256");
    });
  });

  describe("an article here whose text the document changed", () => {
    it("takes the document's text as a new revision, re-anchors the claims here, then merges the document's", async () => {
      const { article, text, claims, document } = await sampleArticleEditedElsewhere(t.db);
      const report = await importDocument(t.db, document);
      expect(report.ok).toBe(true);
      expect(report.changed).toBe(true);
      expect(report.articles).toEqual([
        {
          path: "article",
          id: article.id,
          title: article.title,
          outcome: "revised",
          claims: { created: 1, updated: 1, unchanged: 2 },
          reanchored: { exact: 0, moved: 2, fuzzy: 0, orphaned: 1 },
        },
      ]);
      expect(report.summary.articles).toMatchObject({ revised: 1, merged: 0, refused: 0 });
      expect(report.summary.reanchored).toEqual({ exact: 0, moved: 2, fuzzy: 0, orphaned: 1 });
      expect(describeReport(report)).toContain("1 article's text was updated: 2 claims moved, 1 orphaned.");

      const revisions = await revisionsOf(t.db, article.id);
      expect(revisions.map((r) => [r.revision, r.action, r.text === text])).toEqual([[1, "import", false], [2, "import", true]]);
      expect(revisions[1]?.report?.counts).toEqual(report.summary.reanchored);
      const exported = await exportArticle(t.db, article.id, null);
      expect(exported.article).toMatchObject({ text, textSha256: sha256(text), revision: 2 });
      const byId = new Map(exported.claims.map((c) => [c.id, c]));
      // Re-anchored here (version 2), and the document's copy is no newer.
      expect(byId.get(claims.nsc.id)).toEqual({ ...document.claims[0], updatedAt: expect.any(String) });
      // Edited there after the edit: the document's version wins.
      expect(byId.get(claims.monitor.id)).toMatchObject({ note: "Confirmed against the transcript.", version: 3, revision: 2, start: text.indexOf("We’re going") });
      expect(byId.get(claims.turned.id)).toMatchObject({ status: "orphaned", start: null, version: 2, quote: "Russia turned to Iran for assistance" });
      expect(byId.get(claims.sought.id)).toMatchObject({ status: "anchored", revision: 2, version: 1, quote: "Moscow sought help from Tehran" });
      for (const claim of exported.claims) if (claim.start !== null) expect(text.slice(claim.start, claim.end ?? 0)).toBe(claim.quote);

      // And importing it again changes nothing.
      const before = await countAll(t.db);
      expect((await importDocument(t.db, document)).changed).toBe(false);
      expect(await countAll(t.db)).toEqual(before);
    });

    it("says in a dry run what would become of the claims here, writing nothing", async () => {
      const { article, document } = await sampleArticleEditedElsewhere(t.db);
      const before = await countAll(t.db);
      const claimsBefore = await listClaims(t.db, article.id, null);
      const report = await importDocument(t.db, document, { dryRun: true });
      expect(report).toMatchObject({ ok: true, changed: false, dryRun: true });
      expect(report.articles[0]).toMatchObject({ outcome: "revised", claims: { created: 1, updated: 1, unchanged: 2 }, reanchored: { exact: 0, moved: 2, fuzzy: 0, orphaned: 1 } });
      expect(describeReport(report)).toContain("1 article's text would be updated: 2 claims would move, 1 would be orphaned.");
      expect(await countAll(t.db)).toEqual(before);
      expect(await listClaims(t.db, article.id, null)).toEqual(claimsBefore);
      expect(await exportArticle(t.db, article.id, null)).toMatchObject({ article: { text: article.text, revision: 1 } });
    });

    it("writes nothing, not even the new revision, when the document has another problem", async () => {
      const { article, document } = await sampleArticleEditedElsewhere(t.db);
      const claimsBefore = await listClaims(t.db, article.id, null);
      document.claims[3] = { ...document.claims[3]!, quote: "Moscow sought aid" };
      const { report } = await expectRefused(t.db, document);
      expect(problems(report)).toEqual([expect.stringMatching(/^claims\[3\]\.quote: does not match the text/)]);
      // The refusal still says what the import would have done.
      expect(report.articles[0]).toMatchObject({ outcome: "revised", reanchored: { moved: 2, orphaned: 1 } });
      expect(await revisionsOf(t.db, article.id)).toHaveLength(1);
      expect(await listClaims(t.db, article.id, null)).toEqual(claimsBefore);
    });

    it("compares the document's versions with the claims here after re-anchoring, which counts as a change", async () => {
      const { article, claims, document } = await sampleArticleEditedElsewhere(t.db);
      // Edited here too, to version 2: re-anchoring makes it 3, which the document's version 3 does not beat.
      await t.db.update(claimsTable).set({ version: 2, note: "edited here" }).where(and(eq(claimsTable.id, claims.monitor.id), eq(claimsTable.articleId, article.id)));
      const report = await importDocument(t.db, document);
      expect(report.articles[0]?.claims).toEqual({ created: 1, updated: 0, unchanged: 3 });
      expect(await getClaim(t.db, claims.monitor.id, null)).toMatchObject({ note: "edited here", version: 3 });
    });
  });

  it("merges claim by claim into an article with the same text: the higher version wins", async () => {
    const corpus = sampleCorpus();
    await importDocument(t.db, corpus);
    const article = corpus.articles[0]!;
    // A claim made here meanwhile, which the document does not know about, stays.
    const local = await createClaim(t.db, article.id, { start: 0, end: 1, kind: "reporter", confidence: "low", cue: null, note: null }).catch(() => null);
    const newer = { ...article.claims[0]!, note: "revised elsewhere", version: 2, updatedAt: "2024-02-01T00:00:00.000Z" };
    const older = { ...article.claims[1]!, note: "stale", version: 1 };
    await t.db.update(claimsTable).set({ version: 5, note: "edited here" }).where(eq(claimsTable.id, older.id));
    const added = { ...article.claims[1]!, id: testId(), note: "added elsewhere" };
    const report = await importDocument(t.db, { ...corpus, articles: [{ ...article, claims: [newer, older, added] }] });
    expect(report.articles[0]).toMatchObject({ outcome: "merged", claims: { created: 1, updated: 1, unchanged: 1 } });
    expect(await getClaim(t.db, newer.id, null)).toMatchObject({ note: "revised elsewhere", version: 2, updatedAt: "2024-02-01T00:00:00.000Z" });
    expect(await getClaim(t.db, older.id, null)).toMatchObject({ note: "edited here", version: 5 });
    expect(await getClaim(t.db, added.id, null)).toMatchObject({ note: "added elsewhere", version: 1 });
    if (local) expect(await getClaim(t.db, local.id, null)).toMatchObject({ id: local.id });
  });

  describe("speakers", () => {
    it("are matched by id first", async () => {
      await importDocument(t.db, sampleCorpus());
      const again = sampleCorpus();
      again.speakers[0]!.name = "Admiral John Kirby";
      again.articles = [corpusArticle("Kirby spoke.", [{ quote: "spoke", speaker: { id: KIRBY.id, name: "Admiral John Kirby" } }])];
      const report = await importDocument(t.db, again);
      expect(report.speakers[0]).toMatchObject({ outcome: "matched", matched: { id: KIRBY.id, by: "id" }, aliasesAdded: ["Admiral John Kirby"] });
      expect((await getSpeaker(t.db, KIRBY.id)).aliases).toEqual(["Admiral John Kirby", "Kirby"]);
    });

    it("whose id was merged away here since are matched to the speaker who stayed, not brought back", async () => {
      await importDocument(t.db, sampleCorpus());
      const john = await createSpeaker(t.db, { name: "Admiral John Kirby", kind: "person", description: null, aliases: [] });
      await asActor(t.db, null, "merge", (tx) => mergeSpeakers(tx, john.id, KIRBY.id));
      // The names the document knows him by are gone here: only the merge says who he is now.
      await removeAlias(t.db, john.id, KIRBY.name);
      await removeAlias(t.db, john.id, "Kirby");

      const corpus = sampleCorpus();
      const report = await importDocument(t.db, corpus, { dryRun: true });
      expect(report.speakers[0]).toMatchObject({ id: KIRBY.id, outcome: "matched", matched: { id: john.id, name: "Admiral John Kirby", by: "merge" } });
      await importDocument(t.db, corpus);
      await expect(getSpeaker(t.db, KIRBY.id)).rejects.toThrow(/No speaker has the id/);
      expect((await getClaim(t.db, corpus.articles[0]!.claims[0]!.id, null)).speaker).toEqual({ id: john.id, name: "Admiral John Kirby" });
    });

    it("are matched by name or alias, ignoring case, and never duplicated", async () => {
      const here = await createSpeaker(t.db, { name: "john kirby", kind: "person", description: null, aliases: ["Adm. Kirby"] });
      const ministry = await createSpeaker(t.db, { name: "Ministry of Foreign Affairs of Ukraine", kind: "organization", description: null, aliases: ["MFA of Ukraine"] });
      const corpus = sampleCorpus();
      const report = await importDocument(t.db, corpus);
      expect(report.speakers).toEqual([
        expect.objectContaining({ id: KIRBY.id, outcome: "matched", matched: { id: here.id, name: "john kirby", by: "name" }, aliasesAdded: ["Kirby"] }),
        expect.objectContaining({ outcome: "matched", matched: { id: ministry.id, name: ministry.name, by: "alias" }, aliasesAdded: ["Ukraine's foreign ministry"] }),
      ]);
      expect(new Set((await listSpeakers(t.db, { limit: 10 })).map((s) => s.name))).toEqual(new Set(["john kirby", "Ministry of Foreign Affairs of Ukraine"]));
      expect((await getClaim(t.db, corpus.articles[0]!.claims[0]!.id, null)).speaker).toEqual({ id: here.id, name: "john kirby" });
      // And a second import matches the same way, adding nothing.
      const again = await importDocument(t.db, corpus);
      expect(again.changed).toBe(false);
    });

    it("keep an alias another speaker holds", async () => {
      const other = await createSpeaker(t.db, { name: "Someone Else", kind: "person", description: null, aliases: ["Kirby"] });
      const here = await createSpeaker(t.db, { name: "John Kirby", kind: "person", description: null, aliases: [] });
      const report = await importDocument(t.db, sampleCorpus());
      expect(report.speakers[0]).toMatchObject({ matched: { id: here.id, by: "name" }, aliasesAdded: [] });
      const aliases = await t.db.select().from(speakerAliases).where(eq(speakerAliases.speakerId, other.id));
      expect(aliases.map((a) => a.alias)).toEqual(["Kirby"]);
    });

    it("named by a claim but not listed are created from the claim", async () => {
      const corpus = sampleCorpus();
      corpus.speakers = [];
      const report = await importDocument(t.db, corpus);
      expect(report.speakers.map((s) => [s.path, s.name, s.outcome])).toEqual([
        ["articles[0].claims[0].speaker", "John Kirby", "created"],
        ["articles[1].claims[0].speaker", "Ukraine's foreign ministry", "created"],
      ]);
      expect((await getSpeaker(t.db, KIRBY.id)).aliases).toEqual([]);
    });
  });

  it("keeps an existing article's own text and metadata when merging", async () => {
    const created = await createArticle(t.db, { title: "Mine", text: "Officials said so.", sourceUrl: null, publishedAt: null, format: "text" });
    const corpus = sampleCorpus();
    const incoming = corpusArticle(created.text, [{ quote: "Officials" }], "Their title");
    incoming.id = created.id;
    incoming.claims[0]!.articleId = created.id;
    const report = await importDocument(t.db, { ...corpus, articles: [incoming] });
    expect(report.articles[0]).toMatchObject({ outcome: "merged", claims: { created: 1 } });
    const exported = await exportCorpus(t.db);
    expect(exported.articles[0]).toMatchObject({ title: "Mine", createdAt: created.createdAt });
  });
});
