import { beforeEach, describe, expect, it } from "vitest";
import { POST as createArticle } from "../articles/route";
import { GET as listClaims, POST as createClaim } from "../articles/[id]/claims/route";
import { GET as listAssignments, POST as assign } from "../articles/[id]/assignments/route";
import { GET as articleAgreement } from "../articles/[id]/agreement/route";
import { GET as disagreements } from "../articles/[id]/disagreements/route";
import { POST as review } from "../articles/[id]/review/route";
import { GET as exportArticle } from "../articles/[id]/export/route";
import { GET as articleHistory } from "../articles/[id]/history/route";
import { GET as corpusAgreement } from "../agreement/route";
import { GET as activity } from "../activity/route";
import { GET as getClaim } from "../claims/[id]/route";
import { GET as claimHistory } from "../claims/[id]/history/route";
import { GET as listArticles } from "../articles/route";
import { PATCH as patchUser } from "../users/[id]/route";
import { POST as done } from "./[id]/done/route";
import { POST as reopen } from "./[id]/reopen/route";
import { call, createTestUser, useRouteDatabase, type TestUser } from "../_lib/testing";
import { getDb } from "@/db/client";
import { countAll } from "@/db/testing";

useRouteDatabase();

const TEXT = "Kirby said Russia could provide air defense. The council warned of more strikes. Officials declined to comment on the report.";
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

let articleId: string;
let ana: TestUser;
let ben: TestUser;

beforeEach(async () => {
  articleId = (await call(createArticle, { path: "/api/articles", json: { title: "Air defense", text: TEXT } })).body.id;
  ana = await createTestUser("analyst", "Ana");
  ben = await createTestUser("analyst", "Ben");
});

const tag = (as: TestUser, words: string, fields: Record<string, unknown>) =>
  call(createClaim, { params: { id: articleId }, json: { ...span(words), confidence: "moderate", ...fields }, as });

/** Ana and Ben tag the article independently: one claim the same, two different (worked out in the assertions). */
async function annotate() {
  const kirby = { kind: "attributed", speaker: "John Kirby", cue: "said", confidence: "high" };
  const council = { kind: "attributed", speaker: "the council", cue: "warned" };
  const a = [
    await tag(ana, "Russia could provide air defense", kirby),
    await tag(ana, "more strikes", council),
    await tag(ana, "Officials declined to comment", { kind: "reporter" }),
  ].map((r) => r.body);
  const b = [
    await tag(ben, "Russia could provide air defense", kirby),
    await tag(ben, "of more strikes", { ...council, confidence: "high" }),
    await tag(ben, "Officials declined to comment on the report", { kind: "reporter" }),
  ].map((r) => r.body);
  return { a, b };
}

async function assignBoth() {
  const assigned = await call(assign, { params: { id: articleId }, json: { userIds: [ana.id, ben.id] } });
  expect(assigned.status).toBe(201);
  return Object.fromEntries(assigned.body.items.map((i: { user: { id: string }; id: string }) => [i.user.id, i.id])) as Record<string, string>;
}

