import { describe, expect, it, vi } from "vitest";
import { POST as createArticle } from "../articles/route";
import { GET as listSuggestions, POST as computeSuggestions } from "../articles/[id]/suggestions/route";
import { POST as acceptAll } from "../articles/[id]/suggestions/accept-all/route";
import { POST as accept } from "./[id]/accept/route";
import { POST as reject } from "./[id]/reject/route";
import { PATCH as patchSettings } from "../me/settings/route";
import { call, createTestUser, useRouteDatabase } from "../_lib/testing";
import { getDb } from "@/db/client";
import { countAll } from "@/db/testing";
import { ARTICLE } from "./suggestion-fixtures";
import type { SuggestionDto } from "@/lib/suggestions/model";

vi.mock("@/lib/attribution", async () => ({ detectClaims: (await import("./suggestion-fixtures")).fakeDetectClaims }));

useRouteDatabase();

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

async function suggested() {
  const article = await call(createArticle, { path: "/api/articles", json: { text: ARTICLE } });
  const id = article.body.id as string;
  const items = (await call(listSuggestions, { params: { id } })).body.items as SuggestionDto[];
  const [first, second] = items;
  if (!first || !second) throw new Error("the fixture article has no suggestions");
  return { id, first, second };
}

/** Calls, and checks that the refusal stored nothing. */
async function refused(run: () => ReturnType<typeof call>) {
  const db = await getDb();
  const before = await countAll(db);
  const response = await run();
  expect(await countAll(db)).toEqual(before);
  return response;
}

describe("bad input to the suggestion routes", () => {
  it("answers 404 for unknown or malformed ids, storing nothing", async () => {
    const { id } = await suggested();
    for (const bad of [UNKNOWN_ID, "not-a-uuid"]) {
      expect((await refused(() => call(accept, { params: { id: bad }, json: { confidence: "high" } }))).status).toBe(404);
      expect((await refused(() => call(reject, { params: { id: bad } }))).status).toBe(404);
      expect((await call(listSuggestions, { params: { id: bad } })).status).toBe(404);
      expect((await refused(() => call(computeSuggestions, { params: { id: bad }, json: {} }))).status).toBe(404);
      expect((await refused(() => call(acceptAll, { params: { id: bad }, json: { speakerName: "John Kirby", confidence: "low" } }))).status).toBe(404);
    }
    const unknown = await call(accept, { params: { id: UNKNOWN_ID }, json: { confidence: "high" } });
    expect(unknown.body.error).toEqual({ code: "not_found", message: `No suggestion has the id ${UNKNOWN_ID}.` });
    expect((await call(listSuggestions, { params: { id } })).status).toBe(200);
  });

  it("answers 409 for deciding twice, saying how it was decided, and stores nothing", async () => {
    const { first, second } = await suggested();
    expect((await call(accept, { params: { id: first.id }, json: { confidence: "high" } })).status).toBe(201);
    const again = await refused(() => call(accept, { params: { id: first.id }, json: { confidence: "low" } }));
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("This suggestion was already accepted by Ada Admin; reload the suggestions.");
    expect(again.body.error.details.current).toMatchObject({ id: first.id, status: "accepted" });
    expect((await refused(() => call(reject, { params: { id: first.id } }))).status).toBe(409);

    expect((await call(reject, { params: { id: second.id } })).status).toBe(200);
    expect((await refused(() => call(reject, { params: { id: second.id } }))).status).toBe(409);
    expect((await refused(() => call(accept, { params: { id: second.id }, json: { confidence: "high" } }))).status).toBe(409);
  });

  it("answers 403 to a viewer deciding or computing, and stores nothing", async () => {
    const { id, first } = await suggested();
    const viewer = await createTestUser("viewer", "Vic Viewer");
    for (const run of [
      () => call(accept, { params: { id: first.id }, json: { confidence: "high" }, as: viewer }),
      () => call(reject, { params: { id: first.id }, as: viewer }),
      () => call(computeSuggestions, { params: { id }, json: {}, as: viewer }),
      () => call(acceptAll, { params: { id }, json: { speakerName: "John Kirby", confidence: "high" }, as: viewer }),
    ]) {
      const response = await refused(run);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(/viewer/);
    }
    expect((await call(listSuggestions, { params: { id }, as: viewer })).status).toBe(200);
  });

  it.each([
    ["no confidence", {}, "confidence"],
    ["an unknown confidence", { confidence: "certain" }, "confidence"],
    ["an unknown field", { confidence: "high", status: "accepted" }, "(body)"],
    ["a negative start", { confidence: "high", start: -1 }, "start"],
    ["an unknown kind", { confidence: "high", kind: "rumour" }, "kind"],
    ["a speaker id that is not one", { confidence: "high", speakerId: "kirby" }, "speakerId"],
  ])("answers 422 to an acceptance with %s, storing nothing", async (_what, json, path) => {
    const { first } = await suggested();
    const response = await refused(() => call(accept, { params: { id: first.id }, json }));
    expect(response.status).toBe(422);
    expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it("answers 422 to an acceptance the claim rules refuse (a span past the text, a reporter statement with a speaker), storing nothing", async () => {
    const { first } = await suggested();
    const past = await refused(() => call(accept, { params: { id: first.id }, json: { confidence: "high", end: ARTICLE.length + 5 } }));
    expect(past.status).toBe(422);
    expect(past.body.error.message).toMatch(/beyond the text/);
    const reporter = await refused(() => call(accept, { params: { id: first.id }, json: { confidence: "high", kind: "reporter", speaker: "John Kirby" } }));
    expect(reporter.status).toBe(422);
    // Still pending: the refused acceptance decided nothing.
    expect((await call(accept, { params: { id: first.id }, json: { confidence: "high" } })).status).toBe(201);
  });

  it.each([
    ["computing with a non-boolean toggle", "compute", { reporterStatements: "yes" }],
    ["computing with an unknown field", "compute", { model: "bert" }],
    ["accepting all with no speaker", "all", { confidence: "high" }],
    ["accepting all with both speaker id and name", "all", { speakerId: UNKNOWN_ID, speakerName: "Kirby", confidence: "high" }],
    ["accepting all without a confidence", "all", { speakerName: "Kirby" }],
    ["settings with a bad confidence", "settings", { defaultConfidence: "sure" }],
    ["settings with a non-boolean toggle", "settings", { suggestAfterImport: 1 }],
  ])("answers 422 to %s, storing nothing", async (_what, target, json) => {
    const { id } = await suggested();
    const run = {
      compute: () => call(computeSuggestions, { params: { id }, json }),
      all: () => call(acceptAll, { params: { id }, json }),
      settings: () => call(patchSettings, { method: "PATCH", json }),
    }[target as "compute" | "all" | "settings"];
    const response = await refused(run);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("invalid");
  });

  it("answers 422 to a list query with an unknown status, and 400 to a body that is not JSON", async () => {
    const { id, first } = await suggested();
    const query = await call(listSuggestions, { path: `/api/articles/${id}/suggestions?status=maybe`, params: { id } });
    expect(query.status).toBe(422);
    expect(query.body.error.details.issues[0].path).toBe("status");
    const garbled = await refused(() => call(accept, { params: { id: first.id }, body: "{confidence", headers: { "content-type": "application/json" } }));
    expect(garbled.status).toBe(400);
  });
});
