import { describe, expect, it } from "vitest";
import { POST as createArticle } from "./route";
import { GET as listClaims, POST as createClaim } from "./[id]/claims/route";
import { PUT as saveText } from "./[id]/text/route";
import { GET as listRevisions } from "./[id]/revisions/route";
import { GET as getRevision } from "./[id]/revisions/[revision]/route";
import { POST as restoreRevision } from "./[id]/revisions/[revision]/restore/route";
import { call, useRouteDatabase } from "../_lib/testing";
import { countAll } from "@/db/testing";
import { getDb } from "@/db/client";
import { MAX_ARTICLE_BYTES } from "@/lib/model";

useRouteDatabase();

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const TEXT = "Russia could provide air defense, the council warned.\n\n“We will watch closely,” Kirby added.";

async function articleWithClaims() {
  const article = (await call(createArticle, { path: "/api/articles", json: { text: TEXT } })).body as { id: string };
  const quote = "We will watch closely";
  const start = TEXT.indexOf(quote);
  const claim = await call(createClaim, {
    params: { id: article.id },
    json: { start, end: start + quote.length, kind: "attributed", speaker: "John Kirby", confidence: "high" },
  });
  expect(claim.status).toBe(201);
  const lost = await call(createClaim, {
    params: { id: article.id },
    json: { start: 0, end: "Russia could provide air defense".length, kind: "reporter", confidence: "moderate" },
  });
  return { id: article.id, claimId: claim.body.id as string, lostId: lost.body.id as string };
}

const put = (id: string, json: unknown) => call(saveText, { method: "PUT", params: { id }, json });

describe("PUT /api/articles/{id}/text", () => {
  it("saves a new revision and answers with the report", async () => {
    const { id, claimId, lostId } = await articleWithClaims();
    const response = await put(id, { text: "A new first line.  \r\n\r\n\r\n“We will watch closely,” Kirby added.", baseRevision: 1 });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      revision: 2,
      previousRevision: 1,
      changed: true,
      counts: { exact: 0, moved: 1, fuzzy: 0, orphaned: 1 },
      claims: expect.arrayContaining([
        { id: claimId, outcome: "moved", oldQuote: "We will watch closely", newQuote: "We will watch closely" },
        { id: lostId, outcome: "orphaned", oldQuote: "Russia could provide air defense" },
      ]),
    });
    const claims = await call(listClaims, { params: { id } });
    const orphan = claims.body.items.find((c: { id: string }) => c.id === lostId);
    expect(orphan).toMatchObject({ status: "orphaned", start: null, end: null, quote: "Russia could provide air defense" });
  });

  it("normalises the text as an import does, and takes Markdown", async () => {
    const { id } = await articleWithClaims();
    expect((await put(id, { text: "# Heading\n\n**Bold** words", baseRevision: 1, format: "markdown" })).status).toBe(200);
    const revision = await call(getRevision, { params: { id, revision: "2" } });
    expect(revision.body.text).toBe("Heading\n\nBold words");
  });

  it("refuses a stale base revision with 409 and the latest revision number", async () => {
    const { id } = await articleWithClaims();
    await put(id, { text: `${TEXT}\n\nMore.`, baseRevision: 1 });
    const before = await countAll(await getDb());
    const response = await put(id, { text: `${TEXT}\n\nOther.`, baseRevision: 1 });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: "conflict", details: { currentRevision: 2 }, message: expect.stringContaining("revision 2 is the latest") });
    expect(await countAll(await getDb())).toEqual(before);
  });

  it.each([
    ["no text", { baseRevision: 1 }, 422, /text/],
    ["no base revision", { text: "New." }, 422, /baseRevision/],
    ["a base revision of 0", { text: "New.", baseRevision: 0 }, 422, /baseRevision/],
    ["an unknown field", { text: "New.", baseRevision: 1, title: "x" }, 422, /title/],
    ["only whitespace", { text: " \n\n \t", baseRevision: 1 }, 422, /no text/],
  ])("refuses %s and stores nothing", async (_name, json, status, message) => {
    const { id } = await articleWithClaims();
    const before = await countAll(await getDb());
    const response = await put(id, json);
    expect(response.status).toBe(status);
    expect(response.body.error.message).toMatch(message);
    expect(await countAll(await getDb())).toEqual(before);
  });

  it("refuses a text over the size limit: 413", async () => {
    const { id } = await articleWithClaims();
    const response = await put(id, { text: "a".repeat(MAX_ARTICLE_BYTES + 1), baseRevision: 1 });
    expect(response.status).toBe(413);
  });

  it("answers 404 for an unknown article", async () => {
    expect((await put(UNKNOWN_ID, { text: "New.", baseRevision: 1 })).status).toBe(404);
    expect((await put("not-an-id", { text: "New.", baseRevision: 1 })).status).toBe(404);
  });
});

describe("revisions", () => {
  it("lists, reads and restores revisions", async () => {
    const { id, lostId } = await articleWithClaims();
    await put(id, { text: "“We will watch closely,” Kirby added.", baseRevision: 1 });

    const list = await call(listRevisions, { params: { id } });
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { revision: number; current: boolean }) => [r.revision, r.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(list.body.nextCursor).toBeNull();
    const paged = await call(listRevisions, { path: `/api/articles/${id}/revisions?limit=1`, params: { id } });
    expect(paged.body).toMatchObject({ items: [{ revision: 2 }], nextCursor: "2" });
    const next = await call(listRevisions, { path: `/api/articles/${id}/revisions?limit=1&cursor=2`, params: { id } });
    expect(next.body).toMatchObject({ items: [{ revision: 1 }], nextCursor: null });

    const first = await call(getRevision, { params: { id, revision: "1" } });
    expect(first.body).toMatchObject({ revision: 1, text: TEXT, current: false });
    expect(first.body.claims.find((c: { id: string }) => c.id === lostId)).toMatchObject({ status: "anchored", start: 0 });

    const stale = await call(restoreRevision, { method: "POST", params: { id, revision: "1" }, json: { baseRevision: 1 } });
    expect(stale.status).toBe(409);
    const restored = await call(restoreRevision, { method: "POST", params: { id, revision: "1" }, json: { baseRevision: 2 } });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ revision: 3, counts: { orphaned: 0 } });
    const claims = await call(listClaims, { params: { id } });
    expect(claims.body.items.every((c: { status: string }) => c.status === "anchored")).toBe(true);
  });

  it.each([["0"], ["-1"], ["1.5"], ["abc"], ["99"]])("answers 404 for revision %s", async (revision) => {
    const { id } = await articleWithClaims();
    const response = await call(getRevision, { params: { id, revision } });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toMatch(/revision/);
  });

  it("refuses a bad list query: 422", async () => {
    const { id } = await articleWithClaims();
    expect((await call(listRevisions, { path: `/api/articles/${id}/revisions?cursor=x`, params: { id } })).status).toBe(422);
    expect((await call(listRevisions, { path: `/api/articles/${id}/revisions?limit=0`, params: { id } })).status).toBe(422);
  });
});
