import { describe, expect, it } from "vitest";
import { canonicalText, createArticle, deleteArticle, getArticle, getArticleOpening, listArticles, sha256, type NewArticleInput } from "./articles";
import { createClaim } from "../claims/claims";
import { encodeCursor } from "../cursor";
import { articles, claims } from "../schema";
import { backends, countAll, countRows, useTestDatabase } from "../testing";
import { MAX_ARTICLE_BYTES } from "../../lib/model";
import type { Executor } from "../client";

const input = (fields: Partial<NewArticleInput> & { text: string }): NewArticleInput => ({
  title: null,
  sourceUrl: null,
  publishedAt: null,
  format: "text",
  ...fields,
});

/** Rejects with an AppError of this code (and, optionally, a message matching `message`). */
async function expectAppError(promise: Promise<unknown>, code: string, message?: RegExp) {
  await expect(promise).rejects.toMatchObject({ name: "AppError", code, ...(message ? { message: expect.stringMatching(message) } : {}) });
}

/** An article row with a chosen creation time, to make ties in the library order. */
async function insertArticleAt(db: Executor, title: string, createdAt: Date) {
  const [row] = await db
    .insert(articles)
    .values({ title, text: title, textSha256: sha256(title), createdAt, updatedAt: createdAt })
    .returning({ id: articles.id });
  return row!.id;
}

describe("canonicalText", () => {
  it("normalises plain text and converts Markdown first", () => {
    expect(canonicalText({ text: "a  \r\n\r\n\r\nb", format: "text" })).toBe("a\n\nb");
    expect(canonicalText({ text: "# Head\n\n*b*", format: "markdown" })).toBe("Head\n\nb");
  });

  it("counts the limit in UTF-8 bytes of the canonical text", () => {
    expect(canonicalText({ text: "é".repeat(MAX_ARTICLE_BYTES / 2), format: "text" })).toHaveLength(MAX_ARTICLE_BYTES / 2);
    expect(() => canonicalText({ text: "é".repeat(MAX_ARTICLE_BYTES / 2 + 1), format: "text" })).toThrow(/limit is 2 MB/);
    // Trailing spaces do not count: they are gone before the text is measured.
    expect(canonicalText({ text: `${"a".repeat(MAX_ARTICLE_BYTES)}${" ".repeat(10)}`, format: "text" })).toHaveLength(MAX_ARTICLE_BYTES);
  });
});

