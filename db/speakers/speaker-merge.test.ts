import { describe, expect, it } from "vitest";
import { mergeSpeakers, previewMerge } from "./speaker-merge";
import { claimIdsOf, claimOf, countersAndTruth, createSpeaker, newArticle, person } from "./speaker-fixtures";
import { findSpeakerByNameOrAlias, getSpeaker } from "./speakers";
import { getClaim } from "../claims/claims";
import { claims, speakerMerges, speakers } from "../schema";
import { backends, countAll, countRows, useTestDatabase } from "../testing";
import type { Executor } from "../client";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

/** "Kirby" was created twice: John Kirby (alias Admiral Kirby) and Kirby (alias NSC spokesman). */
async function twoKirbys(db: Executor) {
  const john = await createSpeaker(db, person("John Kirby", { aliases: ["Admiral Kirby"], description: "NSC coordinator" }));
  const kirby = await createSpeaker(db, person("Kirby", { aliases: ["NSC spokesman", "Coordinator Kirby"], description: "Spokesman" }));
  const other = await createSpeaker(db, person("Vladimir Putin"));
  const a = await newArticle(db, "One", ["Kirby said one.", "Kirby said two.", "Putin said three."], "2023-01-01");
  const b = await newArticle(db, "Two", ["Kirby said four.", "Kirby said five."], "2023-06-01");
  await claimOf(db, a, "one", "John Kirby", { confidence: "high" });
  await claimOf(db, a, "two", "Kirby", { confidence: "low" });
  await claimOf(db, b, "four", "Kirby", { confidence: "moderate" });
  await claimOf(db, b, "five", "Kirby", { confidence: "high" });
  await claimOf(db, a, "three", "Vladimir Putin", { confidence: "low" });
  return { john, kirby, other };
}

describe.each(backends)("merging speakers on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("previews the merge without writing anything", async () => {
    const { john, kirby } = await twoKirbys(t.db);
    const before = await countAll(t.db);
    const plan = await previewMerge(t.db, john.id, kirby.id);
    expect(plan).toMatchObject({
      into: { id: john.id, claimCount: 1 },
      from: { id: kirby.id, claimCount: 3 },
      claimsMoving: 3,
      aliasesMoving: ["Coordinator Kirby", "NSC spokesman"],
      nameBecomesAlias: "Kirby",
      descriptionAdopted: null,
      result: {
        name: "John Kirby",
        kind: "person",
        description: "NSC coordinator",
        aliases: ["Admiral Kirby", "Coordinator Kirby", "Kirby", "NSC spokesman"],
        claimCount: 4,
      },
    });
    expect(await countAll(t.db)).toEqual(before);
  });

  it("moves every claim and alias, makes the merged-away name an alias, and loses nothing", async () => {
    const { john, kirby, other } = await twoKirbys(t.db);
    const plan = await previewMerge(t.db, john.id, kirby.id);
    const moving = await claimIdsOf(t.db, kirby.id);
    const staying = await claimIdsOf(t.db, john.id);
    const claimsBefore = await countRows(t.db, claims);

    const result = await mergeSpeakers(t.db, john.id, kirby.id);

    expect(result).toMatchObject({ claimsMoved: 3, aliasesMoved: ["Coordinator Kirby", "NSC spokesman"], nameBecameAlias: "Kirby" });
    expect(result.speaker).toMatchObject({
      ...plan.result,
      confidenceCounts: { low: 1, moderate: 1, high: 2 },
      latestClaimAt: "2023-06-01T00:00:00.000Z",
    });
    expect(await getSpeaker(t.db, john.id)).toEqual(result.speaker);
    await expect(getSpeaker(t.db, kirby.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await countRows(t.db, claims)).toBe(claimsBefore);
    expect(await countRows(t.db, speakers)).toBe(2);
    expect(await claimIdsOf(t.db, john.id)).toEqual([...moving, ...staying].sort());
    // Moved claims carry the new speaker and a new version; the others are untouched.
    for (const id of moving) expect(await getClaim(t.db, id, null)).toMatchObject({ speaker: { id: john.id, name: "John Kirby" }, version: 2 });
    for (const id of staying) expect((await getClaim(t.db, id, null)).version).toBe(1);
    expect((await getSpeaker(t.db, other.id)).claimCount).toBe(1);
    // Every name the merged-away speaker had now finds the speaker who stayed.
    for (const label of ["Kirby", "nsc spokesman", "Coordinator Kirby", "Admiral Kirby"]) {
      expect(await findSpeakerByNameOrAlias(t.db, label)).toEqual({ id: john.id, name: "John Kirby" });
    }
    const { kept, truth } = await countersAndTruth(t.db);
    expect(kept).toEqual(truth);
    // Where the merged-away speaker went, for links to the old id; merged here without an account.
    expect(await t.db.select().from(speakerMerges)).toEqual([{ mergedId: kirby.id, intoId: john.id, name: "Kirby", mergedBy: null, mergedAt: expect.any(Date) }]);
  });

  it("takes the merged-away description when the speaker who stays has none", async () => {
    const a = await createSpeaker(t.db, person("Ministry of Defence", { kind: "organization" }));
    const b = await createSpeaker(t.db, person("MoD", { description: "UK ministry" }));
    const plan = await previewMerge(t.db, a.id, b.id);
    expect(plan).toMatchObject({ descriptionAdopted: "UK ministry", result: { kind: "organization", description: "UK ministry", aliases: ["MoD"], claimCount: 0 } });
    expect((await mergeSpeakers(t.db, a.id, b.id)).speaker).toMatchObject({ description: "UK ministry", aliases: ["MoD"] });
  });

  it("refuses to merge a speaker into themself, an unknown speaker, or into an unknown speaker, and writes nothing", async () => {
    const { john } = await twoKirbys(t.db);
    const before = await countAll(t.db);
    await expect(mergeSpeakers(t.db, john.id, john.id)).rejects.toMatchObject({ code: "invalid", details: { issues: [{ path: "fromId" }] } });
    await expect(previewMerge(t.db, john.id, john.id)).rejects.toMatchObject({ code: "invalid" });
    await expect(mergeSpeakers(t.db, john.id, UNKNOWN_ID)).rejects.toMatchObject({ code: "invalid", message: expect.stringContaining(UNKNOWN_ID) });
    await expect(previewMerge(t.db, john.id, UNKNOWN_ID)).rejects.toMatchObject({ code: "invalid" });
    await expect(mergeSpeakers(t.db, UNKNOWN_ID, john.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await countAll(t.db)).toEqual(before);
  });

  it("merges the same pair twice at once without losing a claim: one merge wins, the other finds nothing to merge", async () => {
    const { john, kirby } = await twoKirbys(t.db);
    const results = await Promise.allSettled([mergeSpeakers(t.db, john.id, kirby.id), mergeSpeakers(t.db, john.id, kirby.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "invalid" } });
    expect((await getSpeaker(t.db, john.id)).claimCount).toBe(4);
    expect(await countRows(t.db, speakerMerges)).toBe(1);
  });
});
