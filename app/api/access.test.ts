import { describe, expect, it } from "vitest";
import * as activity from "./activity/route";
import * as articles from "./articles/route";
import * as article from "./articles/[id]/route";
import * as articleClaims from "./articles/[id]/claims/route";
import * as articleExport from "./articles/[id]/export/route";
import * as articleHistory from "./articles/[id]/history/route";
import * as articleAssignments from "./articles/[id]/assignments/route";
import * as articleAgreement from "./articles/[id]/agreement/route";
import * as articleDisagreements from "./articles/[id]/disagreements/route";
import * as articleReview from "./articles/[id]/review/route";
import * as agreement from "./agreement/route";
import * as assignmentDone from "./assignments/[id]/done/route";
import * as assignmentReopen from "./assignments/[id]/reopen/route";
import * as revisions from "./articles/[id]/revisions/route";
import * as revision from "./articles/[id]/revisions/[revision]/route";
import * as revisionRestore from "./articles/[id]/revisions/[revision]/restore/route";
import * as suggestions from "./articles/[id]/speaker-suggestions/route";
import * as articleSuggestions from "./articles/[id]/suggestions/route";
import * as acceptAllSuggestions from "./articles/[id]/suggestions/accept-all/route";
import * as suggestionAccept from "./suggestions/[id]/accept/route";
import * as suggestionReject from "./suggestions/[id]/reject/route";
import * as mySettings from "./me/settings/route";
import * as articleText from "./articles/[id]/text/route";
import * as claim from "./claims/[id]/route";
import * as claimHistory from "./claims/[id]/history/route";
import * as claimRestore from "./claims/[id]/restore/route";
import * as corpusExport from "./export/route";
import * as importRoute from "./import/route";
import * as activityExport from "./activity/export/route";
import * as invitations from "./invitations/route";
import * as invitation from "./invitations/[id]/route";
import * as me from "./me/route";
import * as speakers from "./speakers/route";
import * as speaker from "./speakers/[id]/route";
import * as aliases from "./speakers/[id]/aliases/route";
import * as alias from "./speakers/[id]/aliases/[alias]/route";
import * as speakerClaims from "./speakers/[id]/claims/route";
import * as speakerHistory from "./speakers/[id]/history/route";
import * as merge from "./speakers/[id]/merge/route";
import * as stats from "./speakers/[id]/stats/route";
import * as tokens from "./tokens/route";
import * as token from "./tokens/[id]/route";
import * as users from "./users/route";
import * as unknownRoute from "./[...path]/route";
import * as user from "./users/[id]/route";
import { call, createTestUser, testAdmin, useRouteDatabase, type TestUser } from "./_lib/testing";
import { getDb } from "@/db/client";
import { countAll } from "@/db/testing";
import { suggestions as suggestionRows } from "@/db/schema";
import { PERMISSIONS, ROLES, type Permission, type Role } from "@/lib/auth/roles";
import { sampleCorpus } from "@/lib/import/import-fixtures";

useRouteDatabase();

const TEXT = "Russia could provide air defense, the council warned.\n\n“We will watch closely,” Kirby added.";
const QUOTE = "We will watch closely";