describe("independent annotation", () => {
  it("hides each assignee's claims from the other until both are done, then shows everything", async () => {
    const admin = await tag((await createTestUser("admin", "Earlier")), "Kirby said", { kind: "reporter" });
    const ids = await assignBoth();
    const { a, b } = await annotate();

    const anaSees = await call(listClaims, { params: { id: articleId }, as: ana });
    expect(anaSees.body.items.map((c: { id: string }) => c.id).sort()).toEqual(a.map((c) => c.id).sort());
    // Others see neither assignee's claims, only the one from before the assignment.
    const others = await call(listClaims, { params: { id: articleId } });
    expect(others.body.items.map((c: { id: string }) => c.id)).toEqual([admin.body.id]);
    const library = await call(listArticles, { path: "/api/articles", as: ben });
    expect(library.body.items[0].claimCount).toBe(3);

    for (const refused of [await call(getClaim, { params: { id: a[0].id }, as: ben }), await call(claimHistory, { params: { id: a[0].id }, as: ben })]) {
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/hidden while its article is assigned/);
    }
    const exported = await call(exportArticle, { params: { id: articleId }, path: `/api/articles/${articleId}/export?format=jsonl`, as: ben });
    expect(exported.body.trim().split("\n").map((l: string) => JSON.parse(l).claim_id).sort()).toEqual(b.map((c) => c.id).sort());
    const actors = (body: { items: { actor: { id: string } }[] }) => new Set(body.items.map((e) => e.actor.id));
    expect(actors((await call(activity, { path: "/api/activity", as: ben })).body)).toEqual(new Set([ben.id]));
    expect(actors((await call(articleHistory, { params: { id: articleId }, as: ana })).body)).toEqual(new Set([ana.id]));

    // The agreement and the review wait for everyone, and say so.
    const early = await call(articleAgreement, { params: { id: articleId } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/Ana, Ben have not marked the article done/);

    expect((await call(done, { params: { id: ids[ana.id] as string }, json: {}, as: ana })).status).toBe(200);
    // Still hidden while Ben works.
    expect((await call(getClaim, { params: { id: b[0].id }, as: ana })).status).toBe(403);
    expect((await call(done, { params: { id: ids[ben.id] as string }, json: {}, as: ben })).status).toBe(200);
    expect((await call(getClaim, { params: { id: b[0].id }, as: ana })).status).toBe(200);
    expect((await call(listClaims, { params: { id: articleId } })).body.items).toHaveLength(7);

    const listed = await call(listAssignments, { params: { id: articleId }, as: ana });
    expect(listed.body.items.map((i: { user: { name: string }; status: string }) => [i.user.name, i.status])).toEqual([["Ana", "done"], ["Ben", "done"]]);

    // Reopened: hidden again.
    expect((await call(reopen, { params: { id: ids[ben.id] as string }, json: {}, as: ben })).status).toBe(200);
    expect((await call(getClaim, { params: { id: a[0].id }, as: ben })).status).toBe(403);
  });

  it("computes the agreement, and the reviewer's decisions become the reviewed claim set", async () => {
    const ids = await assignBoth();
    const { a, b } = await annotate();
    for (const who of [ana, ben]) await call(done, { params: { id: ids[who.id] as string }, json: {}, as: who });

    const figures = await call(articleAgreement, { params: { id: articleId } });
    expect(figures.status).toBe(200);
    expect(figures.body.analysts).toEqual([{ id: ana.id, name: "Ana" }, { id: ben.id, name: "Ben" }]);
    const [pair] = figures.body.pairs;
    // Attributed: one exact match of two each (P = R = F1 = 0.5); leniently both ("of more strikes" vs "more
    // strikes": Jaccard 12/15 = 0.8). Reporter: "Officials declined to comment" vs "… on the report", 29/43 ≈ 0.67.
    expect(pair.attributed.exact).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(pair.attributed.lenient).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(pair.reporter.exact.f1).toBe(0);
    expect(pair.reporter.lenient.f1).toBe(1);
    expect(pair.matched).toBe(3);
    expect(pair.kind).toEqual({ agreement: 1, kappa: 1, n: 3 });
    expect(pair.speaker).toEqual({ agreement: 1, n: 2 });
    expect(pair.confidence.n).toBe(3);
    expect(figures.body.overall.n).toBe(3);
    const corpus = await call(corpusAgreement, { path: `/api/agreement?articles=${articleId}` });
    expect(corpus.body.pairs[0].attributed).toEqual(pair.attributed);

    const units = await call(disagreements, { params: { id: articleId } });
    expect(units.body.counts).toEqual({ units: 3, agreed: 1, disagreements: 2, reviewed: 0, dropped: 0 });
    const [, strikes, officials] = units.body.units as { key: string; agreed: boolean }[];
    const merged = { ...span("Officials declined to comment on the report"), kind: "reporter", confidence: "low" };
    const decided = await call(review, {
      params: { id: articleId },
      json: { decisions: [{ unit: strikes?.key, keep: [b[1].id] }, { unit: officials?.key, merged }] },
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toEqual({ decided: 2, agreedKept: 1, dropped: 0, replaced: 0, remaining: 0 });

    const reviewed = await call(exportArticle, { params: { id: articleId }, path: `/api/articles/${articleId}/export?set=reviewed` });
    const claims = reviewed.body.claims as { quote: string; set: string; review: { by: { name: string }; sources: string[] } }[];
    expect(claims.map((c) => [c.quote, c.set, c.review.by.name, c.review.sources.length])).toEqual([
      ["Russia could provide air defense", "reviewed", "Ada Admin", 2],
      ["of more strikes", "reviewed", "Ada Admin", 1],
      ["Officials declined to comment on the report", "reviewed", "Ada Admin", 2],
    ]);
    expect(claims[2]?.review.sources.sort()).toEqual([a[2].id, b[2].id].sort());
    // Deciding again replaces the earlier reviewed claim of that disagreement.
    const again = await call(review, { params: { id: articleId }, json: { decisions: [{ unit: strikes?.key, keep: [a[1].id] }] } });
    expect(again.body).toMatchObject({ decided: 1, agreedKept: 0, replaced: 1 });
  });

  it("drops a disagreement: settled and recorded, nothing in the reviewed set; dropping again changes nothing", async () => {
    const ids = await assignBoth();
    const { a, b } = await annotate();
    for (const who of [ana, ben]) await call(done, { params: { id: ids[who.id] as string }, json: {}, as: who });
    const [, strikes, officials] = (await call(disagreements, { params: { id: articleId } })).body.units as { key: string }[];

    const first = await call(review, { params: { id: articleId }, json: { decisions: [{ unit: officials?.key, drop: true }] } });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ decided: 0, agreedKept: 1, dropped: 1, replaced: 0, remaining: 1 });
    const units = (await call(disagreements, { params: { id: articleId } })).body;
    expect(units.counts).toEqual({ units: 3, agreed: 1, disagreements: 2, reviewed: 1, dropped: 1 });
    const dropped = units.units[2];
    expect(dropped.reviewed).toEqual([]);
    expect(dropped.dropped).toMatchObject({ by: { name: "Ada Admin" } });
    expect(Date.parse(dropped.dropped.at)).not.toBeNaN();
    const quotes = async () => {
      const exported = await call(exportArticle, { params: { id: articleId }, path: `/api/articles/${articleId}/export?set=reviewed` });
      return (exported.body.claims as { quote: string }[]).map((c) => c.quote);
    };
    // Only the agreed claim: neither analyst's "Officials declined…" is in the reviewed set.
    expect(await quotes()).toEqual(["Russia could provide air defense"]);

    // Dropping again is idempotent (like any decision taken again, it replaces the earlier one: here, by itself).
    const db = await getDb();
    const before = await countAll(db);
    const again = await call(review, { params: { id: articleId }, json: { decisions: [{ unit: officials?.key, drop: true }] } });
    expect(again.body).toEqual({ decided: 0, agreedKept: 0, dropped: 1, replaced: 0, remaining: 1 });
    expect(await countAll(db)).toEqual(before);

    // Keeping after a drop replaces the drop; dropping after a keep removes the kept claim.
    await call(review, { params: { id: articleId }, json: { decisions: [{ unit: officials?.key, keep: [a[2].id] }, { unit: strikes?.key, keep: [b[1].id] }] } });
    const kept = (await call(disagreements, { params: { id: articleId } })).body;
    expect(kept.counts).toMatchObject({ reviewed: 2, dropped: 0 });
    expect(kept.units[2].dropped).toBeNull();
    const swapped = await call(review, { params: { id: articleId }, json: { decisions: [{ unit: strikes?.key, drop: true }] } });
    expect(swapped.body).toEqual({ decided: 0, agreedKept: 0, dropped: 1, replaced: 1, remaining: 0 });
    expect(await quotes()).toEqual(["Russia could provide air defense", "Officials declined to comment"]);
  });
});

