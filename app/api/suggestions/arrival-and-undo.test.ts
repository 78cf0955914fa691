import { describe, expect, it, vi } from "vitest";
import { POST as createArticle } from "../articles/route";
import { POST as createClaim } from "../articles/[id]/claims/route";
import { GET as listSuggestions } from "../articles/[id]/suggestions/route";
import { POST as accept } from "./[id]/accept/route";
import { DELETE as deleteClaim } from "../claims/[id]/route";
import { POST as restoreClaim } from "../claims/[id]/restore/route";
import { POST as importRoute } from "../import/route";
import { PATCH as patchSettings } from "../me/settings/route";
import { call, createTestUser, useRouteDatabase } from "../_lib/testing";
import { ARTICLE } from "./suggestion-fixtures";
import { corpusArticle, KIRBY } from "@/lib/import/import-fixtures";
import { backends } from "@/db/testing";
import type { SuggestionDto } from "@/lib/suggestions/model";

// The detector is the attribution helper's (lib/attribution); these tests are about when suggestions are stored.
vi.mock("@/lib/attribution", async () => ({ detectClaims: (await import("./suggestion-fixtures")).fakeDetectClaims }));


const list = async (id: string, status?: string): Promise<SuggestionDto[]> =>
  (await call(listSuggestions, { path: `/api/articles/${id}/suggestions${status ? `?status=${status}` : ""}`, params: { id } })).body.items;
const byQuote = (items: SuggestionDto[], quote: string) => {
  const found = items.find((s) => s.quote === quote);
  if (!found) throw new Error(`no suggestion “${quote}” among ${items.map((s) => s.quote).join(", ")}`);
  return found;
};

async function imported() {
  const response = await call(createArticle, { path: "/api/articles", json: { title: "Air defense", text: ARTICLE } });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

describe.each(backends)("on $name", (backend) => {
  useRouteDatabase(backend);

  describe("undoing the claim an accepted suggestion created", () => {
    it("puts the suggestion back in the queue in the delete's transaction, and restoring the claim accepts it again", async () => {
      const id = await imported();
      const ana = await createTestUser("analyst", "Ana");
      const suggestion = byQuote(await list(id, "pending"), "the talks had stalled");
      const claim = (await call(accept, { params: { id: suggestion.id }, json: { confidence: "high" }, as: ana })).body;
      expect((await list(id, "pending")).map((s) => s.id)).not.toContain(suggestion.id);

      const deleted = await call(deleteClaim, { method: "DELETE", params: { id: claim.id }, as: ana });
      expect(deleted.status).toBe(204);
      expect(byQuote(await list(id, "pending"), "the talks had stalled")).toMatchObject({ id: suggestion.id, status: "pending", decidedBy: null, decidedAt: null, claimId: null });
      expect(await list(id, "accepted")).toEqual([]);

      const restored = await call(restoreClaim, { params: { id: claim.id }, json: {}, as: ana });
      expect(restored.status).toBe(201);
      expect(byQuote(await list(id), "the talks had stalled")).toMatchObject({ id: suggestion.id, status: "accepted", claimId: claim.id, decidedBy: { id: ana.id } });
      expect((await list(id, "pending")).map((s) => s.quote)).not.toContain("the talks had stalled");
    });

    it("offers it again even when it was accepted on other words, and restoring finds it by the claim", async () => {
      const id = await imported();
      const suggestion = byQuote(await list(id, "pending"), "the plan was unchanged");
      const start = ARTICLE.indexOf("Officials said the plan");
      const claim = (await call(accept, { params: { id: suggestion.id }, json: { confidence: "low", kind: "reporter", start, end: start + 37 } })).body;
      await call(deleteClaim, { method: "DELETE", params: { id: claim.id } });
      expect(byQuote(await list(id, "pending"), "the plan was unchanged").id).toBe(suggestion.id);
      await call(restoreClaim, { params: { id: claim.id }, json: {} });
      expect(byQuote(await list(id), "the plan was unchanged")).toMatchObject({ status: "accepted", claimId: claim.id });
    });

    it("a hand-tagged claim that accepted a suggestion gives it back when deleted", async () => {
      const id = await imported();
      const suggestion = byQuote(await list(id, "pending"), "We will watch closely");
      const claim = await call(createClaim, { params: { id }, json: { start: suggestion.start, end: suggestion.end, kind: "attributed", speaker: "John Kirby", confidence: "high" } });
      expect(byQuote(await list(id), "We will watch closely").status).toBe("accepted");
      await call(deleteClaim, { method: "DELETE", params: { id: claim.body.id } });
      expect(byQuote(await list(id, "pending"), "We will watch closely").id).toBe(suggestion.id);
    });
  });

  describe("suggestions on every way an article arrives", () => {
    const document = () => ({
      format: "claimlens/1",
      exportedAt: "2024-05-01T09:30:00.000Z",
      speakers: [{ ...KIRBY, kind: "person", description: null, aliases: [] }],
      articles: [corpusArticle(ARTICLE, [{ quote: "the talks had stalled", speaker: KIRBY }])],
    });

    it("a claimlens/1 document's new article gets its suggestions, except on the words of its own claims", async () => {
      const doc = document();
      const response = await call(importRoute, { path: "/api/import", json: doc });
      expect(response.status).toBe(200);
      const id = doc.articles[0]!.id;
      expect((await list(id, "pending")).map((s) => s.quote)).toEqual(["We will watch closely", "the plan was unchanged", "of long delays"]);
    });

    it("not when the importer turned that off in Settings", async () => {
      await call(patchSettings, { method: "PATCH", json: { suggestAfterImport: false } });
      const doc = document();
      expect((await call(importRoute, { path: "/api/import", json: doc })).status).toBe(200);
      expect(await list(doc.articles[0]!.id)).toEqual([]);
    });
  });
});