describe.each(backends)("articles on $name", (backend) => {
  const t = useTestDatabase(backend);

  describe("createArticle", () => {
    it("stores the canonical text, its SHA-256 and a derived title", async () => {
      const article = await createArticle(t.db, input({ text: "\uFEFFRussia may provide air defense  \r\n\r\n\r\nCafe\u0301 body\u0007 text\n\n" }));
      expect(article.text).toBe("Russia may provide air defense\n\nCafé body text");
      expect(article.title).toBe("Russia may provide air defense");
      expect(article.textSha256).toBe(sha256(article.text));
      expect(article.textSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await getArticle(t.db, article.id)).toEqual(article);
    });

    it("keeps a given title, source and publication date", async () => {
      const article = await createArticle(
        t.db,
        input({ title: "My title", text: "Body", sourceUrl: "https://example.com/a", publishedAt: "2023-11-21T13:54:00-05:00" }),
      );
      expect(article).toMatchObject({ title: "My title", sourceUrl: "https://example.com/a", publishedAt: "2023-11-21T18:54:00.000Z" });
      expect(new Date(article.createdAt).getTime()).not.toBeNaN();
      expect(article.updatedAt).toBe(article.createdAt);
    });

    it("reads a date-only publication date as midnight UTC", async () => {
      expect((await createArticle(t.db, input({ text: "x", publishedAt: "2023-11-21" }))).publishedAt).toBe("2023-11-21T00:00:00.000Z");
    });

    it("converts Markdown to text before normalising", async () => {
      const article = await createArticle(t.db, input({ text: "# Kirby warns\n\nIran is **seeking** [billions](https://x.y).\n", format: "markdown" }));
      expect(article.text).toBe("Kirby warns\n\nIran is seeking billions.");
      expect(article.title).toBe("Kirby warns");
    });

    it.each([
      ["empty text", ""],
      ["whitespace only", "  \r\n\t\n  "],
      ["control characters only", "\u0000\u0007"],
      ["Markdown that holds no words", "<!-- nothing -->\n\n---"],
    ])("refuses %s as invalid and stores nothing", async (_name, text) => {
      const format = text.startsWith("<!--") ? "markdown" : "text";
      await expectAppError(createArticle(t.db, input({ text, format })), "invalid", /has no text/);
      expect(await countRows(t.db, articles)).toBe(0);
    });

    it("refuses text over 2 MB as too large and stores nothing", async () => {
      await expectAppError(createArticle(t.db, input({ text: "a".repeat(MAX_ARTICLE_BYTES + 1) })), "too_large", /limit is 2 MB/);
      expect(await countRows(t.db, articles)).toBe(0);
    });

    it("accepts text of exactly 2 MB", async () => {
      const article = await createArticle(t.db, input({ title: "Big", text: "a".repeat(MAX_ARTICLE_BYTES) }));
      expect(article.text).toHaveLength(MAX_ARTICLE_BYTES);
    });
  });

  describe("getArticle and deleteArticle", () => {
    it("report an unknown id as not found", async () => {
      const id = "00000000-0000-4000-8000-000000000000";
      await expectAppError(getArticle(t.db, id), "not_found", /No article has the id/);
      await expectAppError(deleteArticle(t.db, id), "not_found");
    });

    it("delete an article with its claims", async () => {
      const article = await createArticle(t.db, input({ text: "One sentence here. Another one." }));
      await createClaim(t.db, article.id, { start: 0, end: 3, kind: "reporter", confidence: "low", cue: null, note: null });
      const other = await createArticle(t.db, input({ text: "Keep me." }));
      await deleteArticle(t.db, article.id);
      await expectAppError(getArticle(t.db, article.id), "not_found");
      expect(await countRows(t.db, claims)).toBe(0);
      expect((await getArticle(t.db, other.id)).text).toBe("Keep me.");
    });
  });

  describe("getArticleOpening", () => {
    it("gives the heading and the text's first characters, whole characters only", async () => {
      const article = await createArticle(t.db, input({ text: "Kirby said 🚀 launches resumed.\n\nA second paragraph.", sourceUrl: "https://example.org/a", publishedAt: "2023-11-21T08:00:00.000Z" }));
      const opening = await getArticleOpening(t.db, article.id, 12);
      expect(opening).toEqual({
        id: article.id,
        title: article.title,
        sourceUrl: "https://example.org/a",
        publishedAt: "2023-11-21T08:00:00.000Z",
        revision: 1,
        // Twelve characters: the rocket is one character (two JavaScript code units), never half of one.
        opening: "Kirby said 🚀",
      });
      expect((await getArticleOpening(t.db, article.id, 10_000)).opening).toBe(article.text);
      expect((await getArticleOpening(t.db, article.id, 0)).opening).toBe("");
    });

    it("reports an unknown id as not found", async () => {
      await expectAppError(getArticleOpening(t.db, "00000000-0000-4000-8000-000000000000", 10), "not_found", /No article has the id/);
    });
  });

  describe("listArticles", () => {
    it("is empty on a new database", async () => {
      expect(await listArticles(t.db, null, { limit: 10 })).toEqual({ items: [], nextCursor: null });
    });

    it("lists newest first, with claim counts and no text", async () => {
      const first = await insertArticleAt(t.db, "First", new Date("2024-01-01T00:00:00Z"));
      const second = await insertArticleAt(t.db, "Second", new Date("2024-01-02T00:00:00Z"));
      for (const end of [2, 3, 4]) {
        await createClaim(t.db, first, { start: 0, end, kind: "reporter", confidence: "high", cue: null, note: null });
      }
      const page = await listArticles(t.db, null, { limit: 10 });
      expect(page.items.map((a) => a.title)).toEqual(["Second", "First"]);
      expect(page.items.map((a) => a.claimCount)).toEqual([0, 3]);
      expect(page.items[0]).toEqual({
        id: second,
        title: "Second",
        sourceUrl: null,
        publishedAt: null,
        claimCount: 0,
        orphanCount: 0,
        pendingSuggestions: 0,
        createdAt: "2024-01-02T00:00:00.000Z",
      });
      expect(page.nextCursor).toBeNull();
    });

    it("pages through every article once, in order, even when creation times tie", async () => {
      const tie = new Date("2024-03-03T03:03:03.333Z");
      for (let i = 0; i < 4; i++) await insertArticleAt(t.db, `Tied ${i}`, tie);
      for (let i = 0; i < 3; i++) await insertArticleAt(t.db, `Older ${i}`, new Date(tie.getTime() - (i + 1) * 1000));
      for (let i = 0; i < 3; i++) await createArticle(t.db, input({ text: `Newer ${i}` }));

      const all = (await listArticles(t.db, null, { limit: 200 })).items;
      expect(all).toHaveLength(10);
      const sorted = [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      expect(all.map((a) => a.id)).toEqual(sorted.map((a) => a.id));

      for (const limit of [1, 3, 4]) {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await listArticles(t.db, null, { cursor, limit });
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items.map((a) => a.id));
          cursor = page.nextCursor ?? undefined;
          pages++;
        } while (cursor && pages < 20);
        expect(seen).toEqual(all.map((a) => a.id));
        expect(pages).toBe(Math.ceil(10 / limit));
      }
    });

    it("gives no next cursor when the last page is exactly full", async () => {
      for (let i = 0; i < 2; i++) await createArticle(t.db, input({ text: `Article ${i}` }));
      const page = await listArticles(t.db, null, { limit: 2 });
      expect(page.items).toHaveLength(2);
      expect(page.nextCursor).toBeNull();
    });

    it.each([
      ["not base64 JSON", "garbage!"],
      ["a JSON value of the wrong shape", Buffer.from(JSON.stringify({ a: 1 })).toString("base64url")],
      ["an id that is not a UUID", Buffer.from(JSON.stringify(["2024-01-01T00:00:00.000Z", "x'; drop table articles; --"])).toString("base64url")],
      ["a date that is not a date", Buffer.from(JSON.stringify(["yesterday", "00000000-0000-4000-8000-000000000000"])).toString("base64url")],
    ])("refuses a cursor that is %s", async (_name, cursor) => {
      await createArticle(t.db, input({ text: "Still here." }));
      await expect(listArticles(t.db, null, { cursor, limit: 5 })).rejects.toMatchObject({
        code: "invalid",
        details: { issues: [{ path: "cursor", message: "is not a cursor this server issued" }] },
      });
      expect(await countRows(t.db, articles)).toBe(1);
    });

    it("accepts a cursor past the last article as an empty page", async () => {
      await createArticle(t.db, input({ text: "Only one." }));
      const cursor = encodeCursor(new Date("2000-01-01T00:00:00Z"), "00000000-0000-4000-8000-000000000000");
      expect(await listArticles(t.db, null, { cursor, limit: 5 })).toEqual({ items: [], nextCursor: null });
    });
  });

  it("starts every test from empty tables", async () => {
    expect(Object.values(await countAll(t.db)).every((n) => n === 0)).toBe(true);
  });
});
