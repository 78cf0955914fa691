import { describe, expect, it } from "vitest";
import { GET as listUsers, POST as createUser } from "./route";
import { PATCH as patchUser } from "./[id]/route";
import { GET as me } from "../me/route";
import { call, createTestUser, testAdmin, useRouteDatabase, type TestUser } from "../_lib/testing";
import { getAuth } from "@/db/accounts/auth";
import { getDb } from "@/db/client";
import { accounts, sessions } from "@/db/schema";
import { eq } from "drizzle-orm";

useRouteDatabase();

const NEW_ACCOUNT = { name: "Nadia Analyst", email: "Nadia@Example.org", password: "correct horse battery", role: "analyst" };

async function createAccount(json: unknown = NEW_ACCOUNT) {
  const response = await call(createUser, { path: "/api/users", json });
  expect(response.status).toBe(201);
  return response.body as { id: string; name: string; email: string; role: string; disabled: boolean };
}

const patch = (id: string, json: unknown, as?: TestUser) => call(patchUser, { method: "PATCH", params: { id }, json, ...(as ? { as } : {}) });

describe("who may manage accounts", () => {
  it.each(["viewer", "analyst"] as const)("refuses a %s: 403 on every /api/users route, and changes nothing", async (role) => {
    const caller = await createTestUser(role);
    const list = await call(listUsers, { path: "/api/users", as: caller });
    expect(list.status).toBe(403);
    expect(list.body.error).toMatchObject({ code: "forbidden", message: expect.stringMatching(/may not manage accounts: that takes admin/) });
    expect((await call(createUser, { path: "/api/users", json: NEW_ACCOUNT, as: caller })).status).toBe(403);
    expect((await patch(caller.id, { role: "admin" }, caller)).status).toBe(403);
    expect((await patch(testAdmin().id, { disabled: true }, caller)).status).toBe(403);
    const accounts = (await call(listUsers, { path: "/api/users" })).body.items;
    // Two accounts made in one millisecond list in either order, so compare them as a set.
    expect(accounts.map((a: { role: string; disabled: boolean }) => `${a.role} ${a.disabled ? "disabled" : "active"}`).sort()).toEqual(
      ["admin active", `${role} active`].sort(),
    );
  });

  it("refuses nobody signed in: 401", async () => {
    expect((await call(listUsers, { path: "/api/users", as: null })).status).toBe(401);
    expect((await call(createUser, { path: "/api/users", json: NEW_ACCOUNT, as: null })).status).toBe(401);
    expect((await call(patchUser, { method: "PATCH", params: { id: testAdmin().id }, json: { role: "viewer" }, as: null })).status).toBe(401);
  });
});

describe("GET /api/users", () => {
  it("lists accounts oldest first, a page at a time", async () => {
    await createTestUser("analyst", "Second");
    await createTestUser("viewer", "Third");
    const first = await call(listUsers, { path: "/api/users?limit=2" });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toEqual({
      id: testAdmin().id,
      name: "Ada Admin",
      email: expect.stringMatching(/@example\.org$/),
      role: "admin",
      disabled: false,
      reviewer: false,
      createdAt: expect.any(String),
    });
    const second = await call(listUsers, { path: `/api/users?limit=2&cursor=${first.body.nextCursor}` });
    expect(second.body).toEqual({ items: [expect.objectContaining({ name: "Third", role: "viewer" })], nextCursor: null });
  });

  it.each([
    ["/api/users?limit=0", "limit"],
    ["/api/users?cursor=bm9wZQ", "cursor"],
  ])("refuses %s: 422", async (path) => {
    const response = await call(listUsers, { path });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("invalid");
  });
});

