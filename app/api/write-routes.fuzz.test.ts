import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as articles from "./articles/route";
import * as article from "./articles/[id]/route";
import * as articleText from "./articles/[id]/text/route";
import * as revisionRestore from "./articles/[id]/revisions/[revision]/restore/route";
import * as articleClaims from "./articles/[id]/claims/route";
import * as claim from "./claims/[id]/route";
import * as claimRestore from "./claims/[id]/restore/route";
import * as speakers from "./speakers/route";
import * as speaker from "./speakers/[id]/route";
import * as aliases from "./speakers/[id]/aliases/route";
import * as alias from "./speakers/[id]/aliases/[alias]/route";
import * as merge from "./speakers/[id]/merge/route";
import * as importRoute from "./import/route";
import * as tokens from "./tokens/route";
import * as token from "./tokens/[id]/route";
import * as users from "./users/route";
import * as user from "./users/[id]/route";
import * as invitations from "./invitations/route";
import * as invitation from "./invitations/[id]/route";
import * as accept from "./invitations/accept/route";
import { call, createSignedInUser, createTestUser, useRouteDatabase } from "./_lib/testing";
import { getDb } from "@/db/client";
import { backends, countAll } from "@/db/testing";
import { sampleCorpus } from "@/lib/import/import-fixtures";

/**
 * A fuzz of every write route (issue 10): arbitrary JSON bodies, query strings and path segments (U+0000, huge
 * and fractional numbers, wrong types, long strings, ids in any letter case or not ids at all) sent by a signed-in
 * administrator from a Claimlens page. No answer may be a 5xx, and a refused request (4xx) must store nothing.
 */

// One database start: PostgreSQL when there is one (it is the stricter: PGlite takes some text PostgreSQL refuses).
useRouteDatabase(backends.at(-1));

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("\u0000", "a\u0000b", "%00", "", " ", "x".repeat(12_000), "💥".repeat(400), 2 ** 31, 2 ** 31 - 1, 2 ** 53, -1, 0, 1.5, 1e308, null, true, [], {}),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.uuid().map((id) => id.toUpperCase()),
  fc.jsonValue({ maxDepth: 2 }),
);

interface Target {
  name: string;
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  handler: Handler;
  params: string[];
  /** A body the route accepts (`n` is fresh each run, for names that must not clash); each run spoils a field or two. */
  valid?: (n: number, f: Fixtures) => Record<string, unknown>;
  query?: string[];
}

interface Fixtures {
  ministryId: string;
  invitationToken: string;
}

const PASSWORD = "a long enough password";

