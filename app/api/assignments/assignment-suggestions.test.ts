import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as createArticle, GET as listArticles } from "../articles/route";
import { GET as listClaims, POST as createClaim } from "../articles/[id]/claims/route";
import { POST as assign } from "../articles/[id]/assignments/route";
import { GET as listSuggestions, POST as computeSuggestions } from "../articles/[id]/suggestions/route";
import { POST as acceptAll } from "../articles/[id]/suggestions/accept-all/route";
import { POST as accept } from "../suggestions/[id]/accept/route";
import { POST as reject } from "../suggestions/[id]/reject/route";
import { DELETE as deleteClaim, PATCH as patchClaim } from "../claims/[id]/route";
import { POST as restoreClaim } from "../claims/[id]/restore/route";
import { POST as importRoute } from "../import/route";
import { GET as exportArticle } from "../articles/[id]/export/route";
import { GET as listSpeakers } from "../speakers/route";
import { GET as getSpeaker } from "../speakers/[id]/route";
import { GET as speakerStats } from "../speakers/[id]/stats/route";
import { POST as done } from "./[id]/done/route";
import { POST as reopen } from "./[id]/reopen/route";
import { call, createTestUser, useRouteDatabase, type TestUser } from "../_lib/testing";
import { ARTICLE } from "../suggestions/suggestion-fixtures";
import { getDb } from "@/db/client";
import { backends, countAll } from "@/db/testing";
import type { SuggestionDto } from "@/lib/suggestions/model";

// The detector is the attribution helper's (lib/attribution); these tests are about who sees and decides what.
vi.mock("@/lib/attribution", async () => ({ detectClaims: (await import("../suggestions/suggestion-fixtures")).fakeDetectClaims }));


let articleId: string;
let ana: TestUser;
let ben: TestUser;
let cleo: TestUser;
let ids: Record<string, string>;

const list = async (as: TestUser | undefined, status?: string): Promise<SuggestionDto[]> =>
  (await call(listSuggestions, { path: `/api/articles/${articleId}/suggestions${status ? `?status=${status}` : ""}`, params: { id: articleId }, ...(as ? { as } : {}) })).body.items;
const byQuote = (items: SuggestionDto[], quote: string) => {
  const found = items.find((s) => s.quote === quote);
  if (!found) throw new Error(`no suggestion “${quote}” among ${items.map((s) => s.quote).join(", ")}`);
  return found;
};
const QUOTES = ["the talks had stalled", "We will watch closely", "the plan was unchanged", "of long delays"];

