import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createArticle, getArticle } from "../articles/articles";
import { getRevision, replaceArticleText, restoreRevision } from "../articles/article-text";
import { formattingOf } from "../articles/formatting";
import { countImportAttempt, IMPORT_RATE, keepSnapshot, snapshotHtml, storeSnapshot } from "./snapshots";
import { backends, countRows, insertTestActor, useTestDatabase } from "../testing";
import { articleFormatting, pageSnapshots } from "../schema";
import type { FormattingRange } from "../../lib/extract/formatting";
import { prepareArticleExport, prepareCorpusExport } from "../exchange/corpus-export";
import { drain } from "../exchange/exchange-testing";
import { importDocument } from "../exchange/import";
import { truncateAll } from "../testing";
import { claimlensSchemaErrors } from "../../lib/export/schema-validator";

const TEXT = "Background\n\nRussia could provide air defense, the council warned on Tuesday.\n\nKirby added more.";
const at = (quote: string) => TEXT.indexOf(quote);
const FORMATTING: FormattingRange[] = [
  { type: "heading", start: 0, end: 10, level: 2 },
  { type: "bold", start: at("air defense"), end: at("air defense") + 11 },
  { type: "link", start: at("the council"), end: at("the council") + 11, href: "https://example.org/nsc" },
  { type: "italic", start: at("Kirby added"), end: at("Kirby added") + 11 },
];
const words = (text: string, ranges: FormattingRange[]) => ranges.map((r) => `${r.type}:${text.slice(r.start, r.end)}`);

