import { describe, expect, it } from "vitest";
import { listSpeakerDirectory } from "./speaker-directory";
import { claimOf, createSpeaker, newArticle, person } from "./speaker-fixtures";
import { addAlias, deleteSpeaker, getSpeaker, updateSpeaker } from "./speakers";
import { deleteClaim } from "../claims/claims";
import { backends, countAll, useTestDatabase } from "../testing";
import type { Executor } from "../client";
import type { SpeakerSort } from "../../lib/speakers/model";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

async function directory(db: Executor) {
  await createSpeaker(db, person("Aaron Able"));
  await createSpeaker(db, person("John Kirby", { aliases: ["Kirby"] }));
  await createSpeaker(db, person("vladimir Putin", { aliases: ["The Kremlin leader"] }));
  await createSpeaker(db, person("Zelda Zee"));
  const old = await newArticle(db, "Old", ["Kirby said one.", "Putin said two.", "Kirby said three."], "2020-01-01");
  const recent = await newArticle(db, "Recent", ["Zelda said four."], "2024-01-01");
  await claimOf(db, old, "one", "Kirby", { confidence: "high" });
  await claimOf(db, old, "three", "Kirby", { confidence: "low" });
  await claimOf(db, old, "two", "vladimir Putin", { confidence: "moderate" });
  await claimOf(db, recent, "four", "Zelda Zee", { confidence: "moderate" });
}

async function allPages(db: Executor, sort: SpeakerSort, limit: number, q?: string) {
  const names: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await listSpeakerDirectory(db, { sort, limit, cursor, q });
    names.push(...page.items.map((s) => s.name));
    if (!page.nextCursor) return names;
    cursor = page.nextCursor;
  }
  throw new Error("paging did not end");
}

describe.each(backends)("the speaker directory on $name", (backend) => {
  const t = useTestDatabase(backend);

  it.each<[SpeakerSort, string[]]>([
    ["claims", ["John Kirby", "vladimir Putin", "Zelda Zee", "Aaron Able"]],
    ["name", ["Aaron Able", "John Kirby", "vladimir Putin", "Zelda Zee"]],
    ["latest", ["Zelda Zee", "John Kirby", "vladimir Putin", "Aaron Able"]],
  ])("sorts by %s and pages through with a cursor", async (sort, expected) => {
    await directory(t.db);
    for (const limit of [1, 3, 10]) expect(await allPages(t.db, sort, limit)).toEqual(expected);
  });

  it("gives claim counts by confidence and the latest claim's article date", async () => {
    await directory(t.db);
    const [kirby] = (await listSpeakerDirectory(t.db, { sort: "claims", limit: 1 })).items;
    expect(kirby).toMatchObject({ name: "John Kirby", claimCount: 2, confidenceCounts: { low: 1, moderate: 0, high: 1 }, latestClaimAt: "2020-01-01T00:00:00.000Z" });
  });

  it("searches names and aliases, ignoring case", async () => {
    await directory(t.db);
    expect(await allPages(t.db, "name", 1, "KREMLIN")).toEqual(["vladimir Putin"]);
    expect(await allPages(t.db, "claims", 2, "z")).toEqual(["Zelda Zee"]);
    expect(await allPages(t.db, "claims", 2, "%")).toEqual([]);
  });

  it("refuses a cursor of another sort", async () => {
    await directory(t.db);
    const { nextCursor } = await listSpeakerDirectory(t.db, { sort: "name", limit: 1 });
    await expect(listSpeakerDirectory(t.db, { sort: "claims", limit: 1, cursor: nextCursor! })).rejects.toMatchObject({ code: "invalid" });
  });
});

describe.each(backends)("editing and deleting speakers on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("renames a speaker and changes kind and description", async () => {
    const nsc = await createSpeaker(t.db, person("National Security Counsel", { aliases: ["NSC"] }));
    const updated = await updateSpeaker(t.db, nsc.id, { name: "National Security Council", kind: "organization", description: "White House body" });
    expect(updated).toMatchObject({ name: "National Security Council", kind: "organization", description: "White House body", aliases: ["NSC"] });
    expect(await updateSpeaker(t.db, nsc.id, { description: null })).toMatchObject({ description: null, name: "National Security Council" });
  });

  it("renames a speaker to one of their own aliases, which goes", async () => {
    const kirby = await createSpeaker(t.db, person("Kirby", { aliases: ["John Kirby", "Admiral Kirby"] }));
    expect(await updateSpeaker(t.db, kirby.id, { name: "john kirby" })).toMatchObject({ name: "john kirby", aliases: ["Admiral Kirby"] });
    expect(await updateSpeaker(t.db, kirby.id, { name: "John Kirby" })).toMatchObject({ name: "John Kirby" });
  });

  it("refuses a new name that is another speaker's name or alias, naming them, and writes nothing", async () => {
    await createSpeaker(t.db, person("John Kirby", { aliases: ["Kirby"] }));
    const other = await createSpeaker(t.db, person("Linda Kirby"));
    const before = await countAll(t.db);
    await expect(updateSpeaker(t.db, other.id, { name: "KIRBY", description: "x" })).rejects.toMatchObject({
      code: "conflict",
      message: "“KIRBY” is already used by the speaker John Kirby; choose another name.",
    });
    await expect(updateSpeaker(t.db, other.id, { name: "john kirby" })).rejects.toMatchObject({ code: "conflict" });
    expect(await countAll(t.db)).toEqual(before);
    await expect(updateSpeaker(t.db, UNKNOWN_ID, { name: "x" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("deletes a speaker without claims, with their aliases", async () => {
    const kirby = await createSpeaker(t.db, person("John Kirby", { aliases: ["Kirby"] }));
    await deleteSpeaker(t.db, kirby.id);
    await expect(getSpeaker(t.db, kirby.id)).rejects.toMatchObject({ code: "not_found" });
    // The alias is free again.
    const other = await createSpeaker(t.db, person("Linda"));
    expect((await addAlias(t.db, other.id, "Kirby")).aliases).toEqual(["Kirby"]);
    await expect(deleteSpeaker(t.db, kirby.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses to delete a speaker with claims, saying how many and in which articles", async () => {
    const kirby = await createSpeaker(t.db, person("John Kirby"));
    const titles = ["Alpha", "Bravo", "Charlie", "Delta"];
    const made = [];
    for (const [i, title] of titles.entries()) {
      const article = await newArticle(t.db, title, ["Kirby said one.", "Kirby said two."], "2023-01-01");
      made.push(await claimOf(t.db, article, "one", "John Kirby"));
      if (i === 1) await claimOf(t.db, article, "two", "John Kirby");
    }
    const before = await countAll(t.db);
    await expect(deleteSpeaker(t.db, kirby.id)).rejects.toMatchObject({
      code: "conflict",
      message:
        "John Kirby still has 5 claims, in 4 articles, among them “Bravo”, “Alpha” and “Charlie”. Merge John Kirby into another speaker, or delete or re-attribute those claims first.",
      details: { claimCount: 5, articleCount: 4, articles: [{ title: "Bravo", claimCount: 2 }, { title: "Alpha" }, { title: "Charlie" }] },
    });
    expect(await countAll(t.db)).toEqual(before);
    // Left with Bravo's two claims.
    for (const claim of [made[0]!, made[2]!, made[3]!]) await deleteClaim(t.db, claim.id);
    await expect(deleteSpeaker(t.db, kirby.id)).rejects.toMatchObject({ message: expect.stringContaining("2 claims, in the article “Bravo”") });
  });
});
