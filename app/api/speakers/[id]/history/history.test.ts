import { describe, expect, it } from "vitest";
import { GET as speakerHistory } from "./route";
import { POST as createSpeaker } from "../../route";
import { DELETE as deleteSpeaker, PATCH as updateSpeaker } from "../route";
import { POST as addAlias } from "../aliases/route";
import { call, createTestUser, useRouteDatabase } from "../../../_lib/testing";

useRouteDatabase();

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

const historyOf = (id: string, query = "") => call(speakerHistory, { path: `/api/speakers/${id}/history${query}`, params: { id } });

describe("GET /api/speakers/{id}/history", () => {
  it("lists every change newest first with who made it, a page at a time", async () => {
    const ana = await createTestUser("analyst", "Ana Analyst");
    const made = await call(createSpeaker, { path: "/api/speakers", json: { name: "John Kirby" } });
    const id = made.body.id as string;
    expect((await call(updateSpeaker, { method: "PATCH", params: { id }, json: { name: "John F. Kirby" }, as: ana })).status).toBe(200);
    expect((await call(addAlias, { params: { id }, json: { alias: "Kirby" }, as: ana })).status).toBe(201);

    const first = await historyOf(id, "?limit=2");
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      { id: expect.any(Number), action: "alias-add", actor: { id: ana.id, name: "Ana Analyst" }, at: expect.any(String), before: null, after: null, alias: "Kirby" },
      {
        id: expect.any(Number),
        action: "update",
        actor: { id: ana.id, name: "Ana Analyst" },
        at: expect.any(String),
        before: { name: "John Kirby", kind: "person", description: null },
        after: { name: "John F. Kirby", kind: "person", description: null },
      },
    ]);
    expect(first.body.nextCursor).toBe(String(first.body.items[1].id));

    const second = await historyOf(id, `?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ items: [{ action: "create", actor: { name: "Ada Admin" }, after: { name: "John Kirby" } }], nextCursor: null });
  });

  it("still answers once the speaker is deleted", async () => {
    const made = await call(createSpeaker, { path: "/api/speakers", json: { name: "Sabrina Singh" } });
    const id = made.body.id as string;
    expect((await call(deleteSpeaker, { method: "DELETE", params: { id } })).status).toBe(204);
    const response = await historyOf(id);
    expect(response.status).toBe(200);
    expect(response.body.items.map((e: { action: string }) => e.action)).toEqual(["delete", "create"]);
  });

  it("answers 404 for an unknown or malformed id, and 422 for a bad query", async () => {
    expect((await historyOf(UNKNOWN_ID)).status).toBe(404);
    expect((await historyOf("kirby")).status).toBe(404);
    const made = await call(createSpeaker, { path: "/api/speakers", json: { name: "John Kirby" } });
    expect((await historyOf(made.body.id, "?limit=500")).status).toBe(422);
    expect((await historyOf(made.body.id, "?cursor=latest")).status).toBe(422);
  });
});