describe("POST /api/users", () => {
  it("creates an account that can sign in with its password, which is stored hashed", async () => {
    const created = await createAccount();
    expect(created).toEqual({ id: expect.any(String), name: "Nadia Analyst", email: "nadia@example.org", role: "analyst", disabled: false, reviewer: false, createdAt: expect.any(String) });
    const [credential] = await (await getDb()).select().from(accounts).where(eq(accounts.userId, created.id));
    expect(credential?.password).toBeTruthy();
    expect(credential?.password).not.toContain(NEW_ACCOUNT.password);
    const signedIn = await (await getAuth()).api.signInEmail({ body: { email: "nadia@example.org", password: NEW_ACCOUNT.password } });
    expect(signedIn.user.id).toBe(created.id);
  });

  it("refuses an email that is taken, in any letter case: 409", async () => {
    await createAccount();
    const response = await call(createUser, { path: "/api/users", json: { ...NEW_ACCOUNT, name: "Other", email: "NADIA@example.ORG" } });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: "conflict", message: expect.stringMatching(/already exists/) });
    expect((await call(listUsers, { path: "/api/users" })).body.items).toHaveLength(2);
  });

  it("refuses invalid fields: 422 naming each, and stores nothing", async () => {
    const response = await call(createUser, {
      path: "/api/users",
      json: { name: " ", email: "not-an-email", password: "short", role: "owner", extra: 1 },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toMatch(/^The account is not valid: /);
    const paths = response.body.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "email", "password", "role"]));
    expect(response.body.error.details.issues.find((i: { path: string }) => i.path === "password").message).toMatch(/at least 10 characters/);
    expect((await call(listUsers, { path: "/api/users" })).body.items).toHaveLength(1);
  });
});

describe("PATCH /api/users/{id}", () => {
  it("changes a role", async () => {
    const created = await createAccount();
    const response = await patch(created.id, { role: "viewer" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: created.id, role: "viewer", disabled: false });
  });

  it("disables an account: its token stops working at once; enabling it brings it back", async () => {
    const analyst = await createTestUser("analyst");
    expect((await call(me, { as: analyst })).status).toBe(200);
    const disabled = await patch(analyst.id, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ disabled: true, role: "analyst" });
    const refused = await call(me, { as: analyst });
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toMatch(/account is disabled/);
    expect((await patch(analyst.id, { disabled: false })).body.disabled).toBe(false);
    expect((await call(me, { as: analyst })).status).toBe(200);
  });

  it("disabling signs the person out of every session and refuses new sign-ins", async () => {
    const created = await createAccount();
    const auth = await getAuth();
    const sessionsOf = async () => (await getDb()).select().from(sessions).where(eq(sessions.userId, created.id));
    await auth.api.signInEmail({ body: { email: NEW_ACCOUNT.email, password: NEW_ACCOUNT.password } });
    expect(await sessionsOf()).toHaveLength(1);
    await patch(created.id, { disabled: true });
    expect(await sessionsOf()).toHaveLength(0);
    await expect(auth.api.signInEmail({ body: { email: NEW_ACCOUNT.email, password: NEW_ACCOUNT.password } })).rejects.toThrow(/disabled/);
  });

  it("refuses to demote or disable the last active administrator: 409, nothing changes", async () => {
    const admin = testAdmin();
    for (const change of [{ role: "analyst" }, { role: "viewer" }, { disabled: true }, { role: "viewer", disabled: true }]) {
      const response = await patch(admin.id, change);
      expect(response.status).toBe(409);
      expect(response.body.error.message).toMatch(/only active administrator/);
    }
    expect((await call(me)).body.role).toBe("admin");
  });

  it("counts only active administrators: a disabled one cannot take over", async () => {
    const other = await createTestUser("admin", "Other Admin");
    expect((await patch(other.id, { disabled: true })).status).toBe(200);
    expect((await patch(testAdmin().id, { role: "analyst" })).status).toBe(409);
    expect((await patch(other.id, { disabled: false })).status).toBe(200);
    const demoted = await patch(testAdmin().id, { role: "analyst" });
    expect(demoted.status).toBe(200);
    expect(demoted.body.role).toBe("analyst");
    // Now an analyst, the former administrator is refused.
    expect((await call(listUsers, { path: "/api/users" })).status).toBe(403);
  });

  it.each([
    ["an unknown id", "no-such-user"],
    ["an id no account can have", "../../etc"],
  ])("answers 404 for %s", async (_name, id) => {
    const response = await patch(id, { role: "viewer" });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });

  it.each([
    ["nothing to change", {}],
    ["an unknown role", { role: "owner" }],
    ["disabled as a string", { disabled: "yes" }],
    ["another field", { email: "x@example.org" }],
  ])("refuses %s: 422", async (_name, json) => {
    const response = await patch(testAdmin().id, json);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("invalid");
  });
});