const TARGETS: Target[] = [
  { name: "import an article", method: "POST", handler: articles.POST as Handler, params: [], valid: (n) => ({ title: `Article ${n}`, text: "Kirby said so.", sourceUrl: "https://news.example/a", publishedAt: "2023-11-21", format: "text" }) },
  { name: "delete an article", method: "DELETE", handler: article.DELETE as Handler, params: ["article"] },
  { name: "save a text", method: "PUT", handler: articleText.PUT as Handler, params: ["article"], valid: (n) => ({ text: `Kirby said the talks had stalled (${n}). The ministry denied it.`, baseRevision: 1, format: "text" }) },
  { name: "restore a revision", method: "POST", handler: revisionRestore.POST as Handler, params: ["article", "revision"], valid: () => ({ baseRevision: 2 }) },
  { name: "tag a claim", method: "POST", handler: articleClaims.POST as Handler, params: ["article"], valid: (n) => ({ start: 0, end: 5, kind: "attributed", speaker: `Speaker ${n}`, cue: "said", confidence: "low", note: "A note" }) },
  { name: "edit a claim", method: "PATCH", handler: claim.PATCH as Handler, params: ["claim"], valid: () => ({ version: 1, start: 0, end: 5, kind: "attributed", speaker: "Kirby", cue: "said", confidence: "high", note: "Edited" }) },
  { name: "delete a claim", method: "DELETE", handler: claim.DELETE as Handler, params: ["claim"], query: ["version"] },
  { name: "restore a claim", method: "POST", handler: claimRestore.POST as Handler, params: ["claim"], valid: () => ({}) },
  { name: "create a speaker", method: "POST", handler: speakers.POST as Handler, params: [], valid: (n) => ({ name: `Person ${n}`, kind: "person", description: "A description", aliases: [`P${n}`] }) },
  { name: "edit a speaker", method: "PATCH", handler: speaker.PATCH as Handler, params: ["speaker"], valid: (n) => ({ name: `Renamed ${n}`, kind: "organization", description: "Edited" }) },
  { name: "delete a speaker", method: "DELETE", handler: speaker.DELETE as Handler, params: ["speaker"] },
  { name: "add an alias", method: "POST", handler: aliases.POST as Handler, params: ["speaker"], valid: (n) => ({ alias: `Alias ${n}` }) },
  { name: "remove an alias", method: "DELETE", handler: alias.DELETE as Handler, params: ["speaker", "alias"] },
  { name: "merge speakers", method: "POST", handler: merge.POST as Handler, params: ["speaker"], valid: (_n, f) => ({ fromId: f.ministryId }), query: ["preview"] },
  { name: "create a token", method: "POST", handler: tokens.POST as Handler, params: [], valid: (n) => ({ name: `Token ${n}` }) },
  { name: "revoke a token", method: "DELETE", handler: token.DELETE as Handler, params: ["token"] },
  { name: "create an account", method: "POST", handler: users.POST as Handler, params: [], valid: (n) => ({ name: `User ${n}`, email: `user${n}@example.org`, password: PASSWORD, role: "viewer" }) },
  { name: "change an account", method: "PATCH", handler: user.PATCH as Handler, params: ["user"], valid: () => ({ role: "analyst", disabled: false }) },
  { name: "invite", method: "POST", handler: invitations.POST as Handler, params: [], valid: (n) => ({ name: `Guest ${n}`, email: `guest${n}@example.org`, role: "viewer" }) },
  { name: "withdraw an invitation", method: "DELETE", handler: invitation.DELETE as Handler, params: ["invitation"] },
  { name: "accept an invitation", method: "POST", handler: accept.POST as Handler, params: [], valid: (n, f) => ({ token: f.invitationToken, name: `Guest ${n}`, password: PASSWORD }) },
];

const CLAIM_FIELDS = ["id", "start", "end", "quote", "prefix", "suffix", "kind", "speaker", "cue", "confidence", "note", "version", "status", "createdAt"];

/** The fields a run spoils: one or two of the route's own (or a stray one), each given a nasty value or removed. */
const spoils = (fields: string[]) =>
  fc.dictionary(fc.constantFrom(...fields, "unexpected"), fc.option(nasty, { nil: undefined, freq: 6 }), { minKeys: 1, maxKeys: 2 });

/** A request: a route, its path segments, a query, and a body (a spoiled valid one, mostly; sometimes any JSON). */
function requestFor(target: Target, ids: Record<string, string[]>) {
  const fields = target.valid ? Object.keys(target.valid(0, { ministryId: "", invitationToken: "" })) : [];
  return fc.record({
    target: fc.constant(target),
    params: fc.tuple(...target.params.map((p) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids[p]!) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }))),
    body: target.valid
      ? fc.oneof({ weight: 5, arbitrary: spoils(fields) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((json) => ({ whole: json })) })
      : fc.constant(undefined),
    query: fc.option(fc.tuple(fc.constantFrom(...(target.query ?? ["dryRun"])), fc.oneof(fc.constantFrom("true", "1", "%00", "2147483648", "-1", "1.5", ""), fc.string({ maxLength: 10 })))),
  });
}

const PARAM_NAMES: Record<string, string> = { article: "id", claim: "id", speaker: "id", token: "id", user: "id", invitation: "id", revision: "revision", alias: "alias" };

