import { describe, expect, it } from "vitest";
import { POST as createArticle } from "./articles/route";
import { POST as createClaim } from "./articles/[id]/claims/route";
import { PATCH as patchClaim } from "./claims/[id]/route";
import { GET as listSpeakers, POST as createSpeaker } from "./speakers/route";
import { PATCH as patchSpeaker } from "./speakers/[id]/route";
import { POST as addAlias } from "./speakers/[id]/aliases/route";
import { DELETE as removeAlias } from "./speakers/[id]/aliases/[alias]/route";
import { POST as mergeSpeakers } from "./speakers/[id]/merge/route";
import { POST as importRoute } from "./import/route";
import { POST as createToken } from "./tokens/route";
import { POST as createUser } from "./users/route";
import { POST as createInvitation } from "./invitations/route";
import * as unknownRoute from "./[...path]/route";
import { call, createSignedInUser, useRouteDatabase, type CallOptions } from "./_lib/testing";
import { getDb } from "@/db/client";
import { backends, countAll } from "@/db/testing";
import { corpusArticle, KIRBY, sampleCorpus } from "@/lib/import/import-fixtures";

const TEXT = "Kirby said the talks had stalled. The ministry denied it.";
const NUL = "a\u0000b";

async function article() {
  return (await call(createArticle, { json: { text: TEXT } })).body.id as string;
}

/** Calls a route and checks that it refused with 422 and stored nothing. */
async function expectRefused<P>(handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>, options: CallOptions<P>) {
  const before = await countAll(await getDb());
  const response = await call(handler, options);
  expect(response.status, JSON.stringify(response.body)).toBe(422);
  expect(response.body.error.code).toBe("invalid");
  expect(await countAll(await getDb())).toEqual(before);
  return response;
}

