import { describe, expect, it } from "vitest";
import { GET, POST } from "./route";
import { call, useRouteDatabase } from "../_lib/testing";
import { getDb } from "@/db/client";
import { countAll, truncateAll } from "@/db/testing";

useRouteDatabase();

const FIRST = { name: "Ada Admin", email: "Ada@Example.org", password: "correct horse battery" };
const fromThisSite = { origin: "http://localhost" };

/** A new install: no account at all. */
async function newInstall() {
  await truncateAll(await getDb());
}

describe("first-run setup", () => {
  it("creates the first administrator once; after that it is closed", async () => {
    await newInstall();
    expect((await call(GET, { as: null })).body).toEqual({ needsSetup: true });
    const created = await call(POST, { as: null, json: FIRST, headers: fromThisSite });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Ada Admin", email: "ada@example.org", role: "admin", disabled: false });
    expect((await call(GET, { as: null })).body).toEqual({ needsSetup: false });

    const before = await countAll(await getDb());
    const again = await call(POST, { as: null, json: { ...FIRST, email: "eve@example.org" }, headers: fromThisSite });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already has an administrator/);
    expect(await countAll(await getDb())).toEqual(before);
  });

  it("refuses a setup posted from another site, or without an Origin, and stores nothing", async () => {
    await newInstall();
    const before = await countAll(await getDb());
    for (const headers of [{ origin: "https://evil.example" }, {}] as Record<string, string>[]) {
      const response = await call(POST, { as: null, json: FIRST, headers });
      expect(response.status).toBe(403);
    }
    expect(await countAll(await getDb())).toEqual(before);
  });

  it.each([
    ["a short password", { ...FIRST, password: "short" }, "password"],
    ["a bad email", { ...FIRST, email: "ada" }, "email"],
    ["no name", { email: FIRST.email, password: FIRST.password }, "name"],
  ])("refuses %s: 422 naming the field, nothing stored", async (_what, json, path) => {
    await newInstall();
    const before = await countAll(await getDb());
    const response = await call(POST, { as: null, json, headers: fromThisSite });
    expect(response.status).toBe(422);
    expect(response.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(await countAll(await getDb())).toEqual(before);
  });

  it("is closed on an install that has accounts", async () => {
    expect((await call(GET, { as: null })).body).toEqual({ needsSetup: false });
    expect((await call(POST, { as: null, json: FIRST, headers: fromThisSite })).status).toBe(409);
  });
});
