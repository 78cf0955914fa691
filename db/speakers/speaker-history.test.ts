import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { asActor } from "../actor";
import { listSpeakerHistory } from "./speaker-history";
import { mergeSpeakers } from "./speaker-merge";
import { addAlias, createSpeaker, deleteSpeaker, removeAlias, updateSpeaker } from "./speakers";
import { person } from "./speaker-fixtures";
import { backends, insertTestActor, useTestDatabase } from "../testing";
import { summarizeSpeakerHistoryEntry } from "../../lib/speakers/history-summary";
import type { SpeakerHistoryEntryDto } from "../../lib/speakers/model";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

/** Each entry as the page shows it: what, and by whom. */
const said = (items: SpeakerHistoryEntryDto[]) => items.map((e) => [summarizeSpeakerHistoryEntry(e), e.actor?.name ?? null]);

describe.each(backends)("speaker history on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("records a rename and an edit with who made them, newest first", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana Analyst");
    const ada = await insertTestActor(t.db, "admin", "Ada Admin");
    const kirby = await asActor(t.db, ana, null, (tx) => createSpeaker(tx, person("John Kirby")));
    await asActor(t.db, ada, null, (tx) => updateSpeaker(tx, kirby.id, { name: "John F. Kirby" }));
    await asActor(t.db, ana, null, (tx) => updateSpeaker(tx, kirby.id, { kind: "organization", description: "NSC" }));

    const page = await listSpeakerHistory(t.db, kirby.id, { limit: 10 });
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((e) => e.action)).toEqual(["update", "update", "create"]);
    expect(page.items[1]).toMatchObject({
      actor: { name: "Ada Admin" },
      before: { name: "John Kirby", kind: "person", description: null },
      after: { name: "John F. Kirby", kind: "person", description: null },
    });
    expect(page.items[1]).not.toHaveProperty("alias");
    expect(page.items[2]).toMatchObject({ before: null, after: { name: "John Kirby" }, actor: { id: ana.userId, name: "Ana Analyst" } });
    expect(Date.parse(page.items[0]?.at ?? "")).not.toBeNaN();
    expect(said(page.items)).toEqual([
      ["Kind changed from person to organization; description added", "Ana Analyst"],
      ["Renamed from “John Kirby” to “John F. Kirby”", "Ada Admin"],
      ["Created", "Ana Analyst"],
    ]);
  });

  it("records aliases added and removed, and changes made without an account", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const kirby = await createSpeaker(t.db, person("John Kirby"));
    await asActor(t.db, ana, null, (tx) => addAlias(tx, kirby.id, "Kirby"));
    await asActor(t.db, ana, null, (tx) => removeAlias(tx, kirby.id, "kirby"));

    const { items } = await listSpeakerHistory(t.db, kirby.id, { limit: 10 });
    expect(items.map((e) => [e.action, e.alias, e.before, e.after])).toEqual([
      ["alias-remove", "Kirby", null, null],
      ["alias-add", "Kirby", null, null],
      ["create", undefined, null, { name: "John Kirby", kind: "person", description: null }],
    ]);
    expect(said(items)).toEqual([
      ["Alias “Kirby” removed", "Ana"],
      ["Alias “Kirby” added", "Ana"],
      ["Created", null],
    ]);
  });

  it("records a merge on both speakers with the actor's name, and keeps the merged-away speaker's history", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const john = await createSpeaker(t.db, person("John Kirby"));
    const kirby = await createSpeaker(t.db, person("Kirby", { description: "Spokesman", aliases: ["NSC spokesman"] }));
    await asActor(t.db, ana, "merge", (tx) => mergeSpeakers(tx, john.id, kirby.id));

    const away = await listSpeakerHistory(t.db, kirby.id, { limit: 10 });
    expect(away.items[0]).toMatchObject({ action: "merge", actor: { id: ana.userId, name: "Ana" }, before: { name: "Kirby" }, after: null, mergedInto: { id: john.id, name: "John Kirby" } });
    expect(said(away.items)).toEqual([
      ["Merged into John Kirby", "Ana"],
      ["Alias “NSC spokesman” removed", "Ana"],
      ["Alias “NSC spokesman” added", null],
      ["Created", null],
    ]);

    const stays = await listSpeakerHistory(t.db, john.id, { limit: 10 });
    expect(said(stays.items)).toEqual([
      ["Description added by a merge", "Ana"],
      ["Alias “Kirby” added", "Ana"],
      ["Alias “NSC spokesman” added", "Ana"],
      ["Created", null],
    ]);
  });

  it("pages newest first by cursor", async () => {
    const kirby = await createSpeaker(t.db, person("John Kirby"));
    for (const alias of ["Kirby", "Admiral Kirby", "NSC spokesman", "Coordinator Kirby"]) await addAlias(t.db, kirby.id, alias);

    const first = await listSpeakerHistory(t.db, kirby.id, { limit: 2 });
    expect(first.items.map((e) => e.alias)).toEqual(["Coordinator Kirby", "NSC spokesman"]);
    expect(first.nextCursor).toBe(String(first.items[1]?.id));
    const second = await listSpeakerHistory(t.db, kirby.id, { limit: 2, cursor: Number(first.nextCursor) });
    expect(second.items.map((e) => e.alias)).toEqual(["Admiral Kirby", "Kirby"]);
    const last = await listSpeakerHistory(t.db, kirby.id, { limit: 2, cursor: Number(second.nextCursor) });
    expect(last.items.map((e) => e.action)).toEqual(["create"]);
    expect(last.nextCursor).toBeNull();
    // Past the last entry: an empty page, not a missing speaker.
    await expect(listSpeakerHistory(t.db, kirby.id, { limit: 2, cursor: last.items[0]!.id })).resolves.toEqual({ items: [], nextCursor: null });
  });

  it("lists a deleted speaker's history, and is not found only for a speaker nothing is known of", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const kirby = await createSpeaker(t.db, person("John Kirby"));
    await asActor(t.db, ana, null, (tx) => deleteSpeaker(tx, kirby.id));
    expect(said((await listSpeakerHistory(t.db, kirby.id, { limit: 10 })).items)).toEqual([
      ["Deleted", "Ana"],
      ["Created", null],
    ]);

    await expect(listSpeakerHistory(t.db, UNKNOWN_ID, { limit: 10 })).rejects.toMatchObject({ code: "not_found" });
    await expect(listSpeakerHistory(t.db, UNKNOWN_ID, { limit: 10, cursor: 5 })).rejects.toMatchObject({ code: "not_found" });

    // A speaker from before the history existed: nothing recorded, but there is a speaker.
    const putin = await createSpeaker(t.db, person("Vladimir Putin"));
    await t.db.execute(sql`truncate table history`);
    await expect(listSpeakerHistory(t.db, putin.id, { limit: 10 })).resolves.toEqual({ items: [], nextCursor: null });
  });
});
