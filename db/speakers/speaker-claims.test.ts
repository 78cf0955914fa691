import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { listSpeakerClaims } from "./speaker-claims";
import { speakerStats } from "./speaker-stats";
import { claimOf, countersAndTruth, createSpeaker, newArticle, person } from "./speaker-fixtures";
import { deleteClaim, updateClaim } from "../claims/claims";
import { deleteArticle } from "../articles/articles";
import { articles } from "../schema";
import { backends, useTestDatabase } from "../testing";
import type { Executor } from "../client";
import type { ClaimSort, SpeakerClaimDto } from "../../lib/speakers/model";
import type { SpeakerClaimsQuery } from "../../lib/speakers/schemas";
import { NO_CLAIM_FILTERS } from "../../lib/speakers/claim-filters";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

const IRAN = [
  "Russia may provide air defense to Iran, the council warned.",
  "“We’re going to closely monitor for whether Wagner provides military equipment,” Kirby added.",
  "Iran is seeking billions of dollars of equipment, Kirby said.",
];
const GAZA = ["Kirby said the pause would hold.", "Aid will keep moving, he added."];
const BRIEFING = ["At the briefing, Kirby said talks went well."];

const query = (fields: Partial<SpeakerClaimsQuery> = {}): SpeakerClaimsQuery => ({ ...NO_CLAIM_FILTERS, sort: "newest", cursor: null, limit: 50, ...fields });

async function corpus(db: Executor) {
  const kirby = await createSpeaker(db, person("John Kirby", { aliases: ["Kirby"] }));
  const iran = await newArticle(db, "Kirby on Iran", IRAN, "2023-11-21");
  const gaza = await newArticle(db, "Kirby on Gaza", GAZA, "2023-10-05");
  const briefing = await newArticle(db, "Briefing", BRIEFING, null);
  const monitor = await claimOf(db, iran, "We’re going to closely monitor for whether Wagner provides military equipment", "Kirby", { cue: "added", confidence: "moderate", note: "Direct quote" });
  const seeking = await claimOf(db, iran, "Iran is seeking billions of dollars of equipment", "John Kirby", { cue: "said", confidence: "high" });
  const pause = await claimOf(db, gaza, "the pause would hold", "Kirby", { cue: "said", confidence: "low" });
  const aid = await claimOf(db, gaza, "Aid will keep moving", "Kirby", { cue: "added", confidence: "moderate" });
  const talks = await claimOf(db, briefing, "talks went well", "Kirby", { cue: "said", confidence: "high" });
  return { kirby, iran, gaza, briefing, monitor, seeking, pause, aid, talks };
}

const ids = (items: SpeakerClaimDto[]) => items.map((c) => c.id);

/** Every claim of a speaker, page by page. */
async function pageThrough(db: Executor, speakerId: string, q: SpeakerClaimsQuery, between?: (page: number) => Promise<void>) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const result = await listSpeakerClaims(db, speakerId, { ...q, cursor }, null);
    seen.push(...ids(result.items));
    if (!result.nextCursor) return seen;
    cursor = result.nextCursor;
    await between?.(page);
  }
  throw new Error("paging did not end");
}

