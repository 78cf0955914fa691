import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { GET as listInvitations, POST as invite } from "./route";
import { DELETE as revoke } from "./[id]/route";
import { POST as accept } from "./accept/route";
import { GET as listArticles } from "../articles/route";
import { GET as me } from "../me/route";
import { POST as createUser } from "../users/route";
import { POST as authPost } from "../auth/[...all]/route";
import { call, testAdmin, useRouteDatabase } from "../_lib/testing";
import { getDb } from "@/db/client";
import { countAll } from "@/db/testing";
import { previewInvitation } from "@/db/accounts/invitations";
import type { InvitationDto } from "@/lib/auth/model";

useRouteDatabase();

const NADIA = { name: "Nadia Haddad", email: "Nadia@Example.org", role: "analyst" };
const PASSWORD = "a password of her own choosing";
const fromThisSite = { origin: "http://localhost" };

async function invited(json: Record<string, unknown> = NADIA) {
  const response = await call(invite, { json });
  expect(response.status).toBe(201);
  return response.body as { token: string; path: string; invitation: InvitationDto };
}

const acceptAs = (token: string, json: Record<string, unknown> = {}, headers: Record<string, string> = fromThisSite) =>
  call(accept, { as: null, json: { token, name: "Nadia Haddad", password: PASSWORD, ...json }, headers });

const tokenFromPath = (path: string) => path.slice("/invite/".length);

describe("inviting a person", () => {
  it("gives a one-time link once; the list shows the invitation, never its link", async () => {
    const { token, path, invitation } = await invited();
    expect(token).toMatch(/^inv_[A-Za-z0-9_-]{43}$/);
    expect(path).toBe(`/invite/${token}`);
    expect(invitation).toMatchObject({
      name: "Nadia Haddad",
      email: "nadia@example.org",
      role: "analyst",
      status: "pending",
      invitedBy: { id: testAdmin().id, name: "Ada Admin" },
      acceptedAt: null,
      revokedAt: null,
    });
    const days = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);

    const list = await call(listInvitations, { path: "/api/invitations" });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { email: string }) => i.email)).toEqual(["nadia@example.org"]);
    expect(JSON.stringify(list.body)).not.toContain(tokenFromPath(path).slice(4));
  });

  it("refuses an email that already has an account: 409, nothing stored", async () => {
    expect((await call(createUser, { json: { ...NADIA, password: "set by the administrator" } })).status).toBe(201);
    const db = await getDb();
    const before = await countAll(db);
    const response = await call(invite, { json: { ...NADIA, email: "NADIA@example.ORG" } });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/already exists: Nadia Haddad can sign in/);
    expect(await countAll(db)).toEqual(before);
  });

  it.each([
    ["no email", { name: "Nadia", role: "analyst" }, "email"],
    ["a bad email", { ...NADIA, email: "nadia" }, "email"],
    ["an unknown role", { ...NADIA, role: "owner" }, "role"],
    ["a blank name", { ...NADIA, name: "  " }, "name"],
    ["a password (chosen by the person, not the admin)", { ...NADIA, password: "not yours to choose" }, "(body)"],
  ])("refuses %s: 422 naming the field, nothing stored", async (_what, json, path) => {
    const db = await getDb();
    const before = await countAll(db);
    const response = await call(invite, { json });
    expect(response.status).toBe(422);
    expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(await countAll(db)).toEqual(before);
  });

  it("a second invitation to the same email replaces the first: only the newest link works", async () => {
    const first = await invited();
    const second = await invited({ ...NADIA, role: "viewer" });
    const list = await call(listInvitations, { path: "/api/invitations" });
    expect(list.body.items.map((i: { id: string; role: string }) => [i.id, i.role])).toEqual([[second.invitation.id, "viewer"]]);
    const old = await acceptAs(first.token);
    expect(old.status).toBe(410);
    expect(old.body.error.message).toMatch(/withdrawn/);
    expect((await acceptAs(second.token)).body.role).toBe("viewer");
  });

  it("pages through open invitations, newest first, without repeats", async () => {
    for (let i = 0; i < 5; i++) await invited({ name: `Person ${i}`, email: `person${i}@example.org`, role: "viewer" });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : "";
      const page = await call(listInvitations, { path: `/api/invitations?limit=2${query}` });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((i: { email: string }) => i.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const bad = await call(listInvitations, { path: "/api/invitations?cursor=bm90IGEgY3Vyc29y" });
    expect(bad.status).toBe(422);
  });
});

