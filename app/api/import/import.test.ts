import { describe, expect, it } from "vitest";
import { POST as importRoute } from "./route";
import { POST as createArticle } from "../articles/route";
import { POST as createClaim } from "../articles/[id]/claims/route";
import { GET as exportArticle } from "../articles/[id]/export/route";
import { GET as getClaim } from "../claims/[id]/route";
import { call, createTestUser, useRouteDatabase, type TestUser } from "../_lib/testing";
import { getDb } from "@/db/client";
import { backends, countAll } from "@/db/testing";
import { sampleCorpus } from "@/lib/import/import-fixtures";

useRouteDatabase();

describe("POST /api/import", () => {
  it("imports a document and answers with the report", async () => {
    const response = await call(importRoute, { path: "/api/import", json: sampleCorpus() });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ok: true, changed: true, summary: { articles: { created: 2 }, claims: { created: 4 } } });
  });

  it("reports without writing in a dry run", async () => {
    const before = await countAll(await getDb());
    const response = await call(importRoute, { path: "/api/import?dryRun=true", json: sampleCorpus() });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ dryRun: true, ok: true, changed: false, summary: { articles: { created: 2 } } });
    expect(await countAll(await getDb())).toEqual(before);
  });

  it("refuses a document with problems: 422 listing each with its path, nothing written", async () => {
    const corpus = sampleCorpus();
    corpus.articles[1]!.claims[0]!.end = 5120;
    corpus.articles[0]!.claims[1]!.quote = "nothing like it";
    const before = await countAll(await getDb());
    const response = await call(importRoute, { path: "/api/import", json: corpus });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("invalid");
    expect(response.body.error.message).toMatch(/^Nothing was imported: the document has 2 problems/);
    expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(["articles[0].claims[1].quote", "articles[1].claims[0].end"]);
    expect(response.body.error.details.report.summary.articles.created).toBe(2);
    expect(await countAll(await getDb())).toEqual(before);
  });

  it("refuses a body over 50 MB with 413 and says how to import it instead", async () => {
    const before = await countAll(await getDb());
    const response = await call(importRoute, {
      path: "/api/import",
      body: "{}",
      headers: { "content-type": "application/json", "content-length": String(60 * 1024 * 1024) },
    });
    expect(response.status).toBe(413);
    expect(response.body.error.message).toContain("npm run import");
    expect(await countAll(await getDb())).toEqual(before);
  });

  it("refuses a streamed body that grows past 50 MB", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ > 51) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await call(importRoute, { path: "/api/import", body, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(413);
  });

  it("refuses a bad dryRun value and a body that is not JSON", async () => {
    expect((await call(importRoute, { path: "/api/import?dryRun=maybe", json: {} })).status).toBe(422);
    expect((await call(importRoute, { path: "/api/import", body: "{", headers: { "content-type": "application/json" } })).status).toBe(400);
  });
});

describe.each(backends)("importing over colleagues' claims on $name (finding 1 of issue 10)", (backend) => {
  useRouteDatabase(backend);

  /** Ana's article with one claim of hers, exported by `as` and changed: the note rewritten, the version raised. */
  async function rewrittenByOther(as: TestUser) {
    const ana = await createTestUser("analyst", "Ana Analyst");
    const article = (await call(createArticle, { as: ana, json: { text: "Kirby said the talks had stalled. The ministry denied it." } })).body;
    const claim = (await call(createClaim, { as: ana, params: { id: article.id }, json: { start: 0, end: 5, kind: "attributed", speaker: "John Kirby", confidence: "high", note: "Ana's reading" } })).body;
    const document = (await call(exportArticle, { as, params: { id: article.id } })).body;
    document.claims[0].note = "Rewritten";
    document.claims[0].confidence = "low";
    document.claims[0].version += 1;
    return { ana, claim, document };
  }

  it("shows an analyst's change to a colleague's claim as refused in the dry run, and refuses the import whole with 403", async () => {
    const bob = await createTestUser("analyst", "Bob Analyst");
    const { ana, claim, document } = await rewrittenByOther(bob);
    // A claim of Bob's own in the same document is not enough to let the rest through.
    document.claims.push({ ...document.claims[0], id: "5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d", note: "Bob's own", version: 1 });

    const dry = await call(importRoute, { as: bob, path: "/api/import?dryRun=true", json: document });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ ok: false, issues: [] });
    expect(dry.body.refused).toEqual([
      { path: "claims[0]", id: claim.id, articleTitle: document.article.title, owner: { id: ana.id, name: "Ana Analyst" }, message: expect.stringContaining("Ana Analyst's") },
    ]);

    const before = await countAll(await getDb());
    const response = await call(importRoute, { as: bob, path: "/api/import", json: document });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("forbidden");
    expect(response.body.error.message).toMatch(/^Nothing was imported: the document changes 1 claim tagged by someone else \(claims\[0\], Ana Analyst's\)/);
    expect(response.body.error.details.refused.map((r: { id: string }) => r.id)).toEqual([claim.id]);
    expect(await countAll(await getDb())).toEqual(before);
    expect((await call(getClaim, { params: { id: claim.id } })).body).toMatchObject({ note: "Ana's reading", confidence: "high", version: 1 });
  });

  it("lets an administrator import changes to anyone's claims", async () => {
    const { claim, document } = await rewrittenByOther(await createTestUser("admin", "Ada Second"));
    const response = await call(importRoute, { path: "/api/import", json: document });
    expect(response.status).toBe(200);
    expect(response.body.summary.claims.updated).toBe(1);
    expect((await call(getClaim, { params: { id: claim.id } })).body).toMatchObject({ note: "Rewritten", confidence: "low", version: 2 });
  });

  it("lets the author import changes to their own claims", async () => {
    const ana = await createTestUser("analyst", "Ana Analyst");
    const article = (await call(createArticle, { as: ana, json: { text: "Kirby said the talks had stalled." } })).body;
    const claim = (await call(createClaim, { as: ana, params: { id: article.id }, json: { start: 0, end: 5, kind: "reporter", confidence: "high" } })).body;
    const document = (await call(exportArticle, { as: ana, params: { id: article.id } })).body;
    document.claims[0].note = "Second thoughts";
    document.claims[0].version += 1;
    const response = await call(importRoute, { as: ana, path: "/api/import", json: document });
    expect(response.status).toBe(200);
    expect((await call(getClaim, { params: { id: claim.id } })).body.note).toBe("Second thoughts");
  });
});
