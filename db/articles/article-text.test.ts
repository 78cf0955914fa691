import { describe, expect, it } from "vitest";
import { canonicalText, createArticle, getArticle, listArticles } from "./articles";
import { createClaim, deleteClaim, getClaim, listClaims, updateClaim } from "../claims/claims";
import { getRevision, listRevisions, previewArticleText, replaceArticleText, restoreRevision } from "./article-text";
import { backends, countAll, useTestDatabase } from "../testing";
import type { Database } from "../client";
import type { ClaimCreateInput } from "../../lib/schemas";

const PARAGRAPHS = [
  "Russia could provide either Iran or Hezbollah with air defense capabilities, the U.S. National Security Council warned on Tuesday.",
  "“We’re going to closely monitor for whether Wagner provides military equipment,” Kirby added.",
  "Leaders in Moscow and Tehran have grown increasingly close over the last two years.",
];
const TEXT = PARAGRAPHS.join("\n\n");

const claimOn = (text: string, quote: string, extra: Partial<ClaimCreateInput> = {}): ClaimCreateInput => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length, kind: "reporter", confidence: "moderate", cue: null, note: null, ...extra };
};

async function seed(db: Database) {
  const article = await createArticle(db, { title: "Air defense", text: TEXT, format: "text", sourceUrl: null, publishedAt: null });
  const kept = await createClaim(db, article.id, claimOn(TEXT, "Leaders in Moscow and Tehran have grown increasingly close"));
  const typo = await createClaim(
    db,
    article.id,
    claimOn(TEXT, "We’re going to closely monitor for whether Wagner provides military equipment", { kind: "attributed", speaker: "John Kirby", cue: "added" }),
  );
  const lost = await createClaim(db, article.id, claimOn(TEXT, "Russia could provide either Iran or Hezbollah with air defense capabilities"));
  return { article, kept, typo, lost };
}