describe.each(backends)("hardened inputs on $name", (backend) => {
  useRouteDatabase(backend);

  describe("U+0000 in text (finding 3)", () => {
    it("refuses it with 422 in every text field of a body, and stores nothing", async () => {
      const articleId = await article();
      const claim = (await call(createClaim, { params: { id: articleId }, json: { start: 0, end: 5, kind: "attributed", speaker: "Kirby", confidence: "low" } })).body;
      const speakerId = claim.speaker.id as string;
      await expectRefused(createArticle, { json: { title: NUL, text: TEXT } });
      for (const field of [{ speaker: NUL }, { cue: NUL }, { note: NUL }]) {
        await expectRefused(createClaim, { params: { id: articleId }, json: { start: 0, end: 5, kind: "attributed", speaker: "Kirby", confidence: "low", ...field } });
      }
      await expectRefused(patchClaim, { method: "PATCH", params: { id: claim.id }, json: { version: 1, note: NUL } });
      await expectRefused(createSpeaker, { json: { name: NUL } });
      await expectRefused(createSpeaker, { json: { name: "Ana", description: NUL } });
      await expectRefused(createSpeaker, { json: { name: "Ana", aliases: [NUL] } });
      await expectRefused(patchSpeaker, { method: "PATCH", params: { id: speakerId }, json: { name: NUL } });
      await expectRefused(addAlias, { params: { id: speakerId }, json: { alias: NUL } });
      await expectRefused(removeAlias, { method: "DELETE", params: { id: speakerId, alias: "a%00b" } });
      const { cookie } = await createSignedInUser("analyst");
      await expectRefused(createToken, { session: cookie, json: { name: NUL } });
      await expectRefused(createUser, { json: { name: NUL, email: "nul@example.org", password: "a long enough password", role: "viewer" } });
      await expectRefused(createInvitation, { json: { name: NUL, email: "nul@example.org", role: "viewer" } });
      const corpus = sampleCorpus();
      corpus.articles[0]!.claims[0]!.note = NUL;
      const refused = await expectRefused(importRoute, { path: "/api/import", json: corpus });
      expect(refused.body.error.details.issues).toContainEqual({ path: "articles[0].claims[0].note", message: expect.stringMatching(/U\+0000/) });
    });

    it("refuses it in the speaker search with 422", async () => {
      const response = await call(listSpeakers, { path: "/api/speakers?q=%00" });
      expect(response.status).toBe(422);
    });

    it("drops it from an article's text, which is normalised anyway", async () => {
      const response = await call(createArticle, { json: { text: "Kirby\u0000 said so." } });
      expect(response.status).toBe(201);
      expect(response.body.text).toBe("Kirby said so.");
    });
  });

  describe("whole numbers past an integer column (finding 4)", () => {
    const big = 2 ** 31;

    it("refuses an imported claim version over 2,147,483,647 in the dry run and the import alike", async () => {
      const corpus = { format: "claimlens/1", exportedAt: "2024-01-02T03:04:05.006Z", speakers: [], articles: [corpusArticle(TEXT, [{ quote: "the talks" }])] };
      corpus.articles[0]!.claims[0]!.version = big;
      const dry = await call(importRoute, { path: "/api/import?dryRun=true", json: corpus });
      expect(dry.status).toBe(200);
      expect(dry.body.ok).toBe(false);
      expect(dry.body.issues).toContainEqual({ path: "articles[0].claims[0].version", message: "must be at most 2,147,483,647" });
      await expectRefused(importRoute, { path: "/api/import", json: corpus });
    });

    it("refuses offsets and versions past it in claim writes with 422", async () => {
      const articleId = await article();
      await expectRefused(createClaim, { params: { id: articleId }, json: { start: 0, end: big, kind: "reporter", confidence: "low" } });
      const claim = (await call(createClaim, { params: { id: articleId }, json: { start: 0, end: 5, kind: "reporter", confidence: "low" } })).body;
      await expectRefused(patchClaim, { method: "PATCH", params: { id: claim.id }, json: { version: big, note: "x" } });
      const deleted = await call(patchClaim, { method: "PATCH", params: { id: claim.id }, json: { version: 2 ** 53, note: "x" } });
      expect(deleted.status).toBe(422);
    });
  });

  describe("ids in another letter case (finding 5)", () => {
    it("refuses merging a speaker into themself with the id in capitals, preview and merge alike", async () => {
      const speaker = (await call(createSpeaker, { json: { name: "John Kirby" } })).body;
      for (const path of ["/api/speakers/x/merge?preview=true", "/api/speakers/x/merge"]) {
        const response = await expectRefused(mergeSpeakers, { path, params: { id: speaker.id }, json: { fromId: speaker.id.toUpperCase() } });
        expect(response.body.error.details.issues).toEqual([{ path: "fromId", message: "is the same speaker" }]);
      }
    });

    it("finds a claim's speaker by an id in capitals", async () => {
      const articleId = await article();
      const speaker = (await call(createSpeaker, { json: { name: KIRBY.name } })).body;
      const response = await call(createClaim, {
        params: { id: articleId.toUpperCase() },
        json: { start: 0, end: 5, kind: "attributed", speakerId: speaker.id.toUpperCase(), confidence: "low" },
      });
      expect(response.status).toBe(201);
      expect(response.body.speaker.id).toBe(speaker.id);
    });
  });

  it("tags 30 claims at once naming the same new speaker: all are created, with one speaker (finding 7)", async () => {
    const articleId = await article();
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        call(createClaim, { params: { id: articleId }, json: { start: 0, end: 5, kind: "attributed", speaker: "Maria Zakharova", confidence: "low" } }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(201));
    expect(new Set(responses.map((r) => r.body.speaker.id)).size).toBe(1);
    expect((await call(listSpeakers, { path: "/api/speakers?q=Zakharova" })).body.items).toHaveLength(1);
  });
});

describe("an unknown /api address (finding 8)", () => {
  it.each(["GET", "POST", "PUT", "PATCH", "DELETE"] as const)("answers %s with the JSON error shape, 404 not_found", async (method) => {
    const response = await call(unknownRoute[method], { method, path: "/api/nothing/here", params: { path: ["nothing", "here"] }, as: null });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.body.error).toEqual({ code: "not_found", message: "No API endpoint is at " + method + " /api/nothing/here. The README lists the API." });
  });
});
