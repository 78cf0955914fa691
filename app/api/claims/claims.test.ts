import { beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteClaim, GET as getClaim, PATCH as patchClaim } from "./[id]/route";
import { POST as createArticle } from "../articles/route";
import { POST as createClaim } from "../articles/[id]/claims/route";
import { call, useRouteDatabase } from "../_lib/testing";

useRouteDatabase();

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const TEXT = "Russia could provide air defense, the council warned. “We will watch,” Kirby added.";

let claim: { id: string; version: number; start: number; end: number; quote: string };

beforeEach(async () => {
  const article = await call(createArticle, { path: "/api/articles", json: { text: TEXT } });
  const start = TEXT.indexOf("We will watch");
  const created = await call(createClaim, {
    params: { id: article.body.id },
    json: { start, end: start + "We will watch".length, kind: "attributed", speaker: "John Kirby", confidence: "moderate" },
  });
  expect(created.status).toBe(201);
  claim = created.body;
});

const patch = (json: unknown, id = claim.id) => call(patchClaim, { method: "PATCH", params: { id }, json });

describe("GET /api/claims/{id}", () => {
  it("gets a claim: 200", async () => {
    const response = await call(getClaim, { params: { id: claim.id } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(claim);
  });

  it.each([UNKNOWN_ID, "not-an-id"])("answers 404 for %s", async (id) => {
    const response = await call(getClaim, { params: { id } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "not_found", message: `No claim has the id ${id}.` } });
  });
});

describe("PATCH /api/claims/{id}", () => {
  it("changes a claim: 200 with the next version", async () => {
    const start = TEXT.indexOf("Russia");
    const response = await patch({ version: 1, start, end: start + 6, kind: "reporter", confidence: "high", note: "checked" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: claim.id, version: 2, quote: "Russia", kind: "reporter", speaker: null, confidence: "high", note: "checked" });
  });

  it("refuses a stale version: 409 with the current claim, and changes nothing", async () => {
    const current = (await patch({ version: 1, note: "first" })).body;
    const response = await patch({ version: 1, note: "second" });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: "conflict", message: expect.stringMatching(/changed by someone else/) });
    expect(response.body.error.details.current).toEqual(current);
    expect((await call(getClaim, { params: { id: claim.id } })).body).toEqual(current);
  });

  it.each([
    ["no version", { note: "x" }, "version"],
    ["version zero", { version: 0 }, "version"],
    ["an unknown confidence", { version: 1, confidence: "sure" }, "confidence"],
    ["a field the server computes", { version: 1, quote: "x" }, "(body)"],
  ])("refuses %s: 422", async (_name, json, path) => {
    const response = await patch(json);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("invalid");
    expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it("refuses a span the text does not have: 422", async () => {
    const response = await patch({ version: 1, end: TEXT.length + 5 });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toMatch(/selected span is not valid/);
  });

  it("refuses malformed JSON and the wrong content type: 400", async () => {
    const broken = await call(patchClaim, { method: "PATCH", params: { id: claim.id }, body: "{version: 1}", headers: { "content-type": "application/json" } });
    expect(broken.status).toBe(400);
    const text = await call(patchClaim, { method: "PATCH", params: { id: claim.id }, body: '{"version":1}', headers: { "content-type": "text/plain" } });
    expect(text.status).toBe(400);
    expect(text.body.error.code).toBe("malformed");
  });

  it("refuses a body over 64 KB: 413", async () => {
    const response = await patch({ version: 1, note: "n".repeat(65 * 1024) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("too_large");
  });

  it("answers 404 for an unknown claim", async () => {
    expect((await patch({ version: 1 }, UNKNOWN_ID)).status).toBe(404);
    expect((await patch({ version: 1 }, "x")).status).toBe(404);
  });
});

describe("DELETE /api/claims/{id}", () => {
  it("deletes a claim: 204, then 404", async () => {
    const response = await call(deleteClaim, { method: "DELETE", params: { id: claim.id } });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect((await call(deleteClaim, { method: "DELETE", params: { id: claim.id } })).status).toBe(404);
    expect((await call(getClaim, { params: { id: claim.id } })).status).toBe(404);
  });
});
