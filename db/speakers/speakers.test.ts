import { describe, expect, it } from "vitest";
import { createArticle } from "../articles/articles";
import { createClaim } from "../claims/claims";
import { addAlias, createSpeaker, findSpeakerByNameOrAlias, getSpeaker, listSpeakers, removeAlias, speakersByIds } from "./speakers";
import { speakerAliases, speakers } from "../schema";
import { backends, countAll, countRows, useTestDatabase } from "../testing";
import type { SpeakerCreateInput } from "../../lib/schemas";
import type { Executor } from "../client";

const speaker = (name: string, fields: Partial<SpeakerCreateInput> = {}): SpeakerCreateInput => ({
  name,
  kind: "person",
  description: null,
  aliases: [],
  ...fields,
});

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

/** Gives a speaker `n` claims on a throwaway article. */
async function cite(db: Executor, name: string, n: number) {
  const article = await createArticle(db, { title: `About ${name}`, text: "Some words here.", sourceUrl: null, publishedAt: null, format: "text" });
  for (let i = 0; i < n; i++) {
    await createClaim(db, article.id, { start: 0, end: 4, kind: "attributed", speaker: name, confidence: "low", cue: null, note: null });
  }
}

describe.each(backends)("speakers on $name", (backend) => {
  const t = useTestDatabase(backend);

  describe("createSpeaker", () => {
    it("creates a speaker with its aliases, sorted, without duplicates or the name itself", async () => {
      const nsc = await createSpeaker(
        t.db,
        speaker("National Security Council", { kind: "organization", description: "White House body", aliases: ["NSC", "the council", "nsc", "national security council"] }),
      );
      expect(nsc).toMatchObject({
        name: "National Security Council",
        kind: "organization",
        description: "White House body",
        aliases: ["NSC", "the council"],
        claimCount: 0,
      });
      expect(await getSpeaker(t.db, nsc.id)).toEqual(nsc);
    });

    it("refuses a name already used, ignoring case, naming the speaker", async () => {
      await createSpeaker(t.db, speaker("John Kirby"));
      const before = await countAll(t.db);
      await expect(createSpeaker(t.db, speaker("JOHN KIRBY", { aliases: ["JK"] }))).rejects.toMatchObject({
        code: "conflict",
        message: "“JOHN KIRBY” is already used by the speaker John Kirby; choose another name.",
      });
      expect(await countAll(t.db)).toEqual(before);
    });

    it("refuses a name that is another speaker's alias", async () => {
      await createSpeaker(t.db, speaker("John Kirby", { aliases: ["Kirby"] }));
      await expect(createSpeaker(t.db, speaker("kirby"))).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("John Kirby") });
    });

    it("refuses an alias that another speaker has, and writes nothing", async () => {
      await createSpeaker(t.db, speaker("John Kirby", { aliases: ["Kirby"] }));
      const before = await countAll(t.db);
      await expect(createSpeaker(t.db, speaker("Admiral Kirby", { aliases: ["Admiral", "KIRBY"] }))).rejects.toMatchObject({
        code: "conflict",
        message: "“KIRBY” is already used by the speaker John Kirby; choose another alias.",
        details: { speaker: { name: "John Kirby" } },
      });
      expect(await countAll(t.db)).toEqual(before);
    });
  });

  describe("aliases", () => {
    it("adds an alias, and adding it again changes nothing", async () => {
      const kirby = await createSpeaker(t.db, speaker("John Kirby"));
      expect((await addAlias(t.db, kirby.id, "Kirby")).aliases).toEqual(["Kirby"]);
      expect((await addAlias(t.db, kirby.id, "kirby")).aliases).toEqual(["Kirby"]);
      expect(await countRows(t.db, speakerAliases)).toBe(1);
    });

    it("makes the alias find the speaker", async () => {
      const kirby = await createSpeaker(t.db, speaker("John Kirby"));
      expect(await findSpeakerByNameOrAlias(t.db, "Kirby")).toBeNull();
      await addAlias(t.db, kirby.id, "Kirby");
      expect(await findSpeakerByNameOrAlias(t.db, "  kirby ")).toEqual({ id: kirby.id, name: "John Kirby" });
      expect(await findSpeakerByNameOrAlias(t.db, "john KIRBY")).toEqual({ id: kirby.id, name: "John Kirby" });
    });

    it("refuses the speaker's own name as an alias", async () => {
      const kirby = await createSpeaker(t.db, speaker("John Kirby"));
      await expect(addAlias(t.db, kirby.id, "john kirby")).rejects.toMatchObject({ code: "conflict", message: "“john kirby” is already John Kirby's name." });
    });

    it("refuses another speaker's alias, naming that speaker, and writes nothing", async () => {
      await createSpeaker(t.db, speaker("John Kirby", { aliases: ["Kirby"] }));
      const other = await createSpeaker(t.db, speaker("Linda Kirby"));
      const before = await countAll(t.db);
      await expect(addAlias(t.db, other.id, "KIRBY")).rejects.toMatchObject({
        code: "conflict",
        message: "“KIRBY” is already used by the speaker John Kirby; choose another alias.",
      });
      expect(await countAll(t.db)).toEqual(before);
    });

    it("refuses another speaker's name as an alias", async () => {
      await createSpeaker(t.db, speaker("Vladimir Putin"));
      const other = await createSpeaker(t.db, speaker("Kremlin"));
      await expect(addAlias(t.db, other.id, "vladimir putin")).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("Vladimir Putin") });
    });

    it("refuses an alias for an unknown speaker", async () => {
      await expect(addAlias(t.db, UNKNOWN_ID, "x")).rejects.toMatchObject({ code: "not_found" });
    });

    it("removes an alias, matched ignoring case", async () => {
      const kirby = await createSpeaker(t.db, speaker("John Kirby", { aliases: ["Kirby", "Admiral Kirby"] }));
      expect((await removeAlias(t.db, kirby.id, " KIRBY ")).aliases).toEqual(["Admiral Kirby"]);
      expect(await findSpeakerByNameOrAlias(t.db, "Kirby")).toBeNull();
      // Once removed, the alias is free for someone else.
      expect((await createSpeaker(t.db, speaker("Kirby"))).name).toBe("Kirby");
    });

    it("reports a missing alias or speaker as not found", async () => {
      const kirby = await createSpeaker(t.db, speaker("John Kirby"));
      await expect(removeAlias(t.db, kirby.id, "Nope")).rejects.toMatchObject({ code: "not_found", message: "The speaker has no alias “Nope”." });
      await expect(removeAlias(t.db, UNKNOWN_ID, "Nope")).rejects.toMatchObject({ code: "not_found" });
    });
  });

  describe("listSpeakers", () => {
    it("finds speakers by a part of their name or alias, exact and prefix matches first", async () => {
      await createSpeaker(t.db, speaker("Admiral Kirby"));
      await createSpeaker(t.db, speaker("Kirby Smith"));
      await createSpeaker(t.db, speaker("John Kirby", { aliases: ["Kirby"] }));
      await createSpeaker(t.db, speaker("Vladimir Putin"));
      const names = (await listSpeakers(t.db, { q: "kirby", limit: 10 })).map((s) => s.name);
      expect(names).toEqual(["John Kirby", "Kirby Smith", "Admiral Kirby"]);
      expect((await listSpeakers(t.db, { q: "PUT", limit: 10 })).map((s) => s.name)).toEqual(["Vladimir Putin"]);
    });

    it("lists the most cited first without a query, and honours the limit", async () => {
      await createSpeaker(t.db, speaker("Aaron"));
      await cite(t.db, "Zelda", 2);
      await cite(t.db, "Mike", 1);
      const all = await listSpeakers(t.db, { limit: 10 });
      expect(all.map((s) => [s.name, s.claimCount])).toEqual([["Zelda", 2], ["Mike", 1], ["Aaron", 0]]);
      expect(await listSpeakers(t.db, { limit: 2 })).toHaveLength(2);
    });

    it("treats % and _ in the query as plain characters", async () => {
      await createSpeaker(t.db, speaker("John Kirby"));
      await createSpeaker(t.db, speaker("100% Source"));
      expect((await listSpeakers(t.db, { q: "%", limit: 10 })).map((s) => s.name)).toEqual(["100% Source"]);
      expect(await listSpeakers(t.db, { q: "_", limit: 10 })).toEqual([]);
    });

    it("returns everyone for a blank query", async () => {
      await createSpeaker(t.db, speaker("A"));
      await createSpeaker(t.db, speaker("B"));
      expect(await listSpeakers(t.db, { q: "  ", limit: 10 })).toHaveLength(2);
    });
  });

  describe("getSpeaker and speakersByIds", () => {
    it("reports an unknown id as not found", async () => {
      await expect(getSpeaker(t.db, UNKNOWN_ID)).rejects.toMatchObject({ code: "not_found", message: `No speaker has the id ${UNKNOWN_ID}.` });
    });

    it("fetches several speakers at once, with aliases", async () => {
      const a = await createSpeaker(t.db, speaker("Bravo", { aliases: ["B"] }));
      const b = await createSpeaker(t.db, speaker("Alpha"));
      await createSpeaker(t.db, speaker("Charlie"));
      expect((await speakersByIds(t.db, [a.id, b.id])).map((s) => [s.name, s.aliases])).toEqual([["Alpha", []], ["Bravo", ["B"]]]);
      expect(await speakersByIds(t.db, [])).toEqual([]);
      expect(await countRows(t.db, speakers)).toBe(3);
    });
  });
});
