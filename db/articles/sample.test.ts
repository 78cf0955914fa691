import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deleteArticle, getArticle, listArticles } from "./articles";
import { ensureSampleArticle, SAMPLE_ARTICLE, sampleText } from "./sample";
import { listSuggestions } from "../suggestions/suggestions";
import { articles } from "../schema";
import { backends, countRows, useTestDatabase } from "../testing";
import { normaliseText } from "../../lib/text/normalise";

describe.each(backends)("ensureSampleArticle on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("imports the sample article, normalised and cleaned of the copied page's litter, with its title and date", async () => {
    await ensureSampleArticle(t.db);
    const { items } = await listArticles(t.db, null, { limit: 10 });
    expect(items).toHaveLength(1);
    const article = await getArticle(t.db, items[0]!.id);
    expect(article.title).toBe(SAMPLE_ARTICLE.title);
    expect(article.title).toBe("Russia may provide air defense capability to Iran or Hezbollah, US warns");
    expect(article.publishedAt).toBe("2023-11-21T18:54:00.000Z");
    expect(article.text).toBe(sampleText(readFileSync(SAMPLE_ARTICLE.file, "utf8")));
    expect(article.text).toBe(normaliseText(article.text));
    expect(article.text).toContain("National Security Council coordinator John Kirby said on Tuesday");
    expect(article.text).toMatch(/^Russia could provide either Iran or Hezbollah/);
    expect(article.text).not.toMatch(/Posted by|Categories:|Leave a Reply|Read More|Your email address/);
  });

  it("arrives with its suggested claims computed, so a new user's first look includes them", async () => {
    await ensureSampleArticle(t.db);
    const [sample] = (await listArticles(t.db, null, { limit: 1 })).items;
    expect(sample!.pendingSuggestions).toBeGreaterThan(0);
    const pending = await listSuggestions(t.db, sample!.id, null, "pending");
    expect(pending).toHaveLength(sample!.pendingSuggestions);
    expect(pending.some((s) => s.speaker?.name === "John Kirby")).toBe(true);
  });

  it("imports it once, even when asked twice at the same time", async () => {
    await Promise.all([ensureSampleArticle(t.db), ensureSampleArticle(t.db)]);
    await ensureSampleArticle(t.db);
    expect(await countRows(t.db, articles)).toBe(1);
  });

  it("does not bring it back after it was deleted", async () => {
    await ensureSampleArticle(t.db);
    const [sample] = (await listArticles(t.db, null, { limit: 1 })).items;
    await deleteArticle(t.db, sample!.id);
    await ensureSampleArticle(t.db);
    expect(await countRows(t.db, articles)).toBe(0);
  });
});
