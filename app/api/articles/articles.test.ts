import { describe, expect, it } from "vitest";
import { GET as listArticles, POST as createArticle } from "./route";
import { DELETE as deleteArticle, GET as getArticle } from "./[id]/route";
import { GET as listClaims, POST as createClaim } from "./[id]/claims/route";
import { GET as exportArticle } from "./[id]/export/route";
import { call, useRouteDatabase } from "../_lib/testing";
import { MAX_ARTICLE_BYTES } from "@/lib/model";
import { CLAIMS_TABLE_FORMAT, expandClaimsTable } from "@/lib/claims/claims-table";

useRouteDatabase();

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const TEXT = "Russia could provide air defense, the council warned.\n\n“We will watch,” Kirby added.";

async function importArticle(json: unknown = { text: TEXT }) {
  const response = await call(createArticle, { path: "/api/articles", json });
  expect(response.status).toBe(201);
  return response.body as { id: string; text: string; title: string };
}

/** The error body every failure has, with nothing else in it. */
function expectError(response: { status: number; body: unknown }, status: number, code: string, message?: RegExp) {
  expect(response.status).toBe(status);
  expect(response.body).toEqual({
    error: expect.objectContaining({ code, message: message ? expect.stringMatching(message) : expect.any(String) }),
  });
  expect(Object.keys((response.body as { error: object }).error).every((k) => ["code", "message", "details"].includes(k))).toBe(true);
}

