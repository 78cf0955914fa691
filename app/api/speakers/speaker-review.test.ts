import { describe, expect, it } from "vitest";
import { POST as createSpeakerRoute } from "./route";
import { GET as listSpeakersRoute } from "./route";
import { DELETE as deleteSpeakerRoute, GET as getSpeakerRoute, PATCH as patchSpeakerRoute } from "./[id]/route";
import { POST as mergeRoute } from "./[id]/merge/route";
import { GET as claimsRoute } from "./[id]/claims/route";
import { GET as statsRoute } from "./[id]/stats/route";
import { GET as suggestionsRoute } from "../articles/[id]/speaker-suggestions/route";
import { POST as createArticleRoute } from "../articles/route";
import { POST as createClaimRoute } from "../articles/[id]/claims/route";
import { call, testAdmin, useRouteDatabase } from "../_lib/testing";

useRouteDatabase();

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const TEXT = "Russia may act, the council warned. “We will closely monitor Wagner,” Kirby added. He said talks would resume.";

async function speaker(json: unknown): Promise<{ id: string; name: string }> {
  const response = await call(createSpeakerRoute, { path: "/api/speakers", json });
  expect(response.status).toBe(201);
  return response.body;
}

async function article(): Promise<{ id: string; text: string }> {
  const response = await call(createArticleRoute, { path: "/api/articles", json: { title: "Kirby on Wagner", text: TEXT, publishedAt: "2023-11-21" } });
  expect(response.status).toBe(201);
  return response.body;
}

async function claim(articleId: string, quote: string, speakerId: string, confidence = "high") {
  const start = TEXT.indexOf(quote);
  const response = await call(createClaimRoute, {
    path: `/api/articles/${articleId}/claims`,
    params: { id: articleId },
    json: { start, end: start + quote.length, kind: "attributed", speakerId, confidence, cue: "added" },
  });
  expect(response.status).toBe(201);
  return response.body as { id: string };
}

describe("PATCH and DELETE /api/speakers/{id}", () => {
  it("renames a speaker: 200; a taken name: 409 naming its holder; an empty change: 422; unknown: 404", async () => {
    const kirby = await speaker({ name: "Jon Kirby" });
    await speaker({ name: "Vladimir Putin", aliases: ["Putin"] });
    const renamed = await call(patchSpeakerRoute, { method: "PATCH", params: { id: kirby.id }, json: { name: "John Kirby", description: "NSC" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "John Kirby", description: "NSC", confidenceCounts: { low: 0, moderate: 0, high: 0 }, latestClaimAt: null });
    const taken = await call(patchSpeakerRoute, { method: "PATCH", params: { id: kirby.id }, json: { name: "putin" } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toBe("“putin” is already used by the speaker Vladimir Putin; choose another name.");
    expect((await call(patchSpeakerRoute, { method: "PATCH", params: { id: kirby.id }, json: {} })).status).toBe(422);
    expect((await call(patchSpeakerRoute, { method: "PATCH", params: { id: UNKNOWN_ID }, json: { name: "x" } })).status).toBe(404);
  });

  it("deletes a speaker without claims: 204; refuses one with claims: 409 saying how many and where", async () => {
    const idle = await speaker({ name: "Nobody" });
    expect((await call(deleteSpeakerRoute, { method: "DELETE", params: { id: idle.id } })).status).toBe(204);
    expect((await call(getSpeakerRoute, { params: { id: idle.id } })).status).toBe(404);
    const kirby = await speaker({ name: "John Kirby" });
    const a = await article();
    await claim(a.id, "We will closely monitor Wagner", kirby.id);
    const refused = await call(deleteSpeakerRoute, { method: "DELETE", params: { id: kirby.id } });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/^John Kirby still has 1 claim, in the article “Kirby on Wagner”\./),
      details: { claimCount: 1, articleCount: 1, articles: [{ id: a.id, title: "Kirby on Wagner", claimCount: 1 }] },
    });
  });
});

