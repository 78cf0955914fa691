import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { sha256 } from "./articles/articles";
import { articles, claims, invitations, speakerAliases, speakerMerges, speakers, users, type NewClaim } from "./schema";
import { CHECK_VIOLATION, FOREIGN_KEY_VIOLATION, pgErrorCode, UNIQUE_VIOLATION } from "./pg-errors";
import { backends, countAll, useTestDatabase } from "./testing";

/**
 * The database keeps its invariants even when the domain layer is bypassed: rows written straight through
 * drizzle that break a rule are refused with the SQLSTATE of a check, foreign-key or unique violation.
 */

const TEXT = "Kirby said Russia could provide air defense.";
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

/** The SQLSTATE a write failed with (it must fail). */
async function sqlState(write: Promise<unknown>): Promise<string | undefined> {
  try {
    await write;
  } catch (error) {
    return pgErrorCode(error);
  }
  throw new Error("The write was expected to fail, but it succeeded.");
}

describe.each(backends)("database constraints on $name", (backend) => {
  const t = useTestDatabase(backend);
  let articleId: string;
  let speakerId: string;

  beforeEach(async () => {
    const [article] = await t.db.insert(articles).values({ title: "T", text: TEXT, textSha256: sha256(TEXT) }).returning();
    const [speaker] = await t.db.insert(speakers).values({ name: "John Kirby" }).returning();
    articleId = article!.id;
    speakerId = speaker!.id;
  });

  const claim = (fields: Partial<NewClaim> = {}): NewClaim => ({
    articleId,
    start: 0,
    end: 5,
    quote: "Kirby",
    kind: "attributed",
    speakerId,
    confidence: "high",
    ...fields,
  });

  it("accepts a well-formed claim", async () => {
    const [row] = await t.db.insert(claims).values(claim()).returning();
    expect(row).toMatchObject({ version: 1, prefix: "", suffix: "" });
  });

  describe("articles", () => {
    it.each([
      ["an empty text", { text: "" }],
      ["a blank title", { title: "   " }],
      ["a title over 300 characters", { title: "t".repeat(301) }],
      ["a hash that is not SHA-256 hex", { textSha256: "NOT-A-HASH" }],
    ])("refuse %s", async (_name, fields) => {
      const row = { title: "T", text: "x", textSha256: sha256("x"), ...fields };
      expect(await sqlState(t.db.insert(articles).values(row))).toBe(CHECK_VIOLATION);
    });
  });

  describe("claims", () => {
    it.each<[string, Partial<NewClaim>]>([
      ["start equal to end", { start: 5, end: 5 }],
      ["start after end", { start: 6, end: 5 }],
      ["a negative start", { start: -1 }],
      ["an attributed claim without a speaker", { speakerId: null }],
      ["a reporter statement with a speaker", { kind: "reporter" }],
      ["an empty quote", { quote: "" }],
      ["a prefix over 32 characters", { prefix: "p".repeat(33) }],
      ["a suffix over 32 characters", { suffix: "s".repeat(33) }],
      ["version zero", { version: 0 }],
    ])("refuse %s", async (_name, fields) => {
      expect(await sqlState(t.db.insert(claims).values(claim(fields)))).toBe(CHECK_VIOLATION);
    });

    it("count context length in characters, so 32 emoji fit", async () => {
      await t.db.insert(claims).values(claim({ prefix: "😀".repeat(32) }));
    });

    it.each<[string, Partial<NewClaim>]>([
      ["an unknown article", { articleId: UNKNOWN_ID }],
      ["an unknown speaker", { speakerId: UNKNOWN_ID }],
    ])("refuse %s", async (_name, fields) => {
      expect(await sqlState(t.db.insert(claims).values(claim(fields)))).toBe(FOREIGN_KEY_VIOLATION);
    });

    it("refuse an unknown kind or confidence", async () => {
      // Enum values are checked by PostgreSQL itself (invalid_text_representation).
      expect(await sqlState(t.db.insert(claims).values(claim({ kind: "quote" as never })))).toBe("22P02");
      expect(await sqlState(t.db.insert(claims).values(claim({ confidence: "certain" as never })))).toBe("22P02");
    });

    it("go with their article", async () => {
      await t.db.insert(claims).values(claim());
      await t.db.delete(articles).where(eq(articles.id, articleId));
      expect((await countAll(t.db)).claims).toBe(0);
    });

    it("keep their speaker from being deleted", async () => {
      await t.db.insert(claims).values(claim());
      // ON DELETE RESTRICT: PostgreSQL 15 reports foreign_key_violation, PGlite (PostgreSQL 17) restrict_violation.
      expect([FOREIGN_KEY_VIOLATION, "23001"]).toContain(await sqlState(t.db.delete(speakers).where(eq(speakers.id, speakerId))));
      expect((await countAll(t.db)).speakers).toBe(1);
    });
  });

  describe("speakers and aliases", () => {
    it.each([
      ["a name differing only in case", { name: "JOHN KIRBY" }, UNIQUE_VIOLATION],
      ["a blank name", { name: "  " }, CHECK_VIOLATION],
      ["a name over 200 characters", { name: "n".repeat(201) }, CHECK_VIOLATION],
    ])("refuse %s", async (_name, fields, state) => {
      expect(await sqlState(t.db.insert(speakers).values(fields))).toBe(state);
    });

    it("refuse an alias held by another speaker, in any case", async () => {
      const [other] = await t.db.insert(speakers).values({ name: "Other" }).returning();
      await t.db.insert(speakerAliases).values({ speakerId, alias: "Kirby" });
      expect(await sqlState(t.db.insert(speakerAliases).values({ speakerId: other!.id, alias: "kirby" }))).toBe(UNIQUE_VIOLATION);
    });

    it("refuse a blank alias or one for an unknown speaker", async () => {
      expect(await sqlState(t.db.insert(speakerAliases).values({ speakerId, alias: " " }))).toBe(CHECK_VIOLATION);
      expect(await sqlState(t.db.insert(speakerAliases).values({ speakerId: UNKNOWN_ID, alias: "x" }))).toBe(FOREIGN_KEY_VIOLATION);
    });

    it("delete a speaker's aliases with the speaker", async () => {
      await t.db.insert(speakerAliases).values({ speakerId, alias: "Kirby" });
      await t.db.delete(speakers).where(eq(speakers.id, speakerId));
      expect((await countAll(t.db)).speaker_aliases).toBe(0);
    });
  });
  describe("speaker merges", () => {
    // The speaker merged away is gone, so neither id need name a speaker (into_id has no foreign key).
    const merge = (fields: Partial<typeof speakerMerges.$inferInsert> = {}): typeof speakerMerges.$inferInsert => ({
      mergedId: UNKNOWN_ID,
      intoId: speakerId,
      name: "Kirby",
      ...fields,
    });

    it.each([
      ["a speaker merged into themself", { intoId: UNKNOWN_ID }],
      ["a blank name", { name: "  " }],
    ])("refuse %s", async (_name, fields) => {
      expect(await sqlState(t.db.insert(speakerMerges).values(merge(fields)))).toBe(CHECK_VIOLATION);
    });

    it("refuse a second merge of one speaker, and keep the merge when the speaker who stayed goes", async () => {
      await t.db.insert(speakerMerges).values(merge());
      expect(await sqlState(t.db.insert(speakerMerges).values(merge({ intoId: "00000000-0000-4000-8000-000000000001" })))).toBe(UNIQUE_VIOLATION);
      await t.db.delete(speakers).where(eq(speakers.id, speakerId));
      expect((await countAll(t.db)).speaker_merges).toBe(1);
    });

    it("refuse an unknown account as the one who merged, and forget the account when it is deleted", async () => {
      expect(await sqlState(t.db.insert(speakerMerges).values(merge({ mergedBy: "nobody" })))).toBe(FOREIGN_KEY_VIOLATION);
      await t.db.insert(users).values({ id: "ana", name: "Ana", email: "ana@example.org" });
      await t.db.insert(speakerMerges).values(merge({ mergedBy: "ana" }));
      await t.db.delete(users).where(eq(users.id, "ana"));
      expect(await t.db.select({ mergedBy: speakerMerges.mergedBy }).from(speakerMerges)).toEqual([{ mergedBy: null }]);
    });
  });

  describe("invitations", () => {
    const invitation = (fields: Partial<typeof invitations.$inferInsert> = {}): typeof invitations.$inferInsert => ({
      name: "Nadia Haddad",
      email: "nadia@example.org",
      role: "analyst",
      tokenHash: "a".repeat(64),
      expiresAt: new Date(Date.now() + 86_400_000),
      ...fields,
    });

    it.each([
      ["an unknown role", { role: "owner" }],
      ["a blank name", { name: " " }],
      ["an email without @", { email: "nadia" }],
      ["a hash that is not SHA-256 hex", { tokenHash: "secret" }],
      ["an expiry before its creation", { expiresAt: new Date(Date.now() - 86_400_000) }],
      ["one both accepted and withdrawn", { acceptedAt: new Date(), revokedAt: new Date() }],
    ])("refuse %s", async (_name, fields) => {
      expect(await sqlState(t.db.insert(invitations).values(invitation(fields)))).toBe(CHECK_VIOLATION);
    });

    it("allow one pending invitation per email, in any letter case, and any number of closed ones", async () => {
      await t.db.insert(invitations).values(invitation());
      expect(await sqlState(t.db.insert(invitations).values(invitation({ email: "NADIA@example.org", tokenHash: "b".repeat(64) })))).toBe(UNIQUE_VIOLATION);
      await t.db.insert(invitations).values(invitation({ tokenHash: "c".repeat(64), revokedAt: new Date() }));
      expect(await sqlState(t.db.insert(invitations).values(invitation({ email: "omar@example.org", tokenHash: "a".repeat(64) })))).toBe(UNIQUE_VIOLATION);
    });
  });
});
