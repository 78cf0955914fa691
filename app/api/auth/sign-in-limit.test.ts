import { describe, expect, it, vi } from "vitest";
import { POST as authPost } from "./[...all]/route";
import { useRouteDatabase } from "../_lib/testing";
import { peerHeaders } from "../_lib/peer-address";
import { getDb } from "@/db/client";
import { backends } from "@/db/testing";
import { createAccount } from "@/db/accounts/users";
import { FIRST_LOCK_SECONDS, LOCK_AFTER_FAILURES, SIGN_IN_ATTEMPTS_PER_MINUTE } from "@/lib/auth/sign-in-limit";

// One proxy is trusted in this file (read once, before the first request): 10.0.0.1.
vi.stubEnv("CLAIMLENS_TRUSTED_PROXIES", "10.0.0.1");

const PASSWORD = "a long enough password";
let accounts = 0;

async function account() {
  accounts += 1;
  const email = `signer${accounts}@example.org`;
  await createAccount(await getDb(), { name: "Signer", email, password: PASSWORD, role: "analyst" });
  return email;
}

/** A sign-in as a browser sends it, from the socket address `peer`, with any other headers (forwarded ones). */
function signIn(peer: string, email: string, password: string, headers: Record<string, string> = {}) {
  return authPost(
    new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", ...peerHeaders(peer), ...headers },
      body: JSON.stringify({ email, password }),
    }),
  );
}

async function statuses(n: number, attempt: (i: number) => Promise<Response>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await attempt(i)).status);
  return out;
}

describe.each(backends)("the sign-in limit on $name (finding 2 of issue 10)", (backend) => {
  useRouteDatabase(backend);

  it("is not bypassed by a new X-Forwarded-For (or X-Real-IP) on each attempt from one socket address", async () => {
    const emails = await Promise.all(Array.from({ length: 3 }, account));
    // Wrong passwords spread over three accounts, so that only the address limit can stop them.
    const seen = await statuses(SIGN_IN_ATTEMPTS_PER_MINUTE + 1, (i) =>
      signIn("203.0.113.5", emails[i % 3]!, "wrong guess", { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `192.0.2.${i}` }),
    );
    expect(seen).toEqual([...Array(SIGN_IN_ATTEMPTS_PER_MINUTE).fill(401), 429]);
    const refused = await signIn("203.0.113.5", emails[0]!, PASSWORD, { "x-forwarded-for": "192.0.2.200" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/^Too many sign-in attempts from this address/) } });
  });

  it("behind a trusted proxy, counts each client it forwarded for apart, by the address the proxy appended", async () => {
    const emails = await Promise.all(Array.from({ length: 3 }, account));
    const viaProxy = (client: string, i: number, forged = "") =>
      signIn("10.0.0.1", emails[i % 3]!, "wrong guess", { "x-forwarded-for": `${forged}${client}` });
    // The first client forges a different left-most address each time: only the proxy's own entry counts.
    expect(await statuses(SIGN_IN_ATTEMPTS_PER_MINUTE + 1, (i) => viaProxy("198.51.100.1", i, `192.0.2.${i}, `))).toEqual([
      ...Array(SIGN_IN_ATTEMPTS_PER_MINUTE).fill(401),
      429,
    ]);
    // Another client behind the same proxy is not locked out by the first.
    expect((await signIn("10.0.0.1", emails[0]!, PASSWORD, { "x-forwarded-for": "198.51.100.2" })).status).toBe(200);
  });

  it("limits an account from any address: a back-off after a few wrong passwords, that the right one cannot skip", async () => {
    const email = await account();
    const seen = await statuses(LOCK_AFTER_FAILURES + 1, (i) => signIn(`203.0.113.${100 + i}`, email, "wrong guess"));
    expect(seen).toEqual([...Array(LOCK_AFTER_FAILURES).fill(401), 429]);
    const locked = await signIn("203.0.113.200", email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(locked.headers.get("retry-after"))).toBeLessThanOrEqual(FIRST_LOCK_SECONDS);
    expect(await locked.json()).toMatchObject({ error: { message: expect.stringMatching(/^Too many sign-in attempts for this account/) } });
    // Another account is not affected.
    expect((await signIn("203.0.113.201", await account(), PASSWORD)).status).toBe(200);
  });

  it("counts right passwords too: at most 10 sign-ins a minute to one account, from anywhere", async () => {
    const email = await account();
    const seen = await statuses(SIGN_IN_ATTEMPTS_PER_MINUTE + 1, (i) => signIn(`198.18.0.${i + 1}`, email, PASSWORD));
    expect(seen).toEqual([...Array(SIGN_IN_ATTEMPTS_PER_MINUTE).fill(200), 429]);
  });

  it("does not reset an address's count when someone signs in from it", async () => {
    // Three accounts in turn: none of them reaches its own back-off.
    const emails = await Promise.all(Array.from({ length: 3 }, account));
    const seen = await statuses(SIGN_IN_ATTEMPTS_PER_MINUTE + 1, (i) => signIn("198.19.0.1", emails[i % 3]!, i === 4 ? PASSWORD : "wrong guess"));
    expect(seen).toEqual([401, 401, 401, 401, 200, 401, 401, 401, 401, 401, 429]);
  });
});