describe("POST /api/speakers/{id}/merge", () => {
  it("previews with ?preview=true and writes nothing, then merges", async () => {
    const john = await speaker({ name: "John Kirby" });
    const kirby = await speaker({ name: "Kirby", aliases: ["Admiral Kirby"] });
    const a = await article();
    await claim(a.id, "We will closely monitor Wagner", kirby.id);
    const preview = await call(mergeRoute, { path: `/api/speakers/${john.id}/merge?preview=true`, params: { id: john.id }, json: { fromId: kirby.id } });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ claimsMoving: 1, aliasesMoving: ["Admiral Kirby"], nameBecomesAlias: "Kirby", result: { claimCount: 1 } });
    expect((await call(getSpeakerRoute, { params: { id: kirby.id } })).status).toBe(200);

    const merged = await call(mergeRoute, { path: `/api/speakers/${john.id}/merge`, params: { id: john.id }, json: { fromId: kirby.id } });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ claimsMoved: 1, speaker: { name: "John Kirby", aliases: ["Admiral Kirby", "Kirby"], claimCount: 1 } });
    expect((await call(getSpeakerRoute, { params: { id: kirby.id } })).status).toBe(404);
  });

  it("answers 404 for a merged-away speaker, naming the speaker who stayed, with where to go for scripts", async () => {
    const john = await speaker({ name: "John Kirby" });
    const kirby = await speaker({ name: "Kirby" });
    const before = Date.now();
    expect((await call(mergeRoute, { path: `/api/speakers/${john.id}/merge`, params: { id: john.id }, json: { fromId: kirby.id } })).status).toBe(200);

    const gone = await call(getSpeakerRoute, { params: { id: kirby.id } });
    expect(gone.status).toBe(404);
    expect(gone.body.error).toEqual({
      code: "not_found",
      message: `No speaker has the id ${kirby.id}: “Kirby” was merged into John Kirby.`,
      details: { mergedInto: { id: john.id, name: "John Kirby" }, mergedAt: expect.any(String), mergedBy: { id: testAdmin().id, name: "Ada Admin" } },
    });
    expect(Date.parse(gone.body.error.details.mergedAt)).toBeGreaterThanOrEqual(before - 1000);
    // A speaker deleted rather than merged, or never known: the plain 404.
    const idle = await speaker({ name: "Nobody" });
    expect((await call(deleteSpeakerRoute, { method: "DELETE", params: { id: idle.id } })).status).toBe(204);
    for (const id of [idle.id, UNKNOWN_ID]) {
      expect((await call(getSpeakerRoute, { params: { id } })).body.error).toEqual({ code: "not_found", message: `No speaker has the id ${id}.` });
    }
  });

  it("refuses a merge into themself or of an unknown speaker: 422; a bad body: 422; an unknown target: 404", async () => {
    const john = await speaker({ name: "John Kirby" });
    const post = (id: string, json: unknown, path = `/api/speakers/${id}/merge`) => call(mergeRoute, { path, params: { id }, json });
    expect((await post(john.id, { fromId: john.id })).status).toBe(422);
    expect((await post(john.id, { fromId: UNKNOWN_ID })).body.error.details.issues).toEqual([{ path: "fromId", message: "no such speaker" }]);
    expect((await post(john.id, { fromId: "kirby" })).status).toBe(422);
    expect((await post(john.id, { fromId: UNKNOWN_ID }, `/api/speakers/${john.id}/merge?preview=maybe`)).status).toBe(422);
    expect((await post(UNKNOWN_ID, { fromId: john.id })).status).toBe(404);
  });
});

