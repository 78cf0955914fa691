import { describe, expect, it } from "vitest";
import { GET as activity } from "./route";
import { GET as exportActivity } from "./export/route";
import { POST as createArticle } from "../articles/route";
import { POST as createClaim } from "../articles/[id]/claims/route";
import { PATCH as updateClaim } from "../claims/[id]/route";
import { call, createTestUser, useRouteDatabase, type TestUser } from "../_lib/testing";
import type { ActivityEntryDto } from "@/lib/model";

useRouteDatabase();

const TEXT = "Russia could provide air defense, the council warned.\n\n“We will watch closely,” Kirby added.";
const QUOTE = "We will watch closely";

/** An article with a claim tagged by `by` (the test administrator unless told). */
async function taggedArticle(title: string, by?: TestUser) {
  const article = await call(createArticle, { json: { title, text: TEXT } });
  const start = TEXT.indexOf(QUOTE);
  const claim = await call(createClaim, {
    params: { id: article.body.id },
    json: { start, end: start + QUOTE.length, kind: "attributed", speaker: "John Kirby", confidence: "moderate" },
    ...(by ? { as: by } : {}),
  });
  expect(claim.status).toBe(201);
  return { articleId: article.body.id as string, claimId: claim.body.id as string };
}

describe("GET /api/activity", () => {
  it("lists the team's claim changes across articles, newest first, with each article's title, a page at a time", async () => {
    const ana = await createTestUser("analyst", "Ana");
    const air = await taggedArticle("Air defense", ana);
    const talks = await taggedArticle("Ceasefire talks");
    const edited = await call(updateClaim, { method: "PATCH", params: { id: air.claimId }, json: { version: 1, confidence: "high" }, as: ana });
    expect(edited.status).toBe(200);

    // A viewer sees it too, as they see each article's history.
    const viewer = await createTestUser("viewer", "Vic");
    const response = await call(activity, { path: "/api/activity", as: viewer });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(["items", "nextCursor"]);
    expect(response.body.nextCursor).toBeNull();
    const items = response.body.items as ActivityEntryDto[];
    expect(items.map((e) => [e.action, e.claimId, e.articleId, e.articleTitle, e.actor?.name])).toEqual([
      ["update", air.claimId, air.articleId, "Air defense", "Ana"],
      ["create", talks.claimId, talks.articleId, "Ceasefire talks", "Ada Admin"],
      ["create", air.claimId, air.articleId, "Air defense", "Ana"],
    ]);
    expect(items[0]).toMatchObject({ actor: { id: ana.id }, before: { confidence: "moderate" }, after: { confidence: "high", quote: QUOTE }, restorable: false });
    expect(items[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT/);

    const anas = await call(activity, { path: `/api/activity?actor=${ana.id}&limit=1` });
    expect(anas.status).toBe(200);
    expect(anas.body.items.map((e: { action: string }) => e.action)).toEqual(["update"]);
    const next = await call(activity, { path: `/api/activity?actor=${ana.id}&limit=1&cursor=${anas.body.nextCursor}` });
    expect(next.body).toMatchObject({ items: [{ action: "create", actor: { name: "Ana" } }], nextCursor: null });
  });

  it("answers an empty page for someone who changed nothing", async () => {
    await taggedArticle("Air defense");
    const bob = await createTestUser("analyst", "Bob");
    const response = await call(activity, { path: `/api/activity?actor=${bob.id}` });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ["actor=", "actor"],
    ["actor=not%20an%20id", "actor"],
    [`actor=${"a".repeat(101)}`, "actor"],
    ["cursor=x", "cursor"],
    ["cursor=0", "cursor"],
    ["cursor=1.5", "cursor"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=ten", "limit"],
  ])("refuses ?%s with 422 naming %s", async (query, field) => {
    const response = await call(activity, { path: `/api/activity?${query}` });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("invalid");
    expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual([field]);
    expect(response.body.error.message).toContain(field);
  });

  it("answers 401 to nobody signed in", async () => {
    const response = await call(activity, { path: "/api/activity", as: null });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("unauthenticated");
  });
});

describe("GET /api/activity/export", () => {
  it("streams the whole activity as JSON Lines, newest first, the same entries as the list; or one person's", async () => {
    const ana = await createTestUser("analyst", "Ana");
    const air = await taggedArticle("Air defense", ana);
    await taggedArticle("Ceasefire talks");
    expect((await call(updateClaim, { method: "PATCH", params: { id: air.claimId }, json: { version: 1, note: "checked" }, as: ana })).status).toBe(200);

    const viewer = await createTestUser("viewer", "Vic");
    const all = await call(exportActivity, { path: "/api/activity/export", as: viewer });
    expect(all.status).toBe(200);
    expect(all.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(all.headers.get("content-disposition")).toMatch(/^attachment; filename="claimlens-activity-\d{4}-\d{2}-\d{2}\.jsonl"$/);
    expect(all.body.endsWith("\n")).toBe(true);
    const lines = (all.body as string).trimEnd().split("\n").map((line) => JSON.parse(line) as ActivityEntryDto);
    const listed = await call(activity, { path: "/api/activity?limit=100" });
    expect(lines).toEqual(listed.body.items);
    expect(lines.map((l) => [l.action, l.articleTitle, l.actor?.name])).toEqual([
      ["update", "Air defense", "Ana"],
      ["create", "Ceasefire talks", "Ada Admin"],
      ["create", "Air defense", "Ana"],
    ]);

    const anas = await call(exportActivity, { path: `/api/activity/export?actor=${ana.id}` });
    expect((anas.body as string).trimEnd().split("\n")).toHaveLength(2);
  });

  it("refuses a malformed actor or an unknown parameter: 422 naming it", async () => {
    for (const [query, path] of [["actor=not%20an%20id", "actor"], ["format=csv", "(body)"]] as const) {
      const response = await call(exportActivity, { path: `/api/activity/export?${query}` });
      expect(response.status).toBe(422);
      expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });
});