describe.each(backends)("web import storage on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("carries formatting through a text edit: ranges move with their words, and go with deleted words", async () => {
    const actor = await insertTestActor(t.db, "analyst");
    const article = await createArticle(t.db, { title: "T", text: TEXT, format: "text", sourceUrl: null, publishedAt: null, formatting: FORMATTING });
    const edited = `A new first line.\n\n${TEXT.replace("Kirby added more.", "Nothing else.").replace("air defense", "air and missile defense")}`;
    await replaceArticleText(t.db, article.id, { text: edited, action: "edit", actor });
    const current = await getArticle(t.db, article.id);
    expect(words(current.text, current.formatting)).toEqual(["heading:Background", "bold:air and missile defense", "link:the council"]);
    // The old revision keeps the formatting it had, and restoring it brings that back.
    expect(words(TEXT, await formattingOf(t.db, article.id, 1))).toHaveLength(4);
    await restoreRevision(t.db, article.id, 1, { actor });
    const restored = await getArticle(t.db, article.id);
    expect(restored.formatting).toEqual(FORMATTING);
    expect((await getRevision(t.db, article.id, 3, null)).text).toBe(TEXT);
  });

  it("takes the formatting a new text comes with", async () => {
    const actor = await insertTestActor(t.db, "analyst");
    const article = await createArticle(t.db, { title: "T", text: TEXT, format: "text", sourceUrl: null, publishedAt: null, formatting: FORMATTING });
    await replaceArticleText(t.db, article.id, { text: "Plain words now.", action: "replace", actor, formatting: [{ type: "italic", start: 0, end: 5 }] });
    expect((await getArticle(t.db, article.id)).formatting).toEqual([{ type: "italic", start: 0, end: 5 }]);
  });

  it("the database refuses a range that is empty, of an unknown type, or a link that is not http(s)", async () => {
    const article = await createArticle(t.db, { title: "T", text: TEXT, format: "text", sourceUrl: null, publishedAt: null });
    for (const row of [
      { type: "bold", start: 3, end: 3 },
      { type: "script", start: 0, end: 3 },
      { type: "link", start: 0, end: 3, href: "javascript:alert(1)" },
      { type: "heading", start: 0, end: 3, level: 7 },
    ]) {
      await expect(t.db.insert(articleFormatting).values({ articleId: article.id, revision: 1, ...row })).rejects.toThrow();
    }
    expect(await countRows(t.db, articleFormatting)).toBe(0);
  });

  it("keeps a previewed page for a day, gives it to the article imported from it, and forgets expired ones", async () => {
    const actor = await insertTestActor(t.db, "analyst");
    const fetchedAt = new Date();
    const kept = await storeSnapshot(t.db, { url: "https://news.example/a", html: "<p>Café</p>".repeat(1000), fetchedAt, actor });
    expect(await snapshotHtml(t.db, kept.id)).toBe("<p>Café</p>".repeat(1000));
    const [stored] = await t.db.select({ bytes: sql<number>`octet_length(${pageSnapshots.html})` }).from(pageSnapshots).where(eq(pageSnapshots.id, kept.id));
    expect(Number(stored?.bytes)).toBeLessThan(200); // compressed
    const article = await createArticle(t.db, { title: "T", text: "Words.", format: "text", sourceUrl: null, publishedAt: null, snapshotId: kept.id }, actor);
    expect(article.fetchedAt).toBe(fetchedAt.toISOString());
    // Someone else's preview cannot be taken.
    const other = await insertTestActor(t.db, "analyst", "Other");
    const theirs = await storeSnapshot(t.db, { url: null, html: "<p>x</p>", fetchedAt, actor: other });
    await expect(keepSnapshot(t.db, theirs.id, article.id, actor)).rejects.toThrow(/no longer kept/);
    // An expired, unclaimed page is deleted by the next store; the imported one stays.
    await t.db.update(pageSnapshots).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(pageSnapshots.id, theirs.id));
    await storeSnapshot(t.db, { url: null, html: "<p>y</p>", fetchedAt, actor });
    expect(await snapshotHtml(t.db, theirs.id)).toBeNull();
    expect(await snapshotHtml(t.db, kept.id)).not.toBeNull();
  });

  it("exports formatting in claimlens/1 and imports it back; a document without it still imports", async () => {
    const article = await createArticle(t.db, { title: "T", text: TEXT, format: "text", sourceUrl: null, publishedAt: null, formatting: FORMATTING });
    const corpus = JSON.parse(await drain((await prepareCorpusExport(t.db, "claimlens", {})).chunks()));
    const single = JSON.parse(await drain((await prepareArticleExport(t.db, article.id, "claimlens")).chunks()));
    expect(corpus.articles[0].formatting).toEqual(FORMATTING);
    expect(single.article.formatting).toEqual(FORMATTING);
    expect(claimlensSchemaErrors(corpus)).toEqual([]);
    await truncateAll(t.db);
    await importDocument(t.db, corpus);
    expect((await getArticle(t.db, article.id)).formatting).toEqual(FORMATTING);
    await truncateAll(t.db);
    const { formatting: _dropped, ...plain } = single.article;
    await importDocument(t.db, { ...single, article: plain });
    expect((await getArticle(t.db, article.id)).formatting).toEqual([]);
    // A range outside the text is refused with its path.
    const bad = { ...single, article: { ...single.article, formatting: [{ type: "bold", start: 0, end: 9999 }] } };
    await expect(importDocument(t.db, bad)).rejects.toMatchObject({ details: { issues: [{ path: "article.formatting[0].end" }] } });
  });

  it("rate-limits previews per person in the database", async () => {
    const actor = await insertTestActor(t.db, "analyst");
    const other = await insertTestActor(t.db, "analyst", "Other");
    const now = new Date();
    for (let i = 0; i < IMPORT_RATE.limit; i++) await countImportAttempt(t.db, actor, now);
    await expect(countImportAttempt(t.db, actor, now)).rejects.toMatchObject({ code: "rate_limited" });
    await countImportAttempt(t.db, other, now);
    // Past the window, the person may go on.
    await countImportAttempt(t.db, actor, new Date(now.getTime() + IMPORT_RATE.windowMs + 1000));
  });
});
