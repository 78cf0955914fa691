import { describe, expect, it, vi } from "vitest";
import { POST as createArticle, GET as listArticles } from "../articles/route";
import { GET as listClaims, POST as createClaim } from "../articles/[id]/claims/route";
import { PUT as saveText } from "../articles/[id]/text/route";
import { GET as listSuggestions, POST as computeSuggestions } from "../articles/[id]/suggestions/route";
import { POST as acceptAll } from "../articles/[id]/suggestions/accept-all/route";
import { POST as accept } from "./[id]/accept/route";
import { POST as reject } from "./[id]/reject/route";
import { GET as claimHistory } from "../claims/[id]/history/route";
import { POST as createSpeaker, GET as searchSpeakers } from "../speakers/route";
import { GET as getSettings, PATCH as patchSettings } from "../me/settings/route";
import { call, createTestUser, useRouteDatabase } from "../_lib/testing";
import { ARTICLE } from "./suggestion-fixtures";
import type { SuggestionDto } from "@/lib/suggestions/model";

// The detector is the attribution helper's (lib/attribution); these tests are about storing and deciding.
vi.mock("@/lib/attribution", async () => ({ detectClaims: (await import("./suggestion-fixtures")).fakeDetectClaims }));

useRouteDatabase();

async function imported(text = ARTICLE) {
  const response = await call(createArticle, { path: "/api/articles", json: { title: "Air defense", text } });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

const pending = async (id: string): Promise<SuggestionDto[]> =>
  (await call(listSuggestions, { path: `/api/articles/${id}/suggestions?status=pending`, params: { id } })).body.items;
const byQuote = (items: SuggestionDto[], quote: string) => {
  const found = items.find((s) => s.quote === quote);
  if (!found) throw new Error(`no suggestion “${quote}” among ${items.map((s) => s.quote).join(", ")}`);
  return found;
};

describe("suggested claims", () => {
  it("are computed after an import, in text order, with the speaker, mention, cue and directness", async () => {
    const id = await imported();
    const items = await pending(id);
    expect(items.map((s) => s.quote)).toEqual(["the talks had stalled", "We will watch closely", "the plan was unchanged", "of long delays"]);
    for (const s of items) expect(ARTICLE.slice(s.start ?? 0, s.end ?? 0)).toBe(s.quote);
    const first = byQuote(items, "the talks had stalled");
    expect(first).toMatchObject({
      kind: "attributed",
      speaker: { name: "John Kirby", kind: "person", description: "National Security Council coordinator", speakerId: null },
      cue: "said",
      direct: "indirect",
      status: "pending",
      anchoring: "anchored",
      decidedBy: null,
      claimId: null,
    });
    expect(ARTICLE.slice(first.speakerMention?.start, first.speakerMention?.end)).toBe("John Kirby");
    expect(ARTICLE.slice(first.cueSpan?.start, first.cueSpan?.end)).toBe("said");
    const library = await call(listArticles, { path: "/api/articles" });
    expect(library.body.items[0]).toMatchObject({ id, claimCount: 0, pendingSuggestions: 4 });
  });

  it("are not computed after an import when the importer turned that off in Settings", async () => {
    expect((await call(getSettings, {})).body).toEqual({ suggestAfterImport: true, defaultConfidence: "moderate" });
    const changed = await call(patchSettings, { method: "PATCH", json: { suggestAfterImport: false } });
    expect(changed.body).toEqual({ suggestAfterImport: false, defaultConfidence: "moderate" });
    const id = await imported();
    expect(await pending(id)).toEqual([]);
    // Another person's settings are their own.
    const ana = await createTestUser("analyst", "Ana");
    expect((await call(getSettings, { as: ana })).body.suggestAfterImport).toBe(true);
    const computed = await call(computeSuggestions, { params: { id }, json: { reporterStatements: true } });
    expect(computed.status).toBe(200);
    expect(computed.body.items.map((s: SuggestionDto) => s.kind)).toContain("reporter");
  });

  it("accepting creates an ordinary claim by the analyst, and the speaker with the suggested kind and description", async () => {
    const id = await imported();
    const ana = await createTestUser("analyst", "Ana");
    const suggestion = byQuote(await pending(id), "the talks had stalled");
    const response = await call(accept, { params: { id: suggestion.id }, json: { confidence: "high", note: "Checked against the transcript." }, as: ana });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      kind: "attributed",
      quote: "the talks had stalled",
      cue: "said",
      confidence: "high",
      note: "Checked against the transcript.",
      speaker: { name: "John Kirby" },
      createdBy: { id: ana.id, name: "Ana" },
    });
    const speaker = (await call(searchSpeakers, { path: "/api/speakers?q=kirby" })).body.items[0];
    expect(speaker).toMatchObject({ name: "John Kirby", kind: "person", description: "National Security Council coordinator" });
    const history = await call(claimHistory, { params: { id: response.body.id } });
    expect(history.body.items.map((h: { action: string }) => h.action)).toEqual(["create"]);

    const all = (await call(listSuggestions, { params: { id } })).body.items as SuggestionDto[];
    expect(byQuote(all, "the talks had stalled")).toMatchObject({ status: "accepted", claimId: response.body.id, decidedBy: { id: ana.id, name: "Ana" } });
    // The other suggestion of John Kirby now names the speaker the first acceptance created: no second one.
    expect(byQuote(all, "We will watch closely").speaker?.speakerId).toBe(speaker.id);
    const second = await call(accept, { params: { id: byQuote(all, "We will watch closely").id }, json: { confidence: "low" } });
    expect(second.body.speaker).toEqual({ id: speaker.id, name: "John Kirby" });
  });

  it("accepting takes the analyst's changes: kind, span, speaker, cue", async () => {
    const id = await imported();
    const suggestion = byQuote(await pending(id), "the plan was unchanged");
    const start = ARTICLE.indexOf("Officials said the plan");
    const response = await call(accept, {
      params: { id: suggestion.id },
      json: { confidence: "low", kind: "reporter", start, end: start + "Officials said the plan was unchanged".length },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ kind: "reporter", speaker: null, cue: null, quote: "Officials said the plan was unchanged" });
    const other = byQuote(await pending(id), "of long delays");
    const renamed = await call(accept, { params: { id: other.id }, json: { confidence: "moderate", speaker: "U.S. Department of Defense", cue: "" } });
    expect(renamed.body).toMatchObject({ speaker: { name: "U.S. Department of Defense" }, cue: null });
  });

  it("a claim tagged by hand on a suggestion's very words accepts it; other words leave it waiting", async () => {
    const id = await imported();
    const suggestion = byQuote(await pending(id), "We will watch closely");
    const claim = await call(createClaim, {
      params: { id },
      json: { start: suggestion.start, end: suggestion.end, kind: "attributed", speaker: "John Kirby", confidence: "high" },
    });
    expect(claim.status).toBe(201);
    const longer = ARTICLE.indexOf("the plan was unchanged");
    await call(createClaim, { params: { id }, json: { start: longer - 5, end: longer + 22, kind: "reporter", confidence: "low" } });
    const all = (await call(listSuggestions, { params: { id } })).body.items as SuggestionDto[];
    expect(byQuote(all, "We will watch closely")).toMatchObject({ status: "accepted", claimId: claim.body.id, decidedBy: { name: "Ada Admin" } });
    expect(byQuote(all, "the plan was unchanged").status).toBe("pending");
  });

  it("matches directory speakers by name or alias when computing", async () => {
    const made = await call(createSpeaker, { json: { name: "U.S. Department of Defense", kind: "organization", aliases: ["The Pentagon"] } });
    const id = await imported();
    expect(byQuote(await pending(id), "of long delays").speaker).toMatchObject({ name: "The Pentagon", speakerId: made.body.id });
  });

  it("rejected suggestions stay away when computed again; pending ones are replaced; accepted ones are not proposed again", async () => {
    const id = await imported();
    const items = await pending(id);
    const rejected = await call(reject, { params: { id: byQuote(items, "the plan was unchanged").id } });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: "rejected", decidedBy: { name: "Ada Admin" }, claimId: null });
    await call(accept, { params: { id: byQuote(items, "of long delays").id }, json: { confidence: "high" } });

    const again = await call(computeSuggestions, { params: { id }, json: {} });
    expect(again.body.items.map((s: SuggestionDto) => s.quote)).toEqual(["the talks had stalled", "We will watch closely"]);
    expect(again.body.items.map((s: SuggestionDto) => s.id)).not.toContain(byQuote(items, "the talks had stalled").id);
    const statuses = (await call(listSuggestions, { params: { id } })).body.items.map((s: SuggestionDto) => s.status).sort();
    expect(statuses).toEqual(["accepted", "pending", "pending", "rejected"]);
  });

  it("accept all from this speaker: every pending suggestion of the speaker, one speaker created", async () => {
    const id = await imported();
    const response = await call(acceptAll, { params: { id }, json: { speakerName: "john kirby", confidence: "moderate" } });
    expect(response.status).toBe(201);
    expect(response.body.items.map((c: { quote: string }) => c.quote)).toEqual(["the talks had stalled", "We will watch closely"]);
    expect(new Set(response.body.items.map((c: { speaker: { id: string } }) => c.speaker.id)).size).toBe(1);
    expect((await pending(id)).map((s) => s.quote)).toEqual(["the plan was unchanged", "of long delays"]);
    const none = await call(acceptAll, { params: { id }, json: { speakerId: response.body.items[0].speaker.id, confidence: "high" } });
    expect(none.status).toBe(200);
    expect(none.body.items).toEqual([]);
    expect((await call(listClaims, { params: { id } })).body.items).toHaveLength(2);
  });

  it("move with a text revision; pending ones that lose their words go, decided ones stay as orphans and stay away", async () => {
    const id = await imported();
    const items = await pending(id);
    await call(reject, { params: { id: byQuote(items, "the plan was unchanged").id } });
    const text = `A new opening paragraph.\n\n${ARTICLE.replace(" Officials said the plan was unchanged.", "").replace("of long delays", "of delays")}`;
    expect((await call(saveText, { method: "PUT", params: { id }, json: { text, baseRevision: 1 } })).status).toBe(200);

    const all = (await call(listSuggestions, { params: { id } })).body.items as SuggestionDto[];
    expect(all.map((s) => [s.quote, s.status, s.anchoring])).toEqual([
      ["the talks had stalled", "pending", "anchored"],
      ["We will watch closely", "pending", "anchored"],
      ["the plan was unchanged", "rejected", "orphaned"],
    ]);
    for (const s of all.filter((s) => s.anchoring === "anchored")) {
      expect(text.slice(s.start ?? 0, s.end ?? 0)).toBe(s.quote);
      expect(s.revision).toBe(2);
      expect(text.slice(s.cueSpan?.start, s.cueSpan?.end)).toBe(s.cue);
    }
    // Put back, the rejected words are recognised by their context and not proposed again.
    await call(saveText, { method: "PUT", params: { id }, json: { text: ARTICLE, baseRevision: 2 } });
    const again = await call(computeSuggestions, { params: { id }, json: {} });
    expect(again.body.items.map((s: SuggestionDto) => s.quote)).toEqual(["the talks had stalled", "We will watch closely", "of long delays"]);
  });
});
