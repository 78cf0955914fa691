import { describe, expect, it, vi } from "vitest";
import { GET as authGet, POST as authPost } from "./[...all]/route";
import { GET as listArticles, POST as createArticle } from "../articles/route";
import { PATCH as patchUser } from "../users/[id]/route";
import { call, useRouteDatabase } from "../_lib/testing";
import { getDb } from "@/db/client";
import { createAccount } from "@/db/accounts/users";
import { countAll } from "@/db/testing";
import { SIGN_IN_ATTEMPTS_PER_MINUTE } from "@/lib/auth/sign-in-limit";
import { peerHeaders } from "../_lib/peer-address";

useRouteDatabase();

const ORIGIN = "http://localhost";
let address = 0;

/** A browser's request to better-auth's endpoints, from an address of its own (the rate limit is per address). */
function authRequest(path: string, body: unknown, headers: Record<string, string> = {}) {
  return authPost(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, ...peerHeaders(`10.0.0.${address}`), ...headers },
      body: JSON.stringify(body),
    }),
  );
}

async function analyst() {
  address += 1;
  const email = `ana${address}@example.org`;
  const user = await createAccount(await getDb(), { name: "Ana", email, password: "a long enough password", role: "analyst" });
  return { user, email, password: "a long enough password" };
}

/** The session cookie a successful sign-in sets, as a browser would send it back. */
const cookieOf = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

describe("sign-in (better-auth)", () => {
  it("signs in with the right password: an HTTP-only session cookie that authenticates API requests", async () => {
    const { email, password } = await analyst();
    const response = await authRequest("/sign-in/email", { email, password });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    const listed = await call(listArticles, { as: null, headers: { cookie: cookieOf(response) } });
    expect(listed.status).toBe(200);
  });

  it("refuses a wrong password and, past the limit, every attempt from that address", async () => {
    const { email } = await analyst();
    const first = await authRequest("/sign-in/email", { email, password: "not the password" });
    expect(first.status).toBe(401);
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_MINUTE + 1; i++) statuses.push((await authRequest("/sign-in/email", { email, password: "guess" })).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it("refuses a disabled account with a clear message", async () => {
    const { user, email, password } = await analyst();
    expect((await call(patchUser, { method: "PATCH", params: { id: user.id }, json: { disabled: true } })).status).toBe(200);
    const response = await authRequest("/sign-in/email", { email, password });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toMatch(/disabled/);
  });

  it("does not serve sign-up or the admin plugin's endpoints", async () => {
    const before = await countAll(await getDb());
    expect((await authRequest("/sign-up/email", { email: "eve@example.org", password: "a long enough password", name: "Eve" })).status).toBe(404);
    expect((await authRequest("/admin/create-user", { email: "eve@example.org", password: "a long enough password", name: "Eve", role: "admin" })).status).toBe(404);
    expect((await authGet(new Request(`${ORIGIN}/api/auth/admin/list-users`))).status).toBe(404);
    expect(await countAll(await getDb())).toEqual(before);
  });

  it("refuses a change made with the session cookie from another site, or without an Origin", async () => {
    const { email, password } = await analyst();
    const cookie = cookieOf(await authRequest("/sign-in/email", { email, password }));
    const before = await countAll(await getDb());
    const attempts: Record<string, string>[] = [{ cookie, origin: "https://evil.example" }, { cookie }];
    for (const headers of attempts) {
      const response = await call(createArticle, { as: null, headers, json: { text: "Forged." } });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(/cross-site/);
    }
    expect(await countAll(await getDb())).toEqual(before);
    const sameSite = await call(createArticle, { as: null, headers: { cookie, origin: ORIGIN }, json: { text: "Real." } });
    expect(sameSite.status).toBe(201);
    expect(sameSite.body.title).toBe("Real.");
  });

  it("refuses a sign-in posted from another site", async () => {
    const { email, password } = await analyst();
    const response = await authRequest("/sign-in/email", { email, password }, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
  });
});

describe("the library's log", () => {
  it("does not warn about a missing base URL when CLAIMLENS_URL is unset: the origin comes from each request by design", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      delete (globalThis as { claimlensAuth?: unknown }).claimlensAuth;
      const { email, password } = await analyst();
      expect((await authRequest("/sign-in/email", { email, password })).status).toBe(200);
      expect(warn.mock.calls.map((args) => String(args[0]))).not.toContainEqual(expect.stringContaining("Base URL"));
    } finally {
      warn.mockRestore();
    }
  });
});
