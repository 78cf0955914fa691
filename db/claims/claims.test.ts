import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createArticle } from "../articles/articles";
import { checkSpan, createClaim, deleteClaim, getClaim, listClaims, listClaimsJson, listClaimsTableJson, updateClaim } from "./claims";
import { CLAIMS_TABLE_COLUMNS, CLAIMS_TABLE_FORMAT, expandClaimsTable, type ClaimsTable } from "../../lib/claims/claims-table";
import { addAlias, createSpeaker, getSpeaker } from "../speakers/speakers";
import { claimReviewSources, claims, speakers } from "../schema";
import { backends, countAll, countRows, insertTestActor, useTestDatabase } from "../testing";
import type { ClaimCreateInput } from "../../lib/schemas";
import type { ArticleDto } from "../../lib/model";

const TEXT = [
  "Russia could provide either Iran or Hezbollah with air defense capabilities, the U.S. National Security Council warned on Tuesday.",
  "“We’re going to closely monitor for whether Wagner provides military equipment,” Kirby added. Hi 😀 there.",
  "A paragraph   with three spaces.",
].join("\n\n");

const at = (quote: string, from = 0) => {
  const start = TEXT.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length };
};

const attributed = (quote: string, speaker: string, extra: Partial<ClaimCreateInput> = {}): ClaimCreateInput => ({
  ...at(quote),
  kind: "attributed",
  speaker,
  confidence: "high",
  cue: null,
  note: null,
  ...extra,
});
const reporter = (quote: string, extra: Partial<ClaimCreateInput> = {}): ClaimCreateInput => ({
  ...at(quote),
  kind: "reporter",
  confidence: "moderate",
  cue: null,
  note: null,
  ...extra,
});

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

describe("checkSpan", () => {
  it.each<[string, number, number, string[]]>([
    ["start at the end of the text", TEXT.length, TEXT.length + 1, ["start", "end"]],
    ["end past the text", 0, TEXT.length + 1, ["end"]],
    ["an empty span", 5, 5, ["end"]],
    ["a reversed span", 6, 5, ["end"]],
    ["a negative start", -1, 5, ["start"]],
    ["a start inside the emoji", TEXT.indexOf("😀") + 1, TEXT.indexOf(" there"), ["start"]],
    ["an end inside the emoji", TEXT.indexOf("Hi"), TEXT.indexOf("😀") + 1, ["end"]],
    ["whitespace only", TEXT.indexOf("   "), TEXT.indexOf("   ") + 3, ["end"]],
  ])("refuses %s", (_name, start, end, paths) => {
    let caught: unknown;
    try {
      checkSpan(TEXT, start, end);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: "invalid", message: expect.stringMatching(/^The selected span is not valid: /) });
    expect(((caught as { details: { issues: { path: string }[] } }).details.issues).map((i) => i.path)).toEqual(paths);
  });

  it("accepts the whole text and a single character", () => {
    expect(() => checkSpan(TEXT, 0, TEXT.length)).not.toThrow();
    expect(() => checkSpan(TEXT, 0, 1)).not.toThrow();
  });
});