describe.each(backends)("article text revisions on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("saves a new revision and carries every claim over, with a report", async () => {
    const { article, kept, typo, lost } = await seed(t.db);
    const edited = [
      "A new opening paragraph from the publisher.",
      PARAGRAPHS[1]!.replace("Wagner provides", "Wagner provide"),
      PARAGRAPHS[2]!,
    ].join("\n\n");

    const report = await replaceArticleText(t.db, article.id, { text: edited, baseRevision: 1, action: "edit", actor: null });

    expect(report).toMatchObject({ revision: 2, previousRevision: 1, changed: true, counts: { exact: 0, moved: 1, fuzzy: 1, orphaned: 1 } });
    const outcome = new Map(report.claims.map((c) => [c.id, c]));
    expect(outcome.get(kept.id)).toMatchObject({ outcome: "moved", oldQuote: kept.quote, newQuote: kept.quote });
    expect(outcome.get(typo.id)).toMatchObject({ outcome: "fuzzy", oldQuote: typo.quote, newQuote: expect.stringContaining("Wagner provide military") });
    expect(outcome.get(typo.id)?.score).toBeGreaterThanOrEqual(0.75);
    expect(outcome.get(lost.id)).toEqual({ id: lost.id, outcome: "orphaned", oldQuote: lost.quote });

    expect(await getArticle(t.db, article.id)).toMatchObject({ text: edited, revision: 2 });
    const after = new Map((await listClaims(t.db, article.id, null)).map((c) => [c.id, c]));
    for (const claim of after.values()) {
      expect(claim.version).toBe(2);
      if (claim.status === "anchored") expect(edited.slice(claim.start ?? 0, claim.end ?? 0)).toBe(claim.quote);
    }
    expect(after.get(kept.id)).toMatchObject({ status: "anchored", revision: 2, fuzzy: null, start: edited.indexOf(kept.quote) });
    expect(after.get(typo.id)).toMatchObject({ status: "anchored", revision: 2, fuzzy: { oldQuote: typo.quote } });
    expect(after.get(lost.id)).toMatchObject({ status: "orphaned", start: null, end: null, quote: lost.quote, prefix: lost.prefix, revision: 1 });
    expect((await listArticles(t.db, null, { limit: 5 })).items[0]).toMatchObject({ id: article.id, claimCount: 3, orphanCount: 1 });
  });

  it("keeps every revision, with the claims as they were", async () => {
    const { article, kept } = await seed(t.db);
    const edited = `${TEXT}\n\nA closing paragraph.`;
    await replaceArticleText(t.db, article.id, { text: edited, baseRevision: 1, action: "edit", actor: null });

    const page = await listRevisions(t.db, article.id, { limit: 10 });
    expect(page.items.map((r) => [r.revision, r.action, r.current, r.length])).toEqual([
      [2, "edit", true, edited.length],
      [1, "import", false, TEXT.length],
    ]);
    expect(page.items[0]?.counts).toEqual({ exact: 3, moved: 0, fuzzy: 0, orphaned: 0 });
    expect(page.items[1]?.counts).toBeNull();

    const first = await getRevision(t.db, article.id, 1, null);
    expect(first.text).toBe(TEXT);
    expect(first.claims.find((c) => c.id === kept.id)).toMatchObject({ version: 1, revision: 1, start: kept.start });
    const second = await getRevision(t.db, article.id, 2, null);
    expect(second.claims.find((c) => c.id === kept.id)).toMatchObject({ version: 2, revision: 2 });

    const older = await listRevisions(t.db, article.id, { limit: 1, cursor: 2 });
    expect(older.items.map((r) => r.revision)).toEqual([1]);
    await expect(getRevision(t.db, article.id, 3, null)).rejects.toMatchObject({ code: "not_found", message: expect.stringContaining("revisions are 1 to 2") });
  });

  it("refuses a save on top of an older revision, and stores nothing", async () => {
    const { article } = await seed(t.db);
    await replaceArticleText(t.db, article.id, { text: `${TEXT}\n\nOne more.`, baseRevision: 1, action: "edit", actor: null });
    const before = await countAll(t.db);
    await expect(replaceArticleText(t.db, article.id, { text: `${TEXT}\n\nAnother.`, baseRevision: 1, action: "edit", actor: null })).rejects.toMatchObject({
      code: "conflict",
      details: { currentRevision: 2 },
    });
    expect(await countAll(t.db)).toEqual(before);
    expect((await getArticle(t.db, article.id)).text).toBe(`${TEXT}\n\nOne more.`);
  });

  it("stores nothing when the text did not change", async () => {
    const { article } = await seed(t.db);
    const before = await countAll(t.db);
    const report = await replaceArticleText(t.db, article.id, { text: TEXT, baseRevision: 1, action: "edit", actor: null });
    expect(report).toMatchObject({ revision: 1, changed: false, counts: { exact: 3, moved: 0, fuzzy: 0, orphaned: 0 } });
    expect(await countAll(t.db)).toEqual(before);
    expect((await listClaims(t.db, article.id, null)).map((c) => c.version)).toEqual([1, 1, 1]);
  });

  it("brings an orphan back when an older text is restored", async () => {
    const { article, lost } = await seed(t.db);
    const edited = PARAGRAPHS.slice(1).join("\n\n");
    await replaceArticleText(t.db, article.id, { text: edited, baseRevision: 1, action: "edit", actor: null });
    expect(await getClaim(t.db, lost.id, null)).toMatchObject({ status: "orphaned" });

    const report = await restoreRevision(t.db, article.id, 1, { baseRevision: 2, actor: null });
    expect(report).toMatchObject({ revision: 3, counts: { orphaned: 0 } });
    expect(await getClaim(t.db, lost.id, null)).toMatchObject({ status: "anchored", start: lost.start, end: lost.end, revision: 3, version: 3 });
    expect((await listRevisions(t.db, article.id, { limit: 5 })).items[0]).toMatchObject({ revision: 3, action: "restore 1" });
  });

  it("re-attaches an orphan to a span an analyst selects, and confirms a fuzzy match", async () => {
    const { article, lost, typo } = await seed(t.db);
    const edited = [
      "Russia might give Iran or Hezbollah air defenses, the council said.",
      PARAGRAPHS[1]!.replace("Wagner provides", "Wagner provide"),
      PARAGRAPHS[2]!,
    ].join("\n\n");
    await replaceArticleText(t.db, article.id, { text: edited, baseRevision: 1, action: "edit", actor: null });
    const orphan = await getClaim(t.db, lost.id, null);

    await expect(updateClaim(t.db, lost.id, { version: orphan.version, note: "still orphaned" })).resolves.toMatchObject({ status: "orphaned", note: "still orphaned", start: null });
    await expect(updateClaim(t.db, lost.id, { version: orphan.version + 1, start: 0 })).rejects.toMatchObject({ code: "invalid", message: expect.stringContaining("give both start and end") });

    const span = claimOn(edited, "Russia might give Iran or Hezbollah air defenses");
    const reattached = await updateClaim(t.db, lost.id, { version: orphan.version + 1, start: span.start, end: span.end });
    expect(reattached).toMatchObject({ status: "anchored", start: span.start, quote: "Russia might give Iran or Hezbollah air defenses", revision: 2 });

    const fuzzy = await getClaim(t.db, typo.id, null);
    expect(fuzzy.fuzzy).not.toBeNull();
    const confirmed = await updateClaim(t.db, typo.id, { version: fuzzy.version, start: fuzzy.start ?? 0, end: fuzzy.end ?? 0 });
    expect(confirmed).toMatchObject({ fuzzy: null, start: fuzzy.start, quote: fuzzy.quote });
  });

  it("gives claims made after an edit the new revision, and leaves deleted claims in the old snapshot", async () => {
    const { article, kept } = await seed(t.db);
    const edited = `${TEXT}\n\nA closing paragraph.`;
    await replaceArticleText(t.db, article.id, { text: edited, baseRevision: 1, action: "edit", actor: null });
    const fresh = await createClaim(t.db, article.id, claimOn(edited, "A closing paragraph."));
    expect(fresh.revision).toBe(2);
    await deleteClaim(t.db, kept.id);
    expect((await getRevision(t.db, article.id, 1, null)).claims.map((c) => c.id)).toContain(kept.id);
    expect((await getRevision(t.db, article.id, 2, null)).claims.map((c) => c.id)).not.toContain(kept.id);
  });

  it("carries hundreds of claims over in one save", async () => {
    const text = canonicalText({ text: Array.from({ length: 600 }, (_, i) => `Sentence number ${i} says something.`).join(" "), format: "text" });
    const article = await createArticle(t.db, { title: "Long", text, format: "text", sourceUrl: null, publishedAt: null });
    for (let i = 0; i < 1200; i += 1) {
      const quote = `Sentence number ${i % 600} says`;
      await createClaim(t.db, article.id, claimOn(text, quote));
    }
    const report = await replaceArticleText(t.db, article.id, { text: `Inserted first. ${text}`, baseRevision: 1, action: "edit", actor: null });
    expect(report.counts).toEqual({ exact: 0, moved: 1200, fuzzy: 0, orphaned: 0 });
    const claims = await listClaims(t.db, article.id, null);
    expect(claims.every((c) => c.version === 2 && c.revision === 2 && `Inserted first. ${text}`.slice(c.start ?? 0, c.end ?? 0) === c.quote)).toBe(true);
  });

  it("previews what a save would do, writing nothing", async () => {
    const { article, kept, lost } = await seed(t.db);
    await replaceArticleText(t.db, article.id, { text: PARAGRAPHS.slice(1).join("\n\n"), baseRevision: 1, action: "edit", actor: null });
    expect(await getClaim(t.db, lost.id, null)).toMatchObject({ status: "orphaned" });
    const before = await countAll(t.db);
    const current = (await getArticle(t.db, article.id)).text;
    expect(await previewArticleText(t.db, article.id, current)).toEqual({ exact: 2, moved: 0, fuzzy: 0, orphaned: 1 });
    // The orphan is looked for again in the text it was lost from, as a save does.
    expect(await previewArticleText(t.db, article.id, TEXT)).toEqual({ exact: 0, moved: 3, fuzzy: 0, orphaned: 0 });
    expect(await countAll(t.db)).toEqual(before);
    expect(await getClaim(t.db, kept.id, null)).toMatchObject({ version: 2 });
    expect(await previewArticleText(t.db, "00000000-0000-4000-8000-000000000000", TEXT)).toBeNull();
  });
});