describe("bad input: a clear 4xx and nothing stored", () => {
  it("refuses to assign a viewer, a single analyst, or an unknown account", async () => {
    const viewer = await createTestUser("viewer", "Vic");
    const db = await getDb();
    const before = await countAll(db);
    const cases = [
      [{ userIds: [ana.id, viewer.id] }, /Vic is a viewer/],
      [{ userIds: [ana.id] }, /at least two analysts/],
      [{ userIds: [ana.id, "nobody-here"] }, /no account has the id nobody-here/],
      [{ userIds: [] }, /at least one analyst/],
    ] as const;
    for (const [json, message] of cases) {
      const response = await call(assign, { params: { id: articleId }, json });
      expect(response.status).toBe(422);
      expect(response.body.error.message).toMatch(message);
    }
    expect(await countAll(db)).toEqual(before);
  });

  it("refuses marking someone else's assignment done, and reviewing before everyone is done", async () => {
    const ids = await assignBoth();
    await annotate();
    const db = await getDb();
    const before = await countAll(db);
    const theirs = await call(done, { params: { id: ids[ana.id] as string }, json: {}, as: ben });
    expect(theirs.status).toBe(403);
    expect(theirs.body.error.message).toBe("Only Ana can mark their own assignment done.");
    const early = await call(review, { params: { id: articleId }, json: { decisions: [] } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/Not every assignee is done/);
    expect(await countAll(db)).toEqual(before);
  });

  it("refuses a decision on a claim outside the disagreement, and keeps nothing of the review", async () => {
    const ids = await assignBoth();
    const { a } = await annotate();
    for (const who of [ana, ben]) await call(done, { params: { id: ids[who.id] as string }, json: {}, as: who });
    const units = (await call(disagreements, { params: { id: articleId } })).body.units as { key: string }[];
    const db = await getDb();
    const before = await countAll(db);
    const response = await call(review, { params: { id: articleId }, json: { decisions: [{ unit: units[1]?.key, keep: [a[0].id] }] } });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toMatch(/is not one of this disagreement's/);
    expect(await countAll(db)).toEqual(before);
  });

  it("refuses a malformed drop, and a drop by someone who is not a reviewer", async () => {
    const ids = await assignBoth();
    const { a } = await annotate();
    for (const who of [ana, ben]) await call(done, { params: { id: ids[who.id] as string }, json: {}, as: who });
    const units = (await call(disagreements, { params: { id: articleId } })).body.units as { key: string }[];
    const unit = units[1]?.key;
    const db = await getDb();
    const before = await countAll(db);
    const cases = [
      [{ unit, drop: false }, /or drop: true/],
      [{ unit, drop: "yes" }, /or drop: true/],
      [{ unit, drop: true, keep: [a[1].id] }, /or drop: true/],
      [{ unit: "not-a-key", drop: true }, /disagreement's key/],
      [{ unit: "00000000-0000-4000-8000-000000000000", drop: true }, /no disagreement of this article has the key/],
    ] as const;
    for (const [decision, message] of cases) {
      const response = await call(review, { params: { id: articleId }, json: { decisions: [decision] } });
      expect(response.status, JSON.stringify(decision)).toBe(422);
      expect(response.body.error.message).toMatch(message);
    }
    const twice = await call(review, { params: { id: articleId }, json: { decisions: [{ unit, drop: true }, { unit, keep: [a[1].id] }] } });
    expect(twice.status).toBe(422);
    expect(twice.body.error.message).toMatch(/at most once/);
    // Ana is an analyst without the reviewer permission: she may not settle her own disagreement.
    const refused = await call(review, { params: { id: articleId }, json: { decisions: [{ unit, drop: true }] }, as: ana });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/review disagreements/);
    expect(await countAll(db)).toEqual(before);
  });

  it("lets an analyst granted the reviewer permission assign, and no one else", async () => {
    const cara = await createTestUser("analyst", "Cara");
    expect((await call(assign, { params: { id: articleId }, json: { userIds: [ana.id, ben.id] }, as: cara })).status).toBe(403);
    const granted = await call(patchUser, { method: "PATCH", params: { id: cara.id }, json: { reviewer: true } });
    expect(granted.body.reviewer).toBe(true);
    expect((await call(assign, { params: { id: articleId }, json: { userIds: [ana.id, ben.id] }, as: cara })).status).toBe(201);
    const viewer = await createTestUser("viewer", "Vic");
    const refused = await call(patchUser, { method: "PATCH", params: { id: viewer.id }, json: { reviewer: true } });
    expect(refused.status).toBe(422);
  });
});