describe("GET /api/speakers/{id}/claims and /stats", () => {
  it("pages a speaker's claims with filters and a cursor, each with its sentence", async () => {
    const kirby = await speaker({ name: "John Kirby" });
    const a = await article();
    const monitor = await claim(a.id, "We will closely monitor Wagner", kirby.id, "high");
    const talks = await claim(a.id, "talks would resume", kirby.id, "low");
    const first = await call(claimsRoute, { path: `/api/speakers/${kirby.id}/claims?limit=1`, params: { id: kirby.id } });
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      expect.objectContaining({ id: monitor.id, sentence: expect.objectContaining({ text: "“We will closely monitor Wagner,” Kirby added." }) }),
    ]);
    const second = await call(claimsRoute, { path: `/api/speakers/${kirby.id}/claims?limit=1&cursor=${first.body.nextCursor}`, params: { id: kirby.id } });
    expect(second.body).toMatchObject({ items: [{ id: talks.id }], nextCursor: null });
    const low = await call(claimsRoute, { path: `/api/speakers/${kirby.id}/claims?confidence=low`, params: { id: kirby.id } });
    expect(low.body.items.map((c: { id: string }) => c.id)).toEqual([talks.id]);
    const stats = await call(statsRoute, { params: { id: kirby.id } });
    expect(stats.body).toMatchObject({ confidenceCounts: { low: 1, moderate: 0, high: 1 }, articleCount: 1, cues: [{ cue: "added", count: 2 }] });
  });

  it("refuses bad filters: 422 naming them; an unknown speaker: 404", async () => {
    const kirby = await speaker({ name: "John Kirby" });
    const bad = await call(claimsRoute, { path: `/api/speakers/${kirby.id}/claims?confidence=sure&colour=red`, params: { id: kirby.id } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(["confidence", "colour"]);
    expect((await call(claimsRoute, { path: `/api/speakers/${UNKNOWN_ID}/claims`, params: { id: UNKNOWN_ID } })).status).toBe(404);
    expect((await call(statsRoute, { params: { id: "kirby" } })).status).toBe(404);
  });
});

describe("GET /api/speakers with sort and cursor", () => {
  it("pages the directory, keeping the picker's answer without them", async () => {
    await speaker({ name: "Bravo" });
    await speaker({ name: "Alpha" });
    const page = await call(listSpeakersRoute, { path: "/api/speakers?sort=name&limit=1" });
    expect(page.body).toMatchObject({ items: [{ name: "Alpha" }], nextCursor: expect.any(String) });
    const next = await call(listSpeakersRoute, { path: `/api/speakers?sort=name&limit=1&cursor=${page.body.nextCursor}` });
    expect(next.body).toMatchObject({ items: [{ name: "Bravo" }], nextCursor: null });
    expect((await call(listSpeakersRoute, { path: "/api/speakers?sort=loudest" })).status).toBe(422);
    expect(Object.keys((await call(listSpeakersRoute, { path: "/api/speakers?q=a" })).body)).toEqual(["items"]);
  });
});

describe("GET /api/articles/{id}/speaker-suggestions", () => {
  it("offers the speakers named in the claim's sentence or the one before, nearest first", async () => {
    const kirby = await speaker({ name: "John Kirby" });
    await speaker({ name: "National Security Council", kind: "organization", aliases: ["the council"] });
    await speaker({ name: "Vladimir Putin" });
    const a = await article();
    const start = TEXT.indexOf("We will");
    const response = await call(suggestionsRoute, { path: `/api/articles/${a.id}/speaker-suggestions?start=${start}&end=${start + 7}`, params: { id: a.id } });
    expect(response.status).toBe(200);
    expect(response.body.items.map((s: { name: string }) => s.name)).toEqual(["John Kirby", "National Security Council"]);
    expect(response.body.items[0].id).toBe(kirby.id);
  });

  it("refuses a span outside the text: 422; a missing one: 422; an unknown article: 404", async () => {
    const a = await article();
    const get = (id: string, query: string) => call(suggestionsRoute, { path: `/api/articles/${id}/speaker-suggestions?${query}`, params: { id } });
    expect((await get(a.id, "start=5&end=100000")).status).toBe(422);
    expect((await get(a.id, "start=5")).status).toBe(422);
    expect((await get(UNKNOWN_ID, "start=0&end=4")).status).toBe(404);
  });
});