/** What every route is called on: an article with a claim by the administrator, two speakers, a token. */
async function fixtures() {
  const admin = testAdmin();
  const made = await call(articles.POST, { json: { title: "Air defense", text: TEXT } });
  const articleId = made.body.id as string;
  const start = TEXT.indexOf(QUOTE);
  const claimMade = await call(articleClaims.POST, {
    params: { id: articleId },
    json: { start, end: start + QUOTE.length, kind: "attributed", speaker: "John Kirby", confidence: "high" },
  });
  const other = await call(speakers.POST, { json: { name: "Sabrina Singh", aliases: ["Singh"] } });
  const deleted = await call(articleClaims.POST, { params: { id: articleId }, json: { start: 0, end: 6, kind: "reporter", confidence: "low" } });
  await call(claim.DELETE, { params: { id: deleted.body.id } });
  const invited = await call(invitations.POST, { json: { name: "Ivy Invited", email: "ivy@example.org", role: "viewer" } });
  // Stored directly: what the detector finds is not this test's concern.
  const [suggestion] = await (await getDb())
    .insert(suggestionRows)
    .values({ articleId, kind: "attributed", start: 0, end: 6, quote: TEXT.slice(0, 6), speakerName: "Sergei Lavrov", speakerKind: "person" })
    .returning({ id: suggestionRows.id });
  return {
    admin,
    articleId,
    claimId: claimMade.body.id as string,
    claimVersion: claimMade.body.version as number,
    deletedClaimId: deleted.body.id as string,
    speakerId: claimMade.body.speaker.id as string,
    otherSpeakerId: other.body.id as string,
    adminTokenId: ((await call(tokens.GET, {})).body.items[0]?.id ?? "") as string,
    invitationId: invited.body.invitation.id as string,
    suggestionId: suggestion?.id ?? "",
  };
}
type Fixtures = Awaited<ReturnType<typeof fixtures>>;

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
interface RouteCase {
  name: string;
  handler: unknown;
  permission: Permission;
  method?: string;
  path?: (f: Fixtures) => string;
  params?: (f: Fixtures) => Record<string, string>;
  json?: (f: Fixtures) => unknown;
  /** Refused to every API token, whatever the role (signed-in sessions only). */
  sessionOnly?: boolean;
}