describe.each(backends)("a speaker's claims on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("lists every claim with its article and the sentence around it, newest article first, in text order", async () => {
    const c = await corpus(t.db);
    const page = await listSpeakerClaims(t.db, c.kirby.id, query(), null);
    // The undated briefing counts from its import, today.
    expect(ids(page.items)).toEqual([c.talks.id, c.monitor.id, c.seeking.id, c.pause.id, c.aid.id]);
    expect(page.nextCursor).toBeNull();
    const monitor = page.items[1]!;
    expect(monitor).toMatchObject({
      quote: c.monitor.quote,
      cue: "added",
      confidence: "moderate",
      note: "Direct quote",
      article: { id: c.iran.id, title: "Kirby on Iran", sourceUrl: c.iran.sourceUrl, publishedAt: "2023-11-21T00:00:00.000Z", date: "2023-11-21T00:00:00.000Z" },
      sentence: { text: IRAN[1], clippedBefore: false, clippedAfter: false },
    });
    expect(monitor.sentence.text.slice(monitor.sentence.quoteStart, monitor.sentence.quoteEnd)).toBe(c.monitor.quote);
    expect(page.items[0]!.article).toMatchObject({ publishedAt: null, date: c.briefing.createdAt });
  });

  it.each<[string, Partial<SpeakerClaimsQuery>, (c: Awaited<ReturnType<typeof corpus>>) => string[]]>([
    ["one confidence", { confidence: ["high"] }, (c) => [c.talks.id, c.seeking.id]],
    ["two confidences", { confidence: ["low", "moderate"] }, (c) => [c.monitor.id, c.pause.id, c.aid.id]],
    ["a cue", { cue: "added" }, (c) => [c.monitor.id, c.aid.id]],
    ["an article", { articleId: "gaza" }, (c) => [c.pause.id, c.aid.id]],
    ["a date range", { from: "2023-10-01", to: "2023-11-20" }, (c) => [c.pause.id, c.aid.id]],
    ["a single day, inclusive", { from: "2023-11-21", to: "2023-11-21" }, (c) => [c.monitor.id, c.seeking.id]],
    ["words starting quote words", { q: "Closely MONIT" }, (c) => [c.monitor.id]],
    ["words in any order", { q: "equipment iran" }, (c) => [c.seeking.id]],
    ["only punctuation", { q: "“!”" }, () => []],
    ["several filters at once", { confidence: ["moderate"], cue: "added", to: "2023-10-31" }, (c) => [c.aid.id]],
  ])("filters by %s", async (_name, filters, expected) => {
    const c = await corpus(t.db);
    const articleId = filters.articleId === "gaza" ? c.gaza.id : filters.articleId;
    const page = await listSpeakerClaims(t.db, c.kirby.id, query({ ...filters, articleId: articleId ?? null }), null);
    expect(ids(page.items)).toEqual(expected(c));
  });

  it.each<[ClaimSort, (c: Awaited<ReturnType<typeof corpus>>) => string[]]>([
    ["oldest", (c) => [c.pause.id, c.aid.id, c.monitor.id, c.seeking.id, c.talks.id]],
    ["confidence", (c) => [c.talks.id, c.seeking.id, c.monitor.id, c.aid.id, c.pause.id]],
  ])("sorts by %s", async (sort, expected) => {
    const c = await corpus(t.db);
    expect(ids((await listSpeakerClaims(t.db, c.kirby.id, query({ sort }), null)).items)).toEqual(expected(c));
  });

  it.each<ClaimSort>(["newest", "oldest", "confidence"])("pages through %s with a cursor, in the same order as one page", async (sort) => {
    const c = await corpus(t.db);
    const all = ids((await listSpeakerClaims(t.db, c.kirby.id, query({ sort }), null)).items);
    for (const limit of [1, 2, 3]) expect(await pageThrough(t.db, c.kirby.id, query({ sort, limit }))).toEqual(all);
  });

  it.each<ClaimSort>(["newest", "oldest", "confidence"])(
    "skips and repeats no claim while claims are added between pages (%s)",
    async (sort) => {
      const c = await corpus(t.db);
      const early = await newArticle(t.db, "Early", ["Kirby said one.", "Kirby said two.", "Kirby said three."], "2021-01-01");
      const late = await newArticle(t.db, "Late", ["Kirby said one.", "Kirby said two.", "Kirby said three."], "2030-01-01");
      for (const word of ["one", "three"]) await claimOf(t.db, early, word, "Kirby", { confidence: "moderate" });
      const before = (await listSpeakerClaims(t.db, c.kirby.id, query({ sort }), null)).items.map((i) => i.id);
      const added: string[] = [];
      const seen = await pageThrough(t.db, c.kirby.id, query({ sort, limit: 2 }), async (page) => {
        // Claims land before and after the page boundary: in articles dated before and after, and between two
        // claims already in the list.
        const words = ["one", "two", "three"];
        const word = words[page % 3]!;
        added.push((await claimOf(t.db, late, word, "Kirby", { confidence: (["low", "moderate", "high"] as const)[page % 3] })).id);
        if (page === 0) added.push((await claimOf(t.db, early, "two", "Kirby", { confidence: "moderate" })).id);
      });
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of before) expect(seen).toContain(id);
      expect(seen.every((id) => before.includes(id) || added.includes(id))).toBe(true);
    },
  );

  it("refuses a cursor from another sort, or a made-up one", async () => {
    const c = await corpus(t.db);
    const first = await listSpeakerClaims(t.db, c.kirby.id, query({ limit: 2 }), null);
    await expect(listSpeakerClaims(t.db, c.kirby.id, query({ sort: "oldest", cursor: first.nextCursor }), null)).rejects.toMatchObject({ code: "invalid" });
    await expect(listSpeakerClaims(t.db, c.kirby.id, query({ cursor: "bm9wZQ" }), null)).rejects.toMatchObject({ code: "invalid" });
  });

  it("reports an unknown speaker as not found", async () => {
    await expect(listSpeakerClaims(t.db, UNKNOWN_ID, query(), null)).rejects.toMatchObject({ code: "not_found" });
  });

  it("sums claims per day by confidence, and lists cues most used first", async () => {
    const c = await corpus(t.db);
    const stats = await speakerStats(t.db, c.kirby.id);
    expect(stats.confidenceCounts).toEqual({ low: 1, moderate: 2, high: 2 });
    expect(stats.articleCount).toBe(3);
    expect(stats.cues).toEqual([
      { cue: "said", count: 3 },
      { cue: "added", count: 2 },
    ]);
    expect(stats.days.slice(0, 2)).toEqual([
      { day: "2023-10-05", low: 1, moderate: 1, high: 0 },
      { day: "2023-11-21", low: 0, moderate: 1, high: 1 },
    ]);
  });

  it("keeps each speaker's claim counts and latest claim date right through every change", async () => {
    const c = await corpus(t.db);
    const putin = await createSpeaker(t.db, person("Vladimir Putin"));
    const check = async () => {
      const { kept, truth } = await countersAndTruth(t.db);
      expect(kept).toEqual(truth);
    };
    await check();
    await updateClaim(t.db, c.talks.id, { version: 1, confidence: "low" });
    await updateClaim(t.db, c.pause.id, { version: 1, speakerId: putin.id });
    await updateClaim(t.db, c.aid.id, { version: 1, note: "only the note" });
    await check();
    await updateClaim(t.db, c.talks.id, { version: 2, cue: "warned" });
    await updateClaim(t.db, c.aid.id, { version: 2, cue: null });
    await check();
    await deleteClaim(t.db, c.seeking.id);
    await check();
    // A new publication date moves the claims' dates and the speakers' latest claim with it.
    await t.db.update(articles).set({ publishedAt: new Date("2024-02-02T00:00:00Z") }).where(eq(articles.id, c.gaza.id));
    await check();
    const page = await listSpeakerClaims(t.db, putin.id, query(), null);
    expect(page.items[0]!.article.date).toBe("2024-02-02T00:00:00.000Z");
    await deleteArticle(t.db, c.iran.id);
    await check();
  });
});
