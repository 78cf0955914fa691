import { describe, expect, it } from "vitest";
import { GET as listSpeakers, POST as createSpeaker } from "./route";
import { GET as getSpeaker } from "./[id]/route";
import { POST as addAlias } from "./[id]/aliases/route";
import { DELETE as removeAlias } from "./[id]/aliases/[alias]/route";
import { call, useRouteDatabase } from "../_lib/testing";

useRouteDatabase();

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

async function newSpeaker(json: unknown) {
  const response = await call(createSpeaker, { path: "/api/speakers", json });
  expect(response.status).toBe(201);
  return response.body as { id: string; name: string; aliases: string[] };
}

describe("/api/speakers", () => {
  it("creates a speaker: 201, and finds it by name or alias", async () => {
    const kirby = await newSpeaker({ name: "John Kirby", aliases: ["Kirby"], description: "NSC coordinator" });
    expect(kirby).toMatchObject({ name: "John Kirby", kind: "person", description: "NSC coordinator", aliases: ["Kirby"], claimCount: 0 });
    await newSpeaker({ name: "Vladimir Putin" });

    const byAlias = await call(listSpeakers, { path: "/api/speakers?q=kirb" });
    expect(byAlias.status).toBe(200);
    expect(byAlias.body.items.map((s: { name: string }) => s.name)).toEqual(["John Kirby"]);
    expect((await call(listSpeakers, { path: "/api/speakers?limit=1" })).body.items).toHaveLength(1);
  });

  it("refuses a name clash: 409 naming the other speaker", async () => {
    await newSpeaker({ name: "John Kirby", aliases: ["Kirby"] });
    const response = await call(createSpeaker, { path: "/api/speakers", json: { name: "kirby" } });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: "conflict", message: "“kirby” is already used by the speaker John Kirby; choose another name." });
  });

  it("refuses invalid fields: 422, and bad JSON: 400", async () => {
    const invalid = await call(createSpeaker, { path: "/api/speakers", json: { name: " ", kind: "robot" } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(["name", "kind"]);
    expect((await call(createSpeaker, { path: "/api/speakers", body: "name=x", headers: { "content-type": "text/plain" } })).status).toBe(400);
    expect((await call(listSpeakers, { path: "/api/speakers?limit=500" })).status).toBe(422);
  });

  it("gives the speakers asked for by id, in the order asked, leaving out those that no longer exist", async () => {
    const kirby = await newSpeaker({ name: "John Kirby" });
    const putin = await newSpeaker({ name: "Vladimir Putin" });
    const gone = "00000000-0000-4000-8000-000000000000";
    const response = await call(listSpeakers, { path: `/api/speakers?ids=${putin.id},${gone},${kirby.id.toUpperCase()},${putin.id}` });
    expect(response.status).toBe(200);
    expect(response.body.items.map((s: { name: string }) => s.name)).toEqual(["Vladimir Putin", "John Kirby"]);
  });

  it.each([
    ["a malformed id", "ids=not-an-id", /must be speaker ids/],
    ["no id", "ids=,", /at least one speaker id/],
    ["too many ids", `ids=${Array.from({ length: 51 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`).join(",")}`, /at most 50 speakers/],
    ["ids with a search", "ids=00000000-0000-4000-8000-000000000000&q=kirby", /cannot be combined/],
  ])("refuses %s: 422 naming ids", async (_what, query, message) => {
    const response = await call(listSpeakers, { path: `/api/speakers?${query}` });
    expect(response.status).toBe(422);
    expect(response.body.error.details.issues).toEqual([expect.objectContaining({ path: expect.stringMatching(/^ids/), message: expect.stringMatching(message) })]);
  });

  it("refuses a body over 64 KB: 413", async () => {
    const response = await call(createSpeaker, { path: "/api/speakers", json: { name: "x", description: "d".repeat(70 * 1024) } });
    expect(response.status).toBe(413);
  });
});

describe("/api/speakers/{id}", () => {
  it("gets a speaker: 200, or 404", async () => {
    const kirby = await newSpeaker({ name: "John Kirby" });
    expect((await call(getSpeaker, { params: { id: kirby.id } })).body).toEqual(kirby);
    expect((await call(getSpeaker, { params: { id: UNKNOWN_ID } })).status).toBe(404);
    expect((await call(getSpeaker, { params: { id: "kirby" } })).status).toBe(404);
  });
});

describe("/api/speakers/{id}/aliases", () => {
  it("adds an alias: 201, and removes it: 200", async () => {
    const kirby = await newSpeaker({ name: "John Kirby" });
    const added = await call(addAlias, { params: { id: kirby.id }, json: { alias: " Kirby " } });
    expect(added.status).toBe(201);
    expect(added.body.aliases).toEqual(["Kirby"]);
    const removed = await call(removeAlias, { method: "DELETE", params: { id: kirby.id, alias: "kirby" } });
    expect(removed.status).toBe(200);
    expect(removed.body.aliases).toEqual([]);
  });

  it("refuses another speaker's alias: 409 naming them", async () => {
    await newSpeaker({ name: "John Kirby", aliases: ["Kirby"] });
    const other = await newSpeaker({ name: "Linda Kirby" });
    const response = await call(addAlias, { params: { id: other.id }, json: { alias: "Kirby" } });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toContain("John Kirby");
  });

  it("refuses a blank alias: 422, and an unknown speaker: 404", async () => {
    const kirby = await newSpeaker({ name: "John Kirby" });
    expect((await call(addAlias, { params: { id: kirby.id }, json: { alias: "" } })).status).toBe(422);
    expect((await call(addAlias, { params: { id: UNKNOWN_ID }, json: { alias: "K" } })).status).toBe(404);
  });

  it("removes an alias given encoded or with a literal percent sign", async () => {
    const source = await newSpeaker({ name: "Pollster", aliases: ["100% Sure", "Mr Ö"] });
    expect((await call(removeAlias, { method: "DELETE", params: { id: source.id, alias: "Mr%20%C3%96" } })).body.aliases).toEqual(["100% Sure"]);
    expect((await call(removeAlias, { method: "DELETE", params: { id: source.id, alias: "100% Sure" } })).body.aliases).toEqual([]);
  });

  it("answers 404 for an alias the speaker does not have", async () => {
    const kirby = await newSpeaker({ name: "John Kirby" });
    const response = await call(removeAlias, { method: "DELETE", params: { id: kirby.id, alias: "Nope" } });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe("The speaker has no alias “Nope”.");
  });
});
