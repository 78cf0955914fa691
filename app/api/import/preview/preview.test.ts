import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as preview } from "./route";
import { POST as createArticle } from "../../articles/route";
import { GET as getArticle } from "../../articles/[id]/route";
import { call, createTestUser, useRouteDatabase, type TestUser } from "../../_lib/testing";
import { startPageServer, type PageServer } from "@/server/page-server";
import { getDb } from "@/db/client";
import { countRows } from "@/db/testing";
import { articles, pageSnapshots } from "@/db/schema";
import { snapshotHtml } from "@/db/web-import/snapshots";

let pages: PageServer;
// Before the database (and so the environment) is read: the test server is the one host the guard lets through.
beforeAll(async () => {
  pages = await startPageServer();
  vi.stubEnv("CLAIMLENS_FETCH_ALLOW_HOSTS", pages.hostPort);
});
useRouteDatabase();
afterAll(() => pages.close());

const previewOf = (json: unknown, as?: TestUser) => call(preview, { path: "/api/import/preview", json, as });

describe("POST /api/import/preview", () => {
  it("fetches and extracts a page, keeps its HTML compressed for a day, and stores no article", async () => {
    const response = await previewOf({ url: `${pages.origin}/news` });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      title: "Kirby warns on air defense",
      byline: "Mike Brest",
      siteName: "Washington Examiner",
      sourceUrl: `${pages.origin}/news`,
      canonicalUrl: `${pages.origin}/news/kirby`,
      snapshotId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(response.body.text).toMatch(/^Russia could provide/);
    expect(response.body.removed.length).toBeGreaterThan(3);
    expect(response.body.formatting).toContainEqual({ type: "heading", start: expect.any(Number), end: expect.any(Number), level: 2 });
    const db = await getDb();
    expect(await countRows(db, articles)).toBe(0);
    expect(await snapshotHtml(db, response.body.snapshotId)).toContain("application/ld+json");
  });

  it("extracts pasted HTML with the address it came from", async () => {
    const response = await previewOf({ html: "<p>One <b>bold</b> word and <a href='/x'>a link</a>.</p>", url: "https://news.example/a" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      text: "One bold word and a link.",
      sourceUrl: "https://news.example/a",
      fetchedAt: null,
      formatting: [
        { type: "bold", start: 4, end: 8 },
        { type: "link", start: 18, end: 24, href: "https://news.example/x" },
      ],
    });
  });

  it("refuses what the guard refuses with a 422 saying why, and stores nothing", async () => {
    for (const [url, pattern] of [
      ["http://169.254.169.254/latest/meta-data/", /cloud metadata service/],
      ["http://[::ffff:127.0.0.1]/", /loopback/],
      ["file:///etc/passwd", /Only http and https/],
      [`${pages.origin}/pdf`, /application\/pdf, not a web page/],
    ] as const) {
      const response = await previewOf({ url });
      expect(response.status).toBe(422);
      expect(response.body.error.message).toMatch(pattern);
    }
    expect(await countRows(await getDb(), pageSnapshots)).toBe(0);
  });

  it("lets only analysts and admins preview", async () => {
    const viewer = await createTestUser("viewer");
    expect((await previewOf({ html: "<p>x</p>" }, viewer)).status).toBe(403);
    expect((await previewOf({ html: "<p>x</p>" }, await createTestUser("analyst"))).status).toBe(200);
  });

  it("refuses a body with neither url nor html", async () => {
    const response = await previewOf({ text: "x" });
    expect(response.status).toBe(422);
  });
});

describe("POST /api/articles from a confirmed preview", () => {
  it("stores the confirmed text with its formatting, metadata, fetch time and page; GET answers them", async () => {
    const { body: p } = await previewOf({ url: `${pages.origin}/news` });
    const created = await call(createArticle, {
      path: "/api/articles",
      json: {
        title: p.title, text: p.text, sourceUrl: p.sourceUrl, publishedAt: p.publishedAt, byline: p.byline, siteName: p.siteName,
        modifiedAt: p.modifiedAt, language: p.language, canonicalUrl: p.canonicalUrl, formatting: p.formatting, snapshotId: p.snapshotId,
      },
    });
    expect(created.status).toBe(201);
    const { body: article } = await call(getArticle, { path: `/api/articles/${created.body.id}`, params: { id: created.body.id } });
    expect(article).toMatchObject({ text: p.text, byline: "Mike Brest", siteName: "Washington Examiner", language: "en", formatting: p.formatting, fetchedAt: p.fetchedAt });
    // A preview is imported once.
    const again = await call(createArticle, { path: "/api/articles", json: { text: p.text, snapshotId: p.snapshotId } });
    expect(again.status).toBe(422);
    expect(again.body.error.details.issues[0].path).toBe("snapshotId");
  });

  it("refuses a formatting range outside the text or a link that is not http(s): 422, nothing stored", async () => {
    for (const formatting of [[{ type: "bold", start: 0, end: 99 }], [{ type: "link", start: 0, end: 3, href: "javascript:alert(1)" }], [{ type: "heading", start: 0, end: 3 }]]) {
      const response = await call(createArticle, { path: "/api/articles", json: { text: "Short text.", formatting } });
      expect(response.status).toBe(422);
    }
    expect(await countRows(await getDb(), articles)).toBe(0);
  });
});