/** Every route of the API (the sign-in endpoints, the first-run setup and accepting an invitation aside) and the permission it needs. */
const ROUTES: RouteCase[] = [
  { name: "GET /api/activity/export", handler: activityExport.GET, permission: "read" },
  { name: "GET /api/activity", handler: activity.GET, permission: "read" },
  { name: "GET /api/articles", handler: articles.GET, permission: "read" },
  { name: "POST /api/articles", handler: articles.POST, permission: "articles:write", json: () => ({ text: "Another article." }) },
  { name: "GET /api/articles/{id}", handler: article.GET, permission: "read", params: (f) => ({ id: f.articleId }) },
  { name: "DELETE /api/articles/{id}", handler: article.DELETE, permission: "articles:delete", method: "DELETE", params: (f) => ({ id: f.articleId }) },
  { name: "GET /api/articles/{id}/claims", handler: articleClaims.GET, permission: "read", params: (f) => ({ id: f.articleId }) },
  {
    name: "POST /api/articles/{id}/claims",
    handler: articleClaims.POST,
    permission: "claims:write",
    params: (f) => ({ id: f.articleId }),
    json: () => ({ start: 0, end: 6, kind: "reporter", confidence: "low" }),
  },
  { name: "GET /api/articles/{id}/export", handler: articleExport.GET, permission: "read", params: (f) => ({ id: f.articleId }), path: (f) => `/api/articles/${f.articleId}/export` },
  { name: "GET /api/agreement", handler: agreement.GET, permission: "read", path: (f) => `/api/agreement?articles=${f.articleId}` },
  { name: "GET /api/articles/{id}/agreement", handler: articleAgreement.GET, permission: "read", params: (f) => ({ id: f.articleId }) },
  { name: "GET /api/articles/{id}/assignments", handler: articleAssignments.GET, permission: "read", params: (f) => ({ id: f.articleId }) },
  // One assignee is not enough: the allowed role gets a 422, and nothing is stored.
  { name: "POST /api/articles/{id}/assignments", handler: articleAssignments.POST, permission: "review", params: (f) => ({ id: f.articleId }), json: (f) => ({ userIds: [f.admin.id] }) },
  { name: "GET /api/articles/{id}/disagreements", handler: articleDisagreements.GET, permission: "read", params: (f) => ({ id: f.articleId }) },
  { name: "POST /api/articles/{id}/review", handler: articleReview.POST, permission: "review", params: (f) => ({ id: f.articleId }), json: () => ({ decisions: [] }) },
  // An assignment nobody has: 404 to the roles that may mark their own done or reopen it.
  { name: "POST /api/assignments/{id}/done", handler: assignmentDone.POST, permission: "claims:write", params: () => ({ id: "00000000-0000-4000-8000-000000000000" }), json: () => ({}) },
  { name: "POST /api/assignments/{id}/reopen", handler: assignmentReopen.POST, permission: "claims:write", params: () => ({ id: "00000000-0000-4000-8000-000000000000" }), json: () => ({}) },
  { name: "GET /api/articles/{id}/history", handler: articleHistory.GET, permission: "read", params: (f) => ({ id: f.articleId }) },
  { name: "GET /api/articles/{id}/revisions", handler: revisions.GET, permission: "read", params: (f) => ({ id: f.articleId }) },
  { name: "GET /api/articles/{id}/revisions/{n}", handler: revision.GET, permission: "read", params: (f) => ({ id: f.articleId, revision: "1" }) },
  {
    name: "POST /api/articles/{id}/revisions/{n}/restore",
    handler: revisionRestore.POST,
    permission: "articles:write",
    params: (f) => ({ id: f.articleId, revision: "1" }),
    json: () => ({}),
  },
  {
    name: "GET /api/articles/{id}/speaker-suggestions",
    handler: suggestions.GET,
    permission: "read",
    params: (f) => ({ id: f.articleId }),
    path: (f) => `/api/articles/${f.articleId}/speaker-suggestions?start=0&end=6`,
  },
  { name: "GET /api/articles/{id}/suggestions", handler: articleSuggestions.GET, permission: "read", params: (f) => ({ id: f.articleId }) },
  { name: "POST /api/articles/{id}/suggestions", handler: articleSuggestions.POST, permission: "claims:write", params: (f) => ({ id: f.articleId }), json: () => ({}) },
  {
    name: "POST /api/articles/{id}/suggestions/accept-all",
    handler: acceptAllSuggestions.POST,
    permission: "claims:write",
    params: (f) => ({ id: f.articleId }),
    json: () => ({ speakerName: "Sergei Lavrov", confidence: "low" }),
  },
  { name: "POST /api/suggestions/{id}/accept", handler: suggestionAccept.POST, permission: "claims:write", params: (f) => ({ id: f.suggestionId }), json: () => ({ confidence: "low" }) },
  { name: "POST /api/suggestions/{id}/reject", handler: suggestionReject.POST, permission: "claims:write", method: "POST", params: (f) => ({ id: f.suggestionId }) },
  { name: "GET /api/me/settings", handler: mySettings.GET, permission: "read" },
  { name: "PATCH /api/me/settings", handler: mySettings.PATCH, permission: "read", method: "PATCH", json: () => ({ defaultConfidence: "high" }) },
  {
    name: "PUT /api/articles/{id}/text",
    handler: articleText.PUT,
    permission: "articles:write",
    method: "PUT",
    params: (f) => ({ id: f.articleId }),
    json: () => ({ text: `${TEXT}\n\nOne more paragraph.`, baseRevision: 1 }),
  },
  { name: "GET /api/claims/{id}", handler: claim.GET, permission: "read", params: (f) => ({ id: f.claimId }) },
  { name: "PATCH /api/claims/{id}", handler: claim.PATCH, permission: "claims:any", method: "PATCH", params: (f) => ({ id: f.claimId }), json: (f) => ({ version: f.claimVersion, note: "checked" }) },
  { name: "DELETE /api/claims/{id}", handler: claim.DELETE, permission: "claims:any", method: "DELETE", params: (f) => ({ id: f.claimId }) },
  { name: "GET /api/claims/{id}/history", handler: claimHistory.GET, permission: "read", params: (f) => ({ id: f.claimId }) },
  { name: "POST /api/claims/{id}/restore", handler: claimRestore.POST, permission: "claims:any", params: (f) => ({ id: f.deletedClaimId }), json: () => ({}) },
  { name: "GET /api/export", handler: corpusExport.GET, permission: "read", path: () => "/api/export?format=jsonl" },
  { name: "POST /api/import", handler: importRoute.POST, permission: "articles:write", path: () => "/api/import", json: () => sampleCorpus() },
  { name: "GET /api/me", handler: me.GET, permission: "read" },
  { name: "GET /api/speakers", handler: speakers.GET, permission: "read" },
  { name: "POST /api/speakers", handler: speakers.POST, permission: "speakers:write", json: () => ({ name: "Matthew Miller" }) },
  { name: "GET /api/speakers/{id}", handler: speaker.GET, permission: "read", params: (f) => ({ id: f.speakerId }) },
  { name: "PATCH /api/speakers/{id}", handler: speaker.PATCH, permission: "speakers:write", method: "PATCH", params: (f) => ({ id: f.speakerId }), json: () => ({ description: "NSC spokesman" }) },
  { name: "DELETE /api/speakers/{id}", handler: speaker.DELETE, permission: "speakers:write", method: "DELETE", params: (f) => ({ id: f.otherSpeakerId }) },
  { name: "POST /api/speakers/{id}/aliases", handler: aliases.POST, permission: "speakers:write", params: (f) => ({ id: f.speakerId }), json: () => ({ alias: "Kirby" }) },
  { name: "DELETE /api/speakers/{id}/aliases/{alias}", handler: alias.DELETE, permission: "speakers:write", method: "DELETE", params: (f) => ({ id: f.otherSpeakerId, alias: "Singh" }) },
  { name: "GET /api/speakers/{id}/claims", handler: speakerClaims.GET, permission: "read", params: (f) => ({ id: f.speakerId }) },
  { name: "GET /api/speakers/{id}/history", handler: speakerHistory.GET, permission: "read", params: (f) => ({ id: f.speakerId }) },
  { name: "POST /api/speakers/{id}/merge", handler: merge.POST, permission: "speakers:write", params: (f) => ({ id: f.speakerId }), json: (f) => ({ fromId: f.otherSpeakerId }) },
  { name: "GET /api/speakers/{id}/stats", handler: stats.GET, permission: "read", params: (f) => ({ id: f.speakerId }) },
  { name: "GET /api/tokens", handler: tokens.GET, permission: "tokens:own" },
  { name: "POST /api/tokens", handler: tokens.POST, permission: "tokens:own", json: () => ({ name: "nightly export" }), sessionOnly: true },
  { name: "DELETE /api/tokens/{id}", handler: token.DELETE, permission: "tokens:own", method: "DELETE", params: (f) => ({ id: f.adminTokenId }) },
  { name: "GET /api/users", handler: users.GET, permission: "users:manage" },
  {
    name: "POST /api/users",
    handler: users.POST,
    permission: "users:manage",
    json: () => ({ name: "New Analyst", email: "new.analyst@example.org", password: "a long enough password", role: "analyst" }),
  },
  { name: "GET /api/invitations", handler: invitations.GET, permission: "users:manage" },
  { name: "POST /api/invitations", handler: invitations.POST, permission: "users:manage", json: () => ({ name: "Noor", email: "noor@example.org", role: "analyst" }) },
  { name: "DELETE /api/invitations/{id}", handler: invitation.DELETE, permission: "users:manage", method: "DELETE", params: (f) => ({ id: f.invitationId }) },
  { name: "PATCH /api/users/{id}", handler: user.PATCH, permission: "users:manage", method: "PATCH", params: (f) => ({ id: f.admin.id }), json: () => ({ role: "admin" }) },
];

