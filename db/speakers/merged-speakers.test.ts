import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { asActor } from "../actor";
import { MAX_MERGE_CHAIN, mergedInto, survivorsOf } from "./merged-speakers";
import { mergeSpeakers } from "./speaker-merge";
import { createSpeaker, deleteSpeaker, updateSpeaker } from "./speakers";
import { claimOf, newArticle, person } from "./speaker-fixtures";
import { speakerMerges, speakers, users } from "../schema";
import { backends, countRows, insertTestActor, useTestDatabase } from "../testing";
import type { Executor } from "../client";
import type { Actor } from "../../lib/auth/roles";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

/** Merges as the API does: as someone (or nobody), with the action "merge" that the history records. */
const merge = (db: Executor, actor: Actor | null, intoId: string, fromId: string) => asActor(db, actor, "merge", (tx) => mergeSpeakers(tx, intoId, fromId));

describe.each(backends)("where merged-away speakers went, on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("names the speaker merged into, who merged and when, and the merged-away name", async () => {
    const ada = await insertTestActor(t.db, "admin", "Ada Admin");
    const john = await createSpeaker(t.db, person("John Kirby"));
    const kirby = await createSpeaker(t.db, person("Kirby", { aliases: ["NSC spokesman"] }));
    const article = await newArticle(t.db, "Briefing", ["Kirby said one."], "2023-01-01");
    await claimOf(t.db, article, "one", "Kirby");
    // Renamed before the merge: the name it went under is the last one.
    await updateSpeaker(t.db, kirby.id, { name: "Adm. Kirby" });
    const before = Date.now();
    await merge(t.db, ada, john.id, kirby.id);

    const merged = await mergedInto(t.db, kirby.id);
    expect(merged).toEqual({
      id: kirby.id,
      name: "Adm. Kirby",
      mergedInto: { id: john.id, name: "John Kirby" },
      mergedAt: expect.any(String),
      mergedBy: { id: ada.userId, name: "Ada Admin" },
    });
    expect(Date.parse(merged?.mergedAt ?? "")).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(merged?.mergedAt ?? "")).toBeLessThanOrEqual(Date.now() + 1000);
    // The same id in capitals, as someone may type it.
    expect((await mergedInto(t.db, kirby.id.toUpperCase()))?.mergedInto.id).toBe(john.id);
    // The speaker who stayed was not merged anywhere.
    expect(await mergedInto(t.db, john.id)).toBeNull();
  });

  it("shows the survivor's later rename, and records a merge made without an account or outside asActor", async () => {
    const john = await createSpeaker(t.db, person("John Kirby"));
    const kirby = await createSpeaker(t.db, person("Kirby"));
    const putin = await createSpeaker(t.db, person("Vladimir Putin"));
    const vp = await createSpeaker(t.db, person("V. Putin"));
    await merge(t.db, null, john.id, kirby.id);
    // As some tests and scripts do: no actor, no action. The merge writes its row all the same.
    await mergeSpeakers(t.db, putin.id, vp.id);
    await updateSpeaker(t.db, john.id, { name: "John F. Kirby" });

    expect(await mergedInto(t.db, kirby.id)).toMatchObject({ name: "Kirby", mergedInto: { id: john.id, name: "John F. Kirby" }, mergedBy: null });
    expect(await mergedInto(t.db, vp.id)).toMatchObject({ name: "V. Putin", mergedInto: { id: putin.id, name: "Vladimir Putin" }, mergedBy: null });
  });

  it("says nobody merged a speaker when the account that did was deleted since", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana Analyst");
    const john = await createSpeaker(t.db, person("John Kirby"));
    const kirby = await createSpeaker(t.db, person("Kirby"));
    await merge(t.db, ana, john.id, kirby.id);
    await t.db.delete(users).where(eq(users.id, ana.userId));
    expect(await mergedInto(t.db, kirby.id)).toMatchObject({ mergedInto: { id: john.id }, mergedBy: null });
  });

  it("follows the latest merge of an id that came back (as an import can bring it) and was merged again", async () => {
    const john = await createSpeaker(t.db, person("John Kirby"));
    const admiral = await createSpeaker(t.db, person("Admiral Kirby"));
    const kirby = await createSpeaker(t.db, person("Kirby"));
    await merge(t.db, null, john.id, kirby.id);
    await t.db.insert(speakers).values({ id: kirby.id, name: "Kirby, NSC" });
    await merge(t.db, null, admiral.id, kirby.id);
    expect(await mergedInto(t.db, kirby.id)).toMatchObject({ name: "Kirby, NSC", mergedInto: { id: admiral.id } });
    expect(await countRows(t.db, speakerMerges)).toBe(1);
  });

  it("stops at a chain that comes back to an id it has passed", async () => {
    const a = await createSpeaker(t.db, person("Kirby"));
    const b = await createSpeaker(t.db, person("John Kirby"));
    await merge(t.db, null, b.id, a.id);
    // a comes back and b is merged into it; then a is deleted: a and b each point at the other.
    await t.db.insert(speakers).values({ id: a.id, name: "Kirby, NSC" });
    await merge(t.db, null, a.id, b.id);
    await deleteSpeaker(t.db, a.id);
    expect(await mergedInto(t.db, a.id)).toBeNull();
    expect(await mergedInto(t.db, b.id)).toBeNull();
  });

  it("follows a chain of merges to the speaker who exists now, with the first merge's who and when", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana Analyst");
    const ada = await insertTestActor(t.db, "admin", "Ada Admin");
    const a = await createSpeaker(t.db, person("Kirby"));
    const b = await createSpeaker(t.db, person("J. Kirby", { aliases: ["Admiral Kirby"] }));
    const c = await createSpeaker(t.db, person("John Kirby"));
    await merge(t.db, ana, b.id, a.id);
    const first = await mergedInto(t.db, a.id);
    await merge(t.db, ada, c.id, b.id);

    const merged = await mergedInto(t.db, a.id);
    expect(merged).toMatchObject({ id: a.id, name: "Kirby", mergedInto: { id: c.id, name: "John Kirby" }, mergedBy: { name: "Ana Analyst" } });
    expect(merged?.mergedAt).toBe(first?.mergedAt);
    expect(await mergedInto(t.db, b.id)).toMatchObject({ id: b.id, name: "J. Kirby", mergedInto: { id: c.id }, mergedBy: { name: "Ada Admin" } });
  });

  it("stops at a chain longer than it follows", async () => {
    const ids = [];
    for (let i = 0; i <= MAX_MERGE_CHAIN + 1; i += 1) ids.push((await createSpeaker(t.db, person(`Speaker ${i}`))).id);
    for (let i = 0; i < ids.length - 1; i += 1) await merge(t.db, null, ids[i + 1]!, ids[i]!);
    const last = ids[ids.length - 1]!;
    expect((await mergedInto(t.db, ids[2]!))?.mergedInto.id).toBe(last);
    // Speaker 0 is MAX_MERGE_CHAIN + 1 merges away from the last one.
    expect(await mergedInto(t.db, ids[0]!)).toBeNull();
  });

  it("is null for a speaker deleted rather than merged, at the end of a chain too, and for an unknown id", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const sabrina = await createSpeaker(t.db, person("Sabrina Singh"));
    await asActor(t.db, ana, null, (tx) => deleteSpeaker(tx, sabrina.id));
    expect(await mergedInto(t.db, sabrina.id)).toBeNull();

    const a = await createSpeaker(t.db, person("Kirby"));
    const b = await createSpeaker(t.db, person("John Kirby"));
    await merge(t.db, ana, b.id, a.id);
    await asActor(t.db, ana, null, (tx) => deleteSpeaker(tx, b.id));
    expect(await mergedInto(t.db, a.id)).toBeNull();

    expect(await mergedInto(t.db, UNKNOWN_ID)).toBeNull();
    expect(await mergedInto(t.db, "kirby")).toBeNull();
  });
  it("finds many ids' survivors at once, as mergedInto does one by one (an import's speakers)", async () => {
    const ids: string[] = [];
    for (let i = 0; i <= MAX_MERGE_CHAIN + 1; i += 1) ids.push((await createSpeaker(t.db, person(`Speaker ${i}`))).id);
    for (let i = 0; i < ids.length - 1; i += 1) await merge(t.db, null, ids[i + 1]!, ids[i]!);
    const deleted = await createSpeaker(t.db, person("Sabrina Singh"));
    const gone = await createSpeaker(t.db, person("Singh"));
    await merge(t.db, null, deleted.id, gone.id);
    await deleteSpeaker(t.db, deleted.id);
    const stays = ids[ids.length - 1]!;

    const asked = [...ids, gone.id, deleted.id, UNKNOWN_ID];
    const survivors = await survivorsOf(t.db, asked);
    for (const id of asked) {
      const one = await mergedInto(t.db, id);
      expect(survivors.get(id), id).toEqual(one ? one.mergedInto : undefined);
    }
    expect(survivors.get(ids[1]!)).toEqual({ id: stays, name: `Speaker ${MAX_MERGE_CHAIN + 1}` });
    expect([...survivors.keys()]).toHaveLength(MAX_MERGE_CHAIN);
  });
});