describe("the write routes, fuzzed", () => {
  it("never answer 5xx, and store nothing when they refuse", async () => {
    const db = await getDb();
    const admin = await createSignedInUser("admin", "Fuzz Admin");
    const other = await createTestUser("analyst", "Fuzz Analyst");
    const made = async (handler: Handler, json: unknown, params: Record<string, string> = {}) =>
      (await call(handler, { session: admin.cookie, json, params: params as never })).body;
    const art = await made(articles.POST as Handler, { title: "Fuzz", text: "Kirby said the talks had stalled. The ministry denied it." });
    const kirby = await made(speakers.POST as Handler, { name: "John Kirby", aliases: ["Kirby"] });
    const ministry = await made(speakers.POST as Handler, { name: "The ministry" });
    const tagged = await made(articleClaims.POST as Handler, { start: 0, end: 5, kind: "attributed", speakerId: kirby.id, confidence: "low" }, { id: art.id });
    const tok = await made(tokens.POST as Handler, { name: "fuzz" });
    const inv = await made(invitations.POST as Handler, { name: "Ivy", email: "ivy@example.org", role: "viewer" });
    const fixtures: Fixtures = { ministryId: ministry.id, invitationToken: inv.token };
    const pathIds = (real: string[]) => [...real, ...real.map((id) => id.toUpperCase()), "not-a-uuid", "%00", "\u0000", "00000000-0000-4000-8000-000000000000", "x".repeat(400)];
    const ids: Record<string, string[]> = {
      revision: ["1", "2", "0", "2147483648", "%00", "1e3"],
      alias: ["Kirby", "KIRBY", "a%00b", "%", "x".repeat(300)],
      article: pathIds([art.id]),
      claim: pathIds([tagged.id]),
      speaker: pathIds([kirby.id, ministry.id]),
      token: pathIds([tok.info.id]),
      invitation: pathIds([inv.invitation.id]),
      user: [other.id, admin.id, "%00", "x".repeat(101), "no-such-user"],
    };

    const request = fc.oneof(
      ...TARGETS.map((target) => requestFor(target, ids)),
      // An import: a valid document with one nasty value where a claim's or the article's field was.
      fc.record({
        target: fc.constant<Target>({ name: "import a document", method: "POST", handler: importRoute.POST as Handler, params: [] }),
        params: fc.constant([] as string[]),
        body: fc.tuple(fc.constantFrom(...CLAIM_FIELDS, "article.title", "article.text", "article.id"), nasty).map(([field, value]) => {
          const document = sampleCorpus() as unknown as { articles: (Record<string, unknown> & { claims: Record<string, unknown>[] })[] };
          const first = document.articles[0]!;
          if (field.startsWith("article.")) first[field.slice("article.".length)] = value;
          else first.claims[0]![field] = value;
          return { whole: document as unknown };
        }),
        query: fc.option(fc.constant(["dryRun", "false"] as [string, string])),
      }),
    );

    let n = 0;
    await fc.assert(
      fc.asyncProperty(request, async ({ target, params, body, query }) => {
        n += 1;
        let json: unknown;
        if (body && typeof body === "object" && "whole" in body) json = (body as { whole: unknown }).whole;
        else if (body !== undefined && target.valid) json = { ...target.valid(n, fixtures), ...(body as Record<string, unknown>) };
        const before = await countAll(db);
        const search = query ? `?${encodeURIComponent(query[0])}=${encodeURIComponent(query[1])}` : "";
        const response = await call(target.handler, {
          method: target.method,
          path: `/api/fuzz${search}`,
          session: admin.cookie,
          params: Object.fromEntries(target.params.map((name, i) => [PARAM_NAMES[name], params[i]])) as never,
          ...(json === undefined ? {} : { json }),
        });
        expect(response.status, `${target.name} ${JSON.stringify(json)?.slice(0, 200)}: ${JSON.stringify(response.body).slice(0, 300)}`).toBeLessThan(500);
        if (response.status >= 400) expect(await countAll(db), `${target.name} refused (${response.status}) but stored something`).toEqual(before);
      }),
      { numRuns: 250 },
    );
  });
});