const callAs = (route: RouteCase, f: Fixtures, as: TestUser | null) =>
  call(route.handler as Handler, {
    method: route.method ?? (route.json ? "POST" : "GET"),
    path: route.path?.(f) ?? "/api",
    params: (route.params?.(f) ?? {}) as never,
    json: route.json?.(f),
    as,
  });

describe("who may call which route", () => {
  it("covers every permission with at least one route", () => {
    const covered = new Set(ROUTES.map((r) => r.permission));
    expect([...covered].sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  it.each(ROUTES)("$name: 401 for nobody, 403 for a role without $permission, allowed otherwise", async (route) => {
    const f = await fixtures();
    const db = await getDb();
    const people = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, role === "admin" ? f.admin : await createTestUser(role)] as const))) as Record<
      Role,
      TestUser
    >;

    const before = await countAll(db);
    const anonymous = await callAs(route, f, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toMatchObject({ code: "unauthenticated", message: expect.stringMatching(/sign in/i) });
    expect(await countAll(db)).toEqual(before);

    // Refused roles first, so that what an allowed role changes cannot hide a write.
    const refused = ROLES.filter((role) => !(PERMISSIONS[route.permission] as readonly Role[]).includes(role));
    for (const role of refused) {
      const snapshot = await countAll(db);
      const response = await callAs(route, f, people[role]);
      expect(response.status, `${role} on ${route.name}`).toBe(403);
      expect(response.body.error.code).toBe("forbidden");
      expect(response.body.error.message).toMatch(/may not|only|not change|viewer/);
      expect(await countAll(db)).toEqual(snapshot);
    }
    const allowed = ROLES.filter((role) => !refused.includes(role));
    for (const role of allowed) {
      const response = await callAs(route, f, people[role]);
      if (route.sessionOnly) {
        expect(response.status).toBe(403);
        expect(response.body.error.message).toMatch(/token cannot/);
        continue;
      }
      expect([401, 403], `${role} on ${route.name} answered ${response.status}: ${JSON.stringify(response.body)}`).not.toContain(response.status);
    }
  });

  it("lets an analyst change their own claims but not someone else's", async () => {
    const f = await fixtures();
    const ana = await createTestUser("analyst", "Ana");
    const start = TEXT.indexOf("Russia");
    const own = await call(articleClaims.POST, { params: { id: f.articleId }, json: { start, end: start + 6, kind: "reporter", confidence: "low" }, as: ana });
    expect(own.status).toBe(201);
    expect(own.body.createdBy).toEqual({ id: ana.id, name: "Ana" });
    const edited = await call(claim.PATCH, { method: "PATCH", params: { id: own.body.id }, json: { version: 1, confidence: "high" }, as: ana });
    expect(edited.status).toBe(200);
    const theirs = await call(claim.PATCH, { method: "PATCH", params: { id: f.claimId }, json: { version: f.claimVersion, note: "x" }, as: ana });
    expect(theirs.status).toBe(403);
    expect(theirs.body.error.message).toContain("only the claims you tagged");
    expect((await call(claim.DELETE, { method: "DELETE", params: { id: own.body.id }, as: ana })).status).toBe(204);
    expect((await call(claimRestore.POST, { params: { id: own.body.id }, json: {}, as: ana })).status).toBe(201);
  });

  it("answers an unknown /api address 404 in the API's shape, to anyone, signed in or not", async () => {
    const viewer = await createTestUser("viewer");
    for (const as of [null, viewer, testAdmin()]) {
      const response = await call(unknownRoute.POST, { path: "/api/articles/x/nothing", as, json: {} });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("not_found");
    }
  });

  it("lets an analyst import changes to their own claims but not to someone else's", async () => {
    const f = await fixtures();
    const ben = await createTestUser("analyst", "Ben");
    const document = (await call(articleExport.GET, { params: { id: f.articleId }, path: `/api/articles/${f.articleId}/export` })).body;
    document.claims[0].note = "Ben's note";
    document.claims[0].version += 1;
    const refused = await call(importRoute.POST, { path: "/api/import", json: document, as: ben });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.refused.map((r: { id: string }) => r.id)).toEqual([f.claimId]);
  });

  it("refuses a cookie-less request with a bad bearer token: 401, and a revoked token the same", async () => {
    const f = await fixtures();
    const bad = await call(articles.GET, { headers: { authorization: "Bearer clk_not-a-token" }, as: null });
    expect(bad.status).toBe(401);
    expect(bad.body.error.message).toMatch(/token is not valid/);
    await call(token.DELETE, { method: "DELETE", params: { id: f.adminTokenId } });
    expect((await call(articles.GET, {})).status).toBe(401);
  });
});
