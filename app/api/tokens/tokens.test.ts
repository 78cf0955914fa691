import { describe, expect, it } from "vitest";
import { GET as listTokens, POST as createToken } from "./route";
import { DELETE as revokeToken } from "./[id]/route";
import { PATCH as patchUser } from "../users/[id]/route";
import { GET as listArticles } from "../articles/route";
import { call, createSignedInUser, createTestUser, testAdmin, useRouteDatabase, type TestUser } from "../_lib/testing";
import { getDb } from "@/db/client";
import { createToken as makeToken } from "@/db/accounts/api-tokens";

useRouteDatabase();

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

/** A token for `as` (default: the test administrator), made as Settings makes it, for the tests of using one. */
async function newToken(name: string, as?: TestUser) {
  return makeToken(await getDb(), (as ?? testAdmin()).id, name);
}

/** The same person, calling with another of their tokens. */
const withToken = (user: TestUser, token: string): TestUser => ({ ...user, token });

describe("POST and GET /api/tokens", () => {
  it("creates a token for a signed-in person: the token is in the answer once, and no listing ever shows it", async () => {
    const ada = await createSignedInUser("admin", "Ada");
    const created = await call(createToken, { path: "/api/tokens", json: { name: "nightly export" }, session: ada.cookie });
    expect(created.status).toBe(201);
    const { token, info } = created.body as { token: string; info: { id: string } };
    expect(token).toMatch(/^clk_[A-Za-z0-9_-]{43}$/);
    expect(info).toEqual({
      id: expect.any(String),
      name: "nightly export",
      prefix: `${token.slice(0, 8)}…`,
      createdAt: expect.any(String),
      lastUsedAt: null,
      revokedAt: null,
    });
    const list = await call(listTokens, { path: "/api/tokens", session: ada.cookie });
    expect(list.status).toBe(200);
    expect(list.body.items.map((t: { name: string }) => t.name)).toEqual(["nightly export", "tests"]);
    expect(list.body.items[0]).toEqual(info);
    const listed = JSON.stringify(list.body);
    expect(listed).not.toContain(token);
    expect(listed).not.toContain(token.slice(8));
    expect(listed).not.toMatch(/hash/i);
  });

  it("the new token works at once, and its use is recorded", async () => {
    const { token, info } = await newToken("script");
    const asScript = withToken(testAdmin(), token);
    expect((await call(listArticles, { path: "/api/articles", as: asScript })).status).toBe(200);
    const listed = (await call(listTokens, { path: "/api/tokens" })).body.items.find((t: { id: string }) => t.id === info.id);
    expect(listed.lastUsedAt).toEqual(expect.any(String));
  });

  it("lists only the caller's own tokens; a viewer has tokens too", async () => {
    const viewer = await createTestUser("viewer");
    await newToken("viewer's notebook", viewer);
    await newToken("admin's script");
    const mine = await call(listTokens, { path: "/api/tokens", as: viewer });
    expect(mine.status).toBe(200);
    // Newest first, but the embedded database's clock can give both tokens the same millisecond: compare as a set.
    expect(mine.body.items.map((t: { name: string }) => t.name).sort()).toEqual(["tests", "viewer's notebook"]);
  });

  it.each([
    ["no name", {}],
    ["an empty name", { name: "   " }],
    ["a name over 100 characters", { name: "n".repeat(101) }],
    ["another field", { name: "x", scopes: ["all"] }],
  ])("refuses %s: 422, and creates nothing", async (_name, json) => {
    const ada = await createSignedInUser("admin");
    const response = await call(createToken, { path: "/api/tokens", json, session: ada.cookie });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("invalid");
    expect((await call(listTokens, { path: "/api/tokens", session: ada.cookie })).body.items).toHaveLength(1);
  });

  it("refuses a token that tries to make another token: 403, nothing made", async () => {
    const response = await call(createToken, { path: "/api/tokens", json: { name: "persistence" } });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/API token cannot create tokens/);
    expect((await call(listTokens, { path: "/api/tokens" })).body.items).toHaveLength(1);
  });

  it("refuses nobody signed in: 401", async () => {
    expect((await call(listTokens, { path: "/api/tokens", as: null })).status).toBe(401);
    expect((await call(createToken, { path: "/api/tokens", json: { name: "x" }, as: null })).status).toBe(401);
    expect((await call(revokeToken, { method: "DELETE", params: { id: UNKNOWN_ID }, as: null })).status).toBe(401);
  });
});

describe("DELETE /api/tokens/{id}", () => {
  it("revokes a token: 200 with it, and the next request with it is refused with 401", async () => {
    const { token, info } = await newToken("to revoke");
    const asScript = withToken(testAdmin(), token);
    expect((await call(listArticles, { path: "/api/articles", as: asScript })).status).toBe(200);

    const revoked = await call(revokeToken, { method: "DELETE", params: { id: info.id } });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: info.id, name: "to revoke", revokedAt: expect.any(String) });

    const refused = await call(listArticles, { path: "/api/articles", as: asScript });
    expect(refused.status).toBe(401);
    expect(refused.body.error).toMatchObject({ code: "unauthenticated", message: expect.stringMatching(/revoked/) });
    // The list keeps it, marked revoked; the caller's other tokens still work.
    const list = await call(listTokens, { path: "/api/tokens" });
    expect(list.status).toBe(200);
    expect(list.body.items.find((t: { id: string }) => t.id === info.id).revokedAt).toBe(revoked.body.revokedAt);
  });

  it("a script may revoke its own token", async () => {
    const { token, info } = await newToken("self-revoking");
    const asScript = withToken(testAdmin(), token);
    expect((await call(revokeToken, { method: "DELETE", params: { id: info.id }, as: asScript })).status).toBe(200);
    expect((await call(listTokens, { path: "/api/tokens", as: asScript })).status).toBe(401);
  });

  it("answers 404 for someone else's token, which keeps working", async () => {
    const analyst = await createTestUser("analyst");
    const { token, info } = await newToken("analyst's", analyst);
    const response = await call(revokeToken, { method: "DELETE", params: { id: info.id } });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toMatch(/No API token has the id/);
    expect((await call(listTokens, { path: "/api/tokens", as: withToken(analyst, token) })).status).toBe(200);
  });

  it.each([
    ["an unknown id", UNKNOWN_ID],
    ["an id that is not a UUID", "clk_abc"],
  ])("answers 404 for %s", async (_name, id) => {
    const response = await call(revokeToken, { method: "DELETE", params: { id } });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });
});

describe("tokens of a disabled account", () => {
  it("are refused with 401 while the account is disabled", async () => {
    const analyst = await createTestUser("analyst");
    const { token } = await newToken("analyst's script", analyst);
    const asScript = withToken(analyst, token);
    expect((await call(listArticles, { path: "/api/articles", as: asScript })).status).toBe(200);

    expect((await call(patchUser, { method: "PATCH", params: { id: analyst.id }, json: { disabled: true } })).status).toBe(200);
    for (const caller of [asScript, analyst]) {
      const refused = await call(listArticles, { path: "/api/articles", as: caller });
      expect(refused.status).toBe(401);
      expect(refused.body.error.message).toMatch(/account is disabled/);
    }
    expect((await call(createToken, { path: "/api/tokens", json: { name: "another" }, as: asScript })).status).toBe(401);
  });
});