describe.each(backends)("claims on $name", (backend) => {
  const t = useTestDatabase(backend);
  let article: ArticleDto;

  beforeEach(async () => {
    article = await createArticle(t.db, { title: "Test", text: TEXT, sourceUrl: null, publishedAt: null, format: "text" });
  });

  describe("createClaim", () => {
    it("computes the quote and 32 code units of context from the stored text", async () => {
      const claim = await createClaim(t.db, article.id, attributed("air defense capabilities", "John Kirby", { cue: "warned", note: "NSC statement" }));
      const { start, end } = at("air defense capabilities");
      expect(claim).toMatchObject({
        articleId: article.id,
        start,
        end,
        quote: "air defense capabilities",
        prefix: TEXT.slice(start - 32, start),
        suffix: TEXT.slice(end, end + 32),
        kind: "attributed",
        cue: "warned",
        confidence: "high",
        note: "NSC statement",
        version: 1,
      });
      expect(claim.prefix).toHaveLength(32);
      expect(claim.speaker?.name).toBe("John Kirby");
      expect(await getClaim(t.db, claim.id, null)).toEqual(claim);
    });

    it("keeps the context short at the edges of the text", async () => {
      const first = await createClaim(t.db, article.id, reporter("Russia"));
      expect(first.prefix).toBe("");
      const last = await createClaim(t.db, article.id, reporter("three spaces"));
      expect(last.suffix).toBe(".");
    });

    it("stores a reporter statement without a speaker", async () => {
      const claim = await createClaim(t.db, article.id, reporter("A paragraph"));
      expect(claim.speaker).toBeNull();
      expect(claim.kind).toBe("reporter");
    });

    it("quotes an emoji whole", async () => {
      const claim = await createClaim(t.db, article.id, reporter("Hi 😀 there"));
      expect(claim.quote).toBe("Hi 😀 there");
    });

    it("creates the speaker for an unknown name, once", async () => {
      const a = await createClaim(t.db, article.id, attributed("We’re going to closely monitor", "John Kirby"));
      const b = await createClaim(t.db, article.id, attributed("Kirby added", "john kirby"));
      expect(a.speaker).toEqual(b.speaker);
      expect(b.speaker?.name).toBe("John Kirby");
      expect(await countRows(t.db, speakers)).toBe(1);
    });

    it("finds a speaker by alias once the alias exists", async () => {
      const kirby = await createSpeaker(t.db, { name: "John Kirby", kind: "person", description: null, aliases: [] });
      await addAlias(t.db, kirby.id, "Kirby");
      const claim = await createClaim(t.db, article.id, attributed("Kirby added", "KIRBY"));
      expect(claim.speaker).toEqual({ id: kirby.id, name: "John Kirby" });
      expect(await countRows(t.db, speakers)).toBe(1);
      expect((await getSpeaker(t.db, kirby.id)).claimCount).toBe(1);
    });

    it("without the alias, the same name is a new speaker", async () => {
      await createSpeaker(t.db, { name: "John Kirby", kind: "person", description: null, aliases: [] });
      const claim = await createClaim(t.db, article.id, attributed("Kirby added", "Kirby"));
      expect(claim.speaker?.name).toBe("Kirby");
      expect(await countRows(t.db, speakers)).toBe(2);
    });

    it("takes a speaker by id", async () => {
      const nsc = await createSpeaker(t.db, { name: "National Security Council", kind: "organization", description: null, aliases: [] });
      const claim = await createClaim(t.db, article.id, { ...attributed("air defense", "ignored"), speaker: null, speakerId: nsc.id });
      expect(claim.speaker).toEqual({ id: nsc.id, name: "National Security Council" });
    });

    it("allows overlapping claims", async () => {
      await createClaim(t.db, article.id, reporter("Russia could provide"));
      await createClaim(t.db, article.id, attributed("could provide either Iran", "NSC"));
      expect(await countRows(t.db, claims)).toBe(2);
    });

    const emoji = TEXT.indexOf("😀");
    it.each<[string, () => ClaimCreateInput, string, RegExp]>([
      ["offsets past the end of the text", () => ({ ...reporter("Russia"), start: TEXT.length, end: TEXT.length + 4 }), "invalid", /beyond the text/],
      ["an end past the text", () => ({ ...reporter("Russia"), end: TEXT.length + 1 }), "invalid", /end beyond the text/],
      ["start equal to end", () => ({ ...reporter("Russia"), end: 0 }), "invalid", /must be greater than start/],
      ["start after end", () => ({ ...reporter("Russia"), start: 10, end: 4 }), "invalid", /must be greater than start/],
      ["a negative start", () => ({ ...reporter("Russia"), start: -1 }), "invalid", /must not be negative/],
      ["an attributed claim without a speaker", () => ({ ...attributed("Kirby added", "x"), speaker: null }), "invalid", /needs a speaker/],
      ["a reporter statement with a speaker", () => reporter("Kirby added", { speaker: "John Kirby" }), "invalid", /has no speaker/],
      ["a reporter statement with a speaker id", () => reporter("Kirby added", { speakerId: UNKNOWN_ID }), "invalid", /has no speaker/],
      ["an unknown speaker id", () => ({ ...attributed("Kirby added", "x"), speaker: null, speakerId: UNKNOWN_ID }), "invalid", /No speaker has the id/],
      ["a whitespace-only span", () => reporter("   "), "invalid", /only whitespace/],
      ["a start inside an emoji", () => ({ ...reporter("Hi"), start: emoji + 1, end: emoji + 4 }), "invalid", /start falls inside a character/],
      ["an end inside an emoji", () => ({ ...reporter("Hi"), end: emoji + 1 }), "invalid", /end falls inside a character/],
      // The span is checked before the speaker is resolved: a bad span must not create "New Person".
      ["a bad span with a new speaker's name", () => ({ ...attributed("Kirby", "New Person"), end: TEXT.length + 10 }), "invalid", /beyond the text/],
    ])("refuses %s and writes nothing", async (_name, makeInput, code, message) => {
      const before = await countAll(t.db);
      await expect(createClaim(t.db, article.id, makeInput())).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
      expect(await countAll(t.db)).toEqual(before);
    });

    it("refuses an unknown article and writes nothing", async () => {
      const before = await countAll(t.db);
      await expect(createClaim(t.db, UNKNOWN_ID, attributed("Kirby added", "Someone New"))).rejects.toMatchObject({ code: "not_found" });
      expect(await countAll(t.db)).toEqual(before);
    });
  });

  describe("listClaims", () => {
    it("lists an article's claims in text order", async () => {
      await createClaim(t.db, article.id, reporter("A paragraph"));
      await createClaim(t.db, article.id, reporter("Russia could provide either"));
      await createClaim(t.db, article.id, reporter("Russia could"));
      await createClaim(t.db, article.id, attributed("Kirby added", "John Kirby"));
      const quotes = (await listClaims(t.db, article.id, null)).map((c) => c.quote);
      expect(quotes).toEqual(["Russia could", "Russia could provide either", "Kirby added", "A paragraph"]);
    });

    it("refuses an unknown article", async () => {
      await expect(listClaims(t.db, UNKNOWN_ID, null)).rejects.toMatchObject({ code: "not_found" });
    });
  });

  describe("updateClaim", () => {
    it("bumps the version and keeps what the change leaves out", async () => {
      const claim = await createClaim(t.db, article.id, attributed("Kirby added", "John Kirby", { cue: "added", note: "keep" }));
      const updated = await updateClaim(t.db, claim.id, { version: 1, confidence: "low" });
      expect(updated).toMatchObject({ version: 2, confidence: "low", cue: "added", note: "keep", speaker: claim.speaker, quote: "Kirby added" });
      expect(new Date(updated.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(claim.updatedAt).getTime());
      expect(updated.createdAt).toBe(claim.createdAt);
    });

    it("recomputes the quote and context when the offsets change", async () => {
      const claim = await createClaim(t.db, article.id, reporter("Russia could"));
      const span = at("air defense capabilities");
      const updated = await updateClaim(t.db, claim.id, { version: 1, ...span });
      expect(updated).toMatchObject({
        ...span,
        quote: "air defense capabilities",
        prefix: TEXT.slice(span.start - 32, span.start),
        suffix: TEXT.slice(span.end, span.end + 32),
      });
      const moved = await updateClaim(t.db, claim.id, { version: 2, end: span.start + 3 });
      expect(moved.quote).toBe("air");
    });

    it("clears the cue and note when sent null", async () => {
      const claim = await createClaim(t.db, article.id, attributed("Kirby added", "John Kirby", { cue: "added", note: "n" }));
      expect(await updateClaim(t.db, claim.id, { version: 1, cue: null, note: null })).toMatchObject({ cue: null, note: null });
    });

    it("clears the speaker when the claim becomes a reporter statement", async () => {
      const claim = await createClaim(t.db, article.id, attributed("Kirby added", "John Kirby"));
      const updated = await updateClaim(t.db, claim.id, { version: 1, kind: "reporter" });
      expect(updated).toMatchObject({ kind: "reporter", speaker: null, version: 2 });
      expect(await countRows(t.db, speakers)).toBe(1);
    });

    it("needs a speaker to become an attributed claim", async () => {
      const claim = await createClaim(t.db, article.id, reporter("Kirby added"));
      await expect(updateClaim(t.db, claim.id, { version: 1, kind: "attributed" })).rejects.toMatchObject({ code: "invalid" });
      const updated = await updateClaim(t.db, claim.id, { version: 1, kind: "attributed", speaker: "Kirby" });
      expect(updated).toMatchObject({ kind: "attributed", speaker: { name: "Kirby" } });
    });

    it("changes the speaker by name, alias or id", async () => {
      const kirby = await createSpeaker(t.db, { name: "John Kirby", kind: "person", description: null, aliases: ["Kirby"] });
      const claim = await createClaim(t.db, article.id, attributed("Kirby added", "Someone"));
      expect((await updateClaim(t.db, claim.id, { version: 1, speaker: "kirby" })).speaker).toEqual({ id: kirby.id, name: "John Kirby" });
      const other = await createSpeaker(t.db, { name: "Other", kind: "person", description: null, aliases: [] });
      expect((await updateClaim(t.db, claim.id, { version: 2, speakerId: other.id })).speaker).toEqual({ id: other.id, name: "Other" });
    });

    it("refuses a stale version with the current claim and writes nothing", async () => {
      const claim = await createClaim(t.db, article.id, attributed("Kirby added", "John Kirby"));
      const current = await updateClaim(t.db, claim.id, { version: 1, note: "first edit" });
      const before = await countAll(t.db);
      let caught: unknown;
      try {
        await updateClaim(t.db, claim.id, { version: 1, note: "second edit", speaker: "A New Speaker" });
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ code: "conflict", message: expect.stringMatching(/changed by someone else .*version 2/) });
      expect((caught as { details: unknown }).details).toEqual({ current });
      expect(await getClaim(t.db, claim.id, null)).toEqual(current);
      expect(await countAll(t.db)).toEqual(before);
    });

    it("refuses a bad span or speaker and writes nothing", async () => {
      const claim = await createClaim(t.db, article.id, attributed("Kirby added", "John Kirby"));
      const before = await countAll(t.db);
      await expect(updateClaim(t.db, claim.id, { version: 1, end: TEXT.length + 1, speaker: "Brand New" })).rejects.toMatchObject({ code: "invalid" });
      await expect(updateClaim(t.db, claim.id, { version: 1, start: claim.end ?? 0 })).rejects.toMatchObject({ code: "invalid" });
      await expect(updateClaim(t.db, claim.id, { version: 1, speakerId: UNKNOWN_ID })).rejects.toMatchObject({ code: "invalid" });
      await expect(updateClaim(t.db, claim.id, { version: 1, speaker: "x", kind: "reporter" })).rejects.toMatchObject({ code: "invalid" });
      expect(await getClaim(t.db, claim.id, null)).toEqual(claim);
      expect(await countAll(t.db)).toEqual(before);
    });

    it("refuses an unknown claim", async () => {
      await expect(updateClaim(t.db, UNKNOWN_ID, { version: 1 })).rejects.toMatchObject({ code: "not_found" });
    });
  });

  describe("deleteClaim", () => {
    it("deletes a claim, and a second delete is not found", async () => {
      const claim = await createClaim(t.db, article.id, reporter("Kirby added"));
      await deleteClaim(t.db, claim.id);
      await expect(getClaim(t.db, claim.id, null)).rejects.toMatchObject({ code: "not_found" });
      await expect(deleteClaim(t.db, claim.id)).rejects.toMatchObject({ code: "not_found", message: `No claim has the id ${claim.id}.` });
    });

    it("reports an unknown id as not found", async () => {
      await expect(deleteClaim(t.db, UNKNOWN_ID)).rejects.toMatchObject({ code: "not_found" });
    });

    it("leaves the speaker in place", async () => {
      const claim = await createClaim(t.db, article.id, attributed("Kirby added", "John Kirby"));
      await deleteClaim(t.db, claim.id);
      expect((await getSpeaker(t.db, claim.speaker!.id)).claimCount).toBe(0);
    });
  });

  describe("listClaimsJson and listClaimsTableJson", () => {
    it("answer the very claims listClaims does, in the same order, as JSON text", async () => {
      expect(expandClaimsTable(JSON.parse(await listClaimsTableJson(t.db, article.id, null)))).toEqual([]);
      expect(JSON.parse(await listClaimsJson(t.db, article.id, null))).toEqual([]);
      const analyst = await insertTestActor(t.db, "analyst", "Ana Lyst");
      const reviewer = await insertTestActor(t.db, "admin", "Rev Iewer");
      const kirby = await createClaim(t.db, article.id, attributed("air defense capabilities", "John Kirby", { cue: "warned", note: "NSC “statement”\nline two" }), analyst);
      const plain = await createClaim(t.db, article.id, reporter("Russia"));
      const emoji = await createClaim(t.db, article.id, reporter("Hi 😀 there"), analyst);
      const orphan = await createClaim(t.db, article.id, reporter("A paragraph"));
      const reviewed = await createClaim(t.db, article.id, reporter("three spaces"), reviewer);
      await t.db.update(claims).set({ fuzzyScore: 0.87, fuzzyOldQuote: "Hi there" }).where(eq(claims.id, emoji.id));
      await t.db.update(claims).set({ start: null, end: null, status: "orphaned" }).where(eq(claims.id, orphan.id));
      await t.db
        .update(claims)
        .set({ claimSet: "reviewed", reviewedBy: reviewer.userId, reviewedAt: new Date("2026-03-04T05:06:07.089Z"), updatedBy: reviewer.userId })
        .where(eq(claims.id, reviewed.id));
      await t.db.insert(claimReviewSources).values([
        { reviewedClaimId: reviewed.id, sourceClaimId: plain.id },
        { reviewedClaimId: reviewed.id, sourceClaimId: kirby.id },
      ]);
      await t.db.update(claims).set({ updatedAt: new Date("2027-01-02T03:04:05.678Z") }).where(eq(claims.id, plain.id));

      const listed = await listClaims(t.db, article.id, null);
      expect(listed.map((c) => c.id)).toEqual([plain.id, kirby.id, emoji.id, reviewed.id, orphan.id]);
      expect(listed.find((c) => c.id === reviewed.id)?.review?.sources).toHaveLength(2);
      expect(listed.find((c) => c.id === emoji.id)?.fuzzy).not.toBeNull();
      expect(listed.find((c) => c.id === plain.id)?.updatedAt).toBe("2027-01-02T03:04:05.678Z");
      expect(JSON.parse(await listClaimsJson(t.db, article.id, null))).toEqual(listed);
      const table = JSON.parse(await listClaimsTableJson(t.db, article.id, null)) as ClaimsTable;
      expect(table).toMatchObject({ format: CLAIMS_TABLE_FORMAT, articleId: article.id, columns: [...CLAIMS_TABLE_COLUMNS] });
      expect(table.rows.every((row) => row.length === CLAIMS_TABLE_COLUMNS.length)).toBe(true);
      expect(expandClaimsTable(table)).toEqual(listed);
      // As a reader whose visibility rules apply, too.
      const asAnalyst = await listClaims(t.db, article.id, analyst);
      expect(JSON.parse(await listClaimsJson(t.db, article.id, analyst))).toEqual(asAnalyst);
      expect(expandClaimsTable(JSON.parse(await listClaimsTableJson(t.db, article.id, analyst)))).toEqual(asAnalyst);
    });

    it("refuse an unknown article", async () => {
      await expect(listClaimsJson(t.db, UNKNOWN_ID, null)).rejects.toMatchObject({ code: "not_found" });
      await expect(listClaimsTableJson(t.db, UNKNOWN_ID, null)).rejects.toMatchObject({ code: "not_found" });
    });
  });
});
