import { describe, expect, it } from "vitest";
import { createArticle, sha256 } from "../articles/articles";
import { replaceArticleText } from "../articles/article-text";
import { createClaim } from "../claims/claims";
import { exportArticle } from "./export";
import { createSpeaker } from "../speakers/speakers";
import { backends, useTestDatabase } from "../testing";

const TEXT = [
  "Russia could provide either Iran or Hezbollah with air defense capabilities, the U.S. National Security Council warned on Tuesday.",
  "“We’re going to closely monitor for whether Wagner provides military equipment to either Hezbollah or Iran,” he added. 😀 Done.",
].join("\n\n");

const span = (quote: string) => {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length };
};

describe.each(backends)("exportArticle on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("writes the article, its claims in text order and only the speakers they cite", async () => {
    const article = await createArticle(t.db, {
      title: "Russia may provide air defense",
      text: TEXT,
      sourceUrl: "https://example.com/a",
      publishedAt: "2023-11-21",
      format: "text",
    });
    await createSpeaker(t.db, { name: "John Kirby", kind: "person", description: null, aliases: ["Kirby"] });
    await createSpeaker(t.db, { name: "Never Cited", kind: "person", description: null, aliases: [] });
    const nsc = await createSpeaker(t.db, { name: "National Security Council", kind: "organization", description: "NSC", aliases: ["NSC"] });

    const base = { confidence: "high", cue: null, note: null } as const;
    await createClaim(t.db, article.id, { ...span("We’re going to closely monitor"), kind: "attributed", speaker: "kirby", ...base });
    await createClaim(t.db, article.id, { ...span("Russia could provide"), kind: "attributed", speakerId: nsc.id, ...base, cue: "warned" });
    await createClaim(t.db, article.id, { ...span("😀 Done"), kind: "reporter", ...base });
    await createClaim(t.db, article.id, { ...span("either Iran or Hezbollah"), kind: "attributed", speaker: "National Security Council", ...base });

    const document = await exportArticle(t.db, article.id, null);
    expect(document.format).toBe("claimlens/1");
    expect(Date.parse(document.exportedAt)).not.toBeNaN();
    expect(document.article).toMatchObject({ id: article.id, title: article.title, text: TEXT, sourceUrl: "https://example.com/a" });
    expect(document.article.textSha256).toBe(sha256(document.article.text));

    expect(document.claims.map((c) => c.quote)).toEqual(["Russia could provide", "either Iran or Hezbollah", "We’re going to closely monitor", "😀 Done"]);
    for (const { start, end, quote, prefix, suffix } of document.claims) {
      if (start === null || end === null) throw new Error("every claim is anchored here");
      expect(document.article.text.slice(start, end)).toBe(quote);
      expect(document.article.text.slice(start - prefix.length, start)).toBe(prefix);
      expect(document.article.text.slice(end, end + suffix.length)).toBe(suffix);
    }
    expect(document.article.revision).toBe(1);
    expect(document.claims.map((c) => [c.status, c.revision, c.fuzzy])).toEqual(Array(4).fill(["anchored", 1, null]));

    expect(document.speakers).toEqual([
      { id: expect.any(String), name: "John Kirby", kind: "person", description: null, aliases: ["Kirby"] },
      { id: nsc.id, name: "National Security Council", kind: "organization", description: "NSC", aliases: ["NSC"] },
    ]);
    const cited = new Set(document.claims.flatMap((c) => (c.speaker ? [c.speaker.id] : [])));
    expect(new Set(document.speakers.map((s) => s.id))).toEqual(cited);
  });

  it("writes an orphaned claim last, without offsets, with the quote it had", async () => {
    const article = await createArticle(t.db, { title: "Edited", text: TEXT, sourceUrl: null, publishedAt: null, format: "text" });
    const base = { kind: "reporter", confidence: "low", cue: null, note: null } as const;
    const lost = await createClaim(t.db, article.id, { ...span("Russia could provide"), ...base });
    const kept = await createClaim(t.db, article.id, { ...span("closely monitor"), ...base });
    const edited = TEXT.replace("Russia could provide either Iran or Hezbollah with air defense capabilities", "Air defense capabilities may go to Iran");
    await replaceArticleText(t.db, article.id, { text: edited, action: "edit", actor: null });

    const document = await exportArticle(t.db, article.id, null);
    expect(document.article).toMatchObject({ text: edited, revision: 2 });
    expect(document.claims.map((c) => c.id)).toEqual([kept.id, lost.id]);
    expect(document.claims[0]).toMatchObject({ status: "anchored", revision: 2, quote: "closely monitor", version: 2 });
    expect(document.claims[1]).toMatchObject({ status: "orphaned", revision: 1, start: null, end: null, quote: "Russia could provide", prefix: "", suffix: lost.suffix, fuzzy: null });
  });

  it("exports an article without claims", async () => {
    const article = await createArticle(t.db, { title: null, text: "Just text.", sourceUrl: null, publishedAt: null, format: "text" });
    const document = await exportArticle(t.db, article.id, null);
    expect(document.claims).toEqual([]);
    expect(document.speakers).toEqual([]);
  });

  it("reports an unknown article as not found", async () => {
    await expect(exportArticle(t.db, "00000000-0000-4000-8000-000000000000", null)).rejects.toMatchObject({ code: "not_found" });
  });
});
