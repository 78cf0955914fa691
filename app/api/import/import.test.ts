import { describe, expect, it } from "vitest";
import { POST as importRoute } from "./route";
import { call, useRouteDatabase } from "../_lib/testing";
import { getDb } from "@/db/client";
import { countAll } from "@/db/testing";
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