describe.each(backends)("on $name", (backend) => {
  useRouteDatabase(backend);

  beforeEach(async () => {
    articleId = (await call(createArticle, { path: "/api/articles", json: { title: "Air defense", text: ARTICLE } })).body.id;
    ana = await createTestUser("analyst", "Ana");
    ben = await createTestUser("analyst", "Ben");
    cleo = await createTestUser("analyst", "Cleo");
    const assigned = await call(assign, { params: { id: articleId }, json: { userIds: [ana.id, ben.id] } });
    expect(assigned.status).toBe(201);
    ids = Object.fromEntries(assigned.body.items.map((i: { user: { id: string }; id: string }) => [i.user.id, i.id]));
  });

  describe("suggestions under independent annotation", () => {
    it("each assignee has a queue of their own: their accepts and rejects are theirs, nobody else's queue moves", async () => {
      // Assigned, each has the whole queue; the others (and the library) see the shared one.
      for (const who of [ana, ben, cleo]) expect((await list(who, "pending")).map((s) => s.quote)).toEqual(QUOTES);
      const anaQueue = await list(ana, "pending");
      const benQueue = await list(ben, "pending");
      const shared = await list(cleo, "pending");
      expect(new Set([...anaQueue, ...benQueue, ...shared].map((s) => s.id)).size).toBe(12);

      const claim = await call(accept, { params: { id: byQuote(anaQueue, "the talks had stalled").id }, json: { confidence: "high" }, as: ana });
      expect(claim.status).toBe(201);
      expect((await call(reject, { params: { id: byQuote(anaQueue, "of long delays").id }, as: ana })).status).toBe(200);
      // A claim Ana tags by hand on a suggestion's words accepts hers only.
      const mine = byQuote(anaQueue, "We will watch closely");
      expect((await call(createClaim, { params: { id: articleId }, json: { start: mine.start, end: mine.end, kind: "attributed", speaker: "John Kirby", confidence: "low" }, as: ana })).status).toBe(201);

      expect((await list(ana, "pending")).map((s) => s.quote)).toEqual(["the plan was unchanged"]);
      expect((await list(ben)).map((s) => [s.quote, s.status])).toEqual(QUOTES.map((q) => [q, "pending"]));
      expect((await list(cleo)).map((s) => [s.quote, s.status])).toEqual(QUOTES.map((q) => [q, "pending"]));
      expect((await list(undefined)).map((s) => s.status)).toEqual(["pending", "pending", "pending", "pending"]);

      // Ben computing again does not learn where Ana's claims are: his queue stays whole.
      expect((await call(computeSuggestions, { params: { id: articleId }, json: {}, as: ben })).body.items.map((s: SuggestionDto) => s.quote)).toEqual(QUOTES);
      // Ana computing again keeps her decisions.
      expect((await call(computeSuggestions, { params: { id: articleId }, json: {}, as: ana })).body.items.map((s: SuggestionDto) => s.quote)).toEqual(["the plan was unchanged"]);

      // The library counts the reader's own queue.
      const waiting = async (who: TestUser) => (await call(listArticles, { path: "/api/articles", as: who })).body.items[0].pendingSuggestions;
      expect([await waiting(ana), await waiting(ben), await waiting(cleo)]).toEqual([1, 4, 4]);
    });

    it("refuses deciding a suggestion of another queue, with a reason, and stores nothing", async () => {
      const anaQueue = await list(ana, "pending");
      const shared = await list(cleo, "pending");
      const db = await getDb();
      const before = await countAll(db);
      for (const [who, suggestion] of [
        [ben, anaQueue[0]],
        [cleo, anaQueue[0]],
        [ana, shared[0]],
      ] as const) {
        const refused = await call(accept, { params: { id: suggestion!.id }, json: { confidence: "high" }, as: who });
        expect(refused.status).toBe(403);
        expect(refused.body.error.message).toMatch(/independent annotation/);
        expect((await call(reject, { params: { id: suggestion!.id }, as: who })).status).toBe(403);
      }
      // Accept all takes from the caller's own queue only.
      const all = await call(acceptAll, { params: { id: articleId }, json: { speakerName: "John Kirby", confidence: "moderate" }, as: ben });
      expect(all.status).toBe(201);
      expect((await list(ana, "pending")).map((s) => s.quote)).toEqual(QUOTES);
      expect((await list(cleo, "pending")).map((s) => s.quote)).toEqual(QUOTES);
      expect((await countAll(db)).claims).toBe((before.claims ?? 0) + 2);
    });

    it("once everyone is done, the shared queue no longer offers what the assignees tagged", async () => {
      await call(accept, { params: { id: byQuote(await list(ana, "pending"), "the talks had stalled").id }, json: { confidence: "high" }, as: ana });
      await call(accept, { params: { id: byQuote(await list(ben, "pending"), "of long delays").id }, json: { confidence: "low" }, as: ben });
      expect((await list(cleo, "pending")).map((s) => s.quote)).toEqual(QUOTES);
      for (const who of [ana, ben]) expect((await call(done, { params: { id: ids[who.id] as string }, json: {}, as: who })).status).toBe(200);
      expect((await list(cleo, "pending")).map((s) => s.quote)).toEqual(["We will watch closely", "the plan was unchanged"]);
      expect((await list(ana, "pending")).map((s) => s.quote)).toEqual(["We will watch closely", "the plan was unchanged"]);
    });
  });

  describe("submitted work", () => {
    async function anaTags(words: string) {
      const start = ARTICLE.indexOf(words);
      const response = await call(createClaim, { params: { id: articleId }, json: { start, end: start + words.length, kind: "reporter", confidence: "moderate" }, as: ana });
      expect(response.status).toBe(201);
      return response.body as { id: string; version: number };
    }

    it("is frozen once its analyst marks it done: no edit, delete, restore, new claim or decision, until reopened", async () => {
      const kept = await anaTags("The Pentagon warned");
      const gone = await anaTags("Officials said");
      expect((await call(deleteClaim, { method: "DELETE", params: { id: gone.id }, as: ana })).status).toBe(204);
      const queue = await list(ana, "pending");
      expect((await call(done, { params: { id: ids[ana.id] as string }, json: {}, as: ana })).status).toBe(200);
      const db = await getDb();
      const before = await countAll(db);

      const attempts = [
        await call(patchClaim, { method: "PATCH", params: { id: kept.id }, json: { version: kept.version, note: "Later thought." }, as: ana }),
        await call(deleteClaim, { method: "DELETE", params: { id: kept.id }, as: ana }),
        await call(restoreClaim, { params: { id: gone.id }, json: {}, as: ana }),
        await call(createClaim, { params: { id: articleId }, json: { start: 0, end: 8, kind: "reporter", confidence: "low" }, as: ana }),
        await call(accept, { params: { id: queue[0]!.id }, json: { confidence: "high" }, as: ana }),
        await call(reject, { params: { id: queue[0]!.id }, as: ana }),
      ];
      for (const refused of attempts) {
        expect(refused.status).toBe(409);
        expect(refused.body.error.message).toBe("You marked this article done, so your claims on it are frozen: reopen your assignment to change them.");
      }
      expect(await countAll(db)).toEqual(before);

      // Ben, still at work, goes on; once he is done too, nobody else changes Ana's work either, an administrator
      // included (while Ben worked, it was hidden from them: 403).
      expect((await call(createClaim, { params: { id: articleId }, json: { start: 0, end: 8, kind: "reporter", confidence: "low" }, as: ben })).status).toBe(201);
      expect((await call(patchClaim, { method: "PATCH", params: { id: kept.id }, json: { version: kept.version, note: "Edited over her head." } })).status).toBe(403);
      expect((await call(done, { params: { id: ids[ben.id] as string }, json: {}, as: ben })).status).toBe(200);
      const byAdmin = await call(patchClaim, { method: "PATCH", params: { id: kept.id }, json: { version: kept.version, note: "Edited over her head." } });
      expect(byAdmin.status).toBe(409);
      expect(byAdmin.body.error.message).toBe("Ana marked this article done, so their claims on it are frozen until their assignment is reopened.");
      expect((await call(deleteClaim, { method: "DELETE", params: { id: kept.id } })).status).toBe(409);
      // Reopened, Ana may change her work again.
      expect((await call(reopen, { params: { id: ids[ana.id] as string }, json: {}, as: ana })).status).toBe(200);
      const edited = await call(patchClaim, { method: "PATCH", params: { id: kept.id }, json: { version: kept.version, note: "Later thought." }, as: ana });
      expect(edited.status).toBe(200);
    });

    it("a claimlens/1 document that would change it, or add to it, is refused whole (403, each claim with why)", async () => {
      const kept = await anaTags("The Pentagon warned");
      const exported = (await call(exportArticle, { params: { id: articleId }, path: `/api/articles/${articleId}/export?format=claimlens`, as: ana })).body;
      expect((await call(done, { params: { id: ids[ana.id] as string }, json: {}, as: ana })).status).toBe(200);
      const db = await getDb();
      const before = await countAll(db);

      const changed = structuredClone(exported);
      changed.claims[0] = { ...changed.claims[0], note: "Changed elsewhere.", version: kept.version + 1 };
      for (const as of [ana, undefined]) {
        const refused = await call(importRoute, { path: "/api/import", json: changed, ...(as ? { as } : {}) });
        expect(refused.status).toBe(403);
        expect(refused.body.error.details.refused.map((r: { id: string }) => r.id)).toEqual([kept.id]);
        expect(refused.body.error.details.refused[0].message).toMatch(/marked this article done/);
      }
      const added = structuredClone(exported);
      added.claims.push({ ...exported.claims[0], id: "00000000-0000-4000-8000-00000000abcd", note: "New one." });
      const refused = await call(importRoute, { path: "/api/import", json: added, as: ana });
      expect(refused.status).toBe(403);
      expect(refused.body.error.details.refused[0]).toMatchObject({ id: "00000000-0000-4000-8000-00000000abcd", message: "You marked this article done, so your claims on it are frozen: reopen your assignment to change them." });
      expect(await countAll(db)).toEqual(before);
      expect((await call(listClaims, { params: { id: articleId }, as: ana })).body.items.map((c: { note: string | null }) => c.note)).toEqual([null]);
    });
  });

  describe("speaker counts", () => {
    it("count only the claims the reader may see: an assignee's progress does not show in the directory or on the speaker page", async () => {
      const other = (await call(createArticle, { path: "/api/articles", json: { title: "Elsewhere", text: "Kirby said the talks would resume." } })).body.id;
      const kirby = (await call(createClaim, { params: { id: other }, json: { start: 11, end: 33, kind: "attributed", speaker: "John Kirby", cue: "said", confidence: "high" } })).body.speaker;
      const tagKirby = async (who: TestUser, words: string) => {
        const start = ARTICLE.indexOf(words);
        const response = await call(createClaim, { params: { id: articleId }, json: { start, end: start + words.length, kind: "attributed", speakerId: kirby.id, cue: "said", confidence: "low" }, as: who });
        expect(response.status).toBe(201);
      };
      await tagKirby(ana, "the talks had stalled");
      await tagKirby(ana, "We will watch closely");
      await tagKirby(ben, "the talks had stalled");

      const seenBy = async (who: TestUser) => {
        const directory = (await call(listSpeakers, { path: "/api/speakers?sort=claims", as: who })).body.items.find((sp: { id: string }) => sp.id === kirby.id);
        const search = (await call(listSpeakers, { path: "/api/speakers?q=kirby", as: who })).body.items[0];
        const profile = (await call(getSpeaker, { params: { id: kirby.id }, as: who })).body;
        const stats = (await call(speakerStats, { params: { id: kirby.id }, as: who })).body;
        const lows = stats.days.reduce((n: number, d: { low: number }) => n + d.low, 0);
        return [directory.claimCount, search.claimCount, profile.claimCount, profile.confidenceCounts.low, stats.articleCount, lows, stats.cues[0].count];
      };
      expect(await seenBy(ana)).toEqual([3, 3, 3, 2, 2, 2, 3]);
      expect(await seenBy(ben)).toEqual([2, 2, 2, 1, 2, 1, 2]);
      expect(await seenBy(cleo)).toEqual([1, 1, 1, 0, 1, 0, 1]);
      // Everyone done, everyone sees all four.
      for (const who of [ana, ben]) await call(done, { params: { id: ids[who.id] as string }, json: {}, as: who });
      expect(await seenBy(cleo)).toEqual([4, 4, 4, 3, 2, 3, 4]);
    });
  });
});