describe("accepting an invitation", () => {
  it("creates the account with the person's own password and the invited role; they can then sign in", async () => {
    const { token } = await invited();
    const preview = await previewInvitation(await getDb(), token);
    expect(preview).toMatchObject({ name: "Nadia Haddad", email: "nadia@example.org", role: "analyst", invitedBy: "Ada Admin" });

    const created = await acceptAs(token, { name: "Nadia H." });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Nadia H.", email: "nadia@example.org", role: "analyst", disabled: false });

    const signIn = await authPost(
      new Request("http://localhost/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", ...fromThisSite, "x-forwarded-for": "10.7.0.1" },
        body: JSON.stringify({ email: "nadia@example.org", password: PASSWORD }),
      }),
    );
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const who = await call(me, { session: cookie });
    expect(who.body).toMatchObject({ email: "nadia@example.org", role: "analyst" });
    expect((await call(listArticles, { session: cookie })).status).toBe(200);

    const list = await call(listInvitations, { path: "/api/invitations" });
    expect(list.body.items).toEqual([]);
  });

  it("works once: a second use is 410 and creates nothing", async () => {
    const { token } = await invited();
    expect((await acceptAs(token)).status).toBe(201);
    const db = await getDb();
    const before = await countAll(db);
    const again = await acceptAs(token, { password: "another password entirely" });
    expect(again.status).toBe(410);
    expect(again.body.error.message).toMatch(/has been used: the account for nadia@example.org exists/);
    expect(await countAll(db)).toEqual(before);
  });

  it("refuses an expired, a withdrawn and an unknown link, each with its reason, and stores nothing", async () => {
    const db = await getDb();
    const expired = await invited();
    await db.execute(sql`update invitations set created_at = now() - interval '9 days', expires_at = now() - interval '2 days' where id = ${expired.invitation.id}`);
    const withdrawn = await invited({ ...NADIA, email: "wanda@example.org" });
    expect((await call(revoke, { method: "DELETE", params: { id: withdrawn.invitation.id } })).body.status).toBe("revoked");
    const before = await countAll(db);

    const tooLate = await acceptAs(expired.token);
    expect(tooLate.status).toBe(410);
    expect(tooLate.body.error.message).toMatch(/expired on \d{4}-\d{2}-\d{2}\. Ask the administrator who invited you for a new link/);
    const gone = await acceptAs(withdrawn.token);
    expect(gone.status).toBe(410);
    expect(gone.body.error.message).toMatch(/withdrawn/);
    const unknown = await acceptAs(`inv_${"A".repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/not known here/);
    expect(await countAll(db)).toEqual(before);
    // The expired invitation is still listed, as expired, for the administrator to renew or withdraw.
    const list = await call(listInvitations, { path: "/api/invitations" });
    expect(list.body.items.map((i: { email: string; status: string }) => [i.email, i.status])).toEqual([["nadia@example.org", "expired"]]);
  });

  it.each([
    ["a short password", { password: "short" }, "password"],
    ["a malformed token", { token: "inv_short" }, "token"],
    ["a blank name", { name: " " }, "name"],
    ["an attempt to choose the role", { role: "admin" }, "(body)"],
  ])("refuses %s: 422, nothing stored, and the link still works", async (_what, json, path) => {
    const { token } = await invited();
    const db = await getDb();
    const before = await countAll(db);
    const response = await acceptAs(token, json);
    expect(response.status).toBe(422);
    expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(await countAll(db)).toEqual(before);
    expect((await acceptAs(token)).status).toBe(201);
  });

  it("refuses an acceptance posted from another site: 403, and the link still works", async () => {
    const { token } = await invited();
    const refused = await acceptAs(token, {}, { origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect((await acceptAs(token)).status).toBe(201);
  });

  it("when an administrator made the account directly meanwhile, the link says so and creates nothing", async () => {
    const { token } = await invited();
    expect((await call(createUser, { json: { ...NADIA, password: "set by the administrator" } })).status).toBe(201);
    const db = await getDb();
    await expect(previewInvitation(db, token)).rejects.toThrow(/exists already/);
    const before = await countAll(db);
    const response = await acceptAs(token);
    expect(response.status).toBe(409);
    expect(await countAll(db)).toEqual(before);
  });

  it("two people racing with one link: exactly one account is made", async () => {
    const { token } = await invited();
    const results = await Promise.all([acceptAs(token), acceptAs(token, { password: "the other tab's password" })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 410]);
  });
});

describe("withdrawing an invitation", () => {
  it("stops the link; withdrawing an accepted one is 409; an unknown id is 404", async () => {
    const { token, invitation } = await invited();
    const other = await invited({ ...NADIA, email: "omar@example.org" });
    expect((await acceptAs(other.token)).status).toBe(201);

    const done = await call(revoke, { method: "DELETE", params: { id: invitation.id } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: invitation.id, status: "revoked", revokedAt: expect.any(String) });
    expect((await acceptAs(token)).status).toBe(410);

    const accepted = await call(revoke, { method: "DELETE", params: { id: other.invitation.id } });
    expect(accepted.status).toBe(409);
    expect(accepted.body.error.message).toMatch(/already accepted this invitation: disable their account instead/);
    expect((await call(revoke, { method: "DELETE", params: { id: "00000000-0000-4000-8000-000000000000" } })).status).toBe(404);
    expect((await call(revoke, { method: "DELETE", params: { id: "not-an-id" } })).status).toBe(404);
  });
});