describe("POST /api/articles", () => {
  it("imports an article: 201 with its canonical text", async () => {
    const response = await call(createArticle, {
      path: "/api/articles",
      json: { text: "Headline here  \r\n\r\n\r\nBody.", sourceUrl: "https://example.com/a", publishedAt: "2023-11-21" },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      title: "Headline here",
      text: "Headline here\n\nBody.",
      sourceUrl: "https://example.com/a",
      publishedAt: "2023-11-21T00:00:00.000Z",
    });
    expect(response.body.textSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("imports Markdown: its markup becomes formatting, not text", async () => {
    const article = await importArticle({ text: "# Title\n\n**Bold** words", format: "markdown" });
    expect(article.text).toBe("Title\n\nBold words");
    expect((article as unknown as { formatting: unknown }).formatting).toEqual([
      { type: "heading", start: 0, end: 5, level: 1 },
      { type: "bold", start: 7, end: 11 },
    ]);
  });

  it("refuses a body that is not JSON: 400", async () => {
    const response = await call(createArticle, { path: "/api/articles", body: '{"text": "x"', headers: { "content-type": "application/json" } });
    expectError(response, 400, "malformed", /not valid JSON/);
  });

  it("refuses the wrong content type: 400", async () => {
    const response = await call(createArticle, { path: "/api/articles", body: "text=hello", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expectError(response, 400, "malformed", /application\/json/);
  });

  it("refuses invalid fields: 422 with every issue", async () => {
    const response = await call(createArticle, { path: "/api/articles", json: { text: 5, sourceUrl: "ftp://x.y", format: "pdf" } });
    expectError(response, 422, "invalid", /^The article is not valid: /);
    expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(["text", "sourceUrl", "format"]);
  });

  it("refuses empty text: 422", async () => {
    const response = await call(createArticle, { path: "/api/articles", json: { text: " \n\n " } });
    expectError(response, 422, "invalid", /has no text/);
    expect(response.body.error.details).toEqual({ issues: [{ path: "text", message: "is empty" }] });
  });

  it("refuses text over 2 MB: 413", async () => {
    const response = await call(createArticle, { path: "/api/articles", json: { text: "a".repeat(MAX_ARTICLE_BYTES + 1) } });
    expectError(response, 413, "too_large", /the limit is 2 MB/);
  });

  it("refuses a body over the 3 MB limit: 413", async () => {
    const response = await call(createArticle, { path: "/api/articles", json: { text: "a".repeat(3 * 1024 * 1024) } });
    expectError(response, 413, "too_large", /request body is too large: the limit is 3 MB/);
  });

  it("stores nothing when it refuses", async () => {
    await call(createArticle, { path: "/api/articles", json: { text: "" } });
    await call(createArticle, { path: "/api/articles", json: { text: "x", extra: true } });
    expect((await call(listArticles, { path: "/api/articles" })).body).toEqual({ items: [], nextCursor: null });
  });
});

describe("GET /api/articles", () => {
  it("lists newest first, a page at a time", async () => {
    for (const title of ["One", "Two", "Three"]) await importArticle({ title, text: `${title} text.` });
    const first = await call(listArticles, { path: "/api/articles?limit=2" });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      sourceUrl: null,
      publishedAt: null,
      claimCount: 0,
      orphanCount: 0,
      pendingSuggestions: 0,
      createdAt: expect.any(String),
    });
    const second = await call(listArticles, { path: `/api/articles?limit=2&cursor=${first.body.nextCursor}` });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const titles = [...first.body.items, ...second.body.items].map((a: { title: string }) => a.title);
    expect(new Set(titles)).toEqual(new Set(["One", "Two", "Three"]));
  });

  it.each([
    ["/api/articles?limit=0", "limit"],
    ["/api/articles?limit=many", "limit"],
    ["/api/articles?cursor=not-a-cursor", "cursor"],
  ])("refuses %s: 422", async (path, field) => {
    const response = await call(listArticles, { path });
    expectError(response, 422, "invalid");
    expect(response.body.error.details.issues[0].path).toBe(field);
  });
});

describe("GET and DELETE /api/articles/{id}", () => {
  it("gets an article: 200", async () => {
    const article = await importArticle();
    const response = await call(getArticle, { params: { id: article.id } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(article);
  });

  it.each([
    ["an unknown id", UNKNOWN_ID],
    ["an id that is not a UUID", "42"],
  ])("answers 404 for %s", async (_name, id) => {
    expectError(await call(getArticle, { params: { id } }), 404, "not_found", new RegExp(`No article has the id ${id}`));
    expectError(await call(deleteArticle, { method: "DELETE", params: { id } }), 404, "not_found");
  });

  it("deletes an article: 204 with no body, then 404", async () => {
    const article = await importArticle();
    const response = await call(deleteArticle, { method: "DELETE", params: { id: article.id } });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect((await call(getArticle, { params: { id: article.id } })).status).toBe(404);
  });
});

describe("/api/articles/{id}/claims", () => {
  const claimOf = (text: string, quote: string) => {
    const start = text.indexOf(quote);
    return { start, end: start + quote.length };
  };

  it("creates a claim: 201 with the quote computed by the server", async () => {
    const article = await importArticle();
    const response = await call(createClaim, {
      params: { id: article.id },
      json: { ...claimOf(article.text, "We will watch"), kind: "attributed", speaker: "John Kirby", confidence: "high", cue: "added" },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ quote: "We will watch", kind: "attributed", speaker: { name: "John Kirby" }, cue: "added", version: 1 });
    const list = await call(listClaims, { params: { id: article.id } });
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ items: [response.body] });
    // The same claims as one table (what the workspace reads).
    const table = await call(listClaims, { params: { id: article.id }, path: `/api/articles/${article.id}/claims?format=table` });
    expect(table.status).toBe(200);
    expect(table.body).toMatchObject({ format: CLAIMS_TABLE_FORMAT, articleId: article.id, speakers: { [response.body.speaker.id]: "John Kirby" } });
    expect(expandClaimsTable(table.body)).toEqual([response.body]);
  });

  it("refuses a list format it does not know: 422 naming the formats", async () => {
    const article = await importArticle();
    const response = await call(listClaims, { params: { id: article.id }, path: `/api/articles/${article.id}/claims?format=csv` });
    expectError(response, 422, "invalid", /format: must be "list" or "table"/);
  });

  it("refuses a span outside the text: 422 naming the fields", async () => {
    const article = await importArticle();
    const response = await call(createClaim, {
      params: { id: article.id },
      json: { start: 0, end: article.text.length + 1, kind: "reporter", confidence: "low" },
    });
    expectError(response, 422, "invalid", /selected span is not valid/);
    expect(response.body.error.details.issues).toEqual([{ path: "end", message: `beyond the text (length ${article.text.length})` }]);
    expect((await call(listClaims, { params: { id: article.id } })).body.items).toEqual([]);
  });

  it("refuses fields the schema does not allow: 422", async () => {
    const article = await importArticle();
    const response = await call(createClaim, { params: { id: article.id }, json: { start: "0", end: 4, kind: "quote", confidence: "high" } });
    expectError(response, 422, "invalid", /^The claim is not valid: /);
  });

  it("refuses malformed JSON: 400", async () => {
    const article = await importArticle();
    expectError(await call(createClaim, { params: { id: article.id }, body: "{", headers: { "content-type": "application/json" } }), 400, "malformed");
  });

  it("refuses a body over 64 KB: 413", async () => {
    const article = await importArticle();
    const response = await call(createClaim, {
      params: { id: article.id },
      json: { start: 0, end: 4, kind: "reporter", confidence: "high", note: "n".repeat(70 * 1024) },
    });
    expectError(response, 413, "too_large", /limit is 64 KB/);
  });

  it("answers 404 for an unknown article", async () => {
    expectError(await call(listClaims, { params: { id: UNKNOWN_ID } }), 404, "not_found");
    expectError(await call(createClaim, { params: { id: UNKNOWN_ID }, json: { start: 0, end: 1, kind: "reporter", confidence: "low" } }), 404, "not_found");
    expectError(await call(createClaim, { params: { id: "nope" }, json: { start: 0, end: 1, kind: "reporter", confidence: "low" } }), 404, "not_found");
  });
});

describe("GET /api/articles/{id}/export", () => {
  it("downloads the claimlens/1 document", async () => {
    const article = await importArticle({ title: "Russia may provide air defense", text: TEXT });
    await call(createClaim, { params: { id: article.id }, json: { start: 0, end: 6, kind: "reporter", confidence: "high" } });
    const response = await call(exportArticle, { path: `/api/articles/${article.id}/export`, params: { id: article.id } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="russia-may-provide-air-defense\.claimlens\.json"/);
    expect(response.body).toMatchObject({ format: "claimlens/1", article: { id: article.id, text: TEXT }, claims: [{ quote: "Russia" }] });
  });

  it("answers 404 for an unknown article", async () => {
    expectError(await call(exportArticle, { path: `/api/articles/${UNKNOWN_ID}/export`, params: { id: UNKNOWN_ID } }), 404, "not_found");
  });
});
