import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createArticle } from "../articles/articles";
import { createClaim, getClaim, listClaims } from "../claims/claims";
import { listSpeakerClaims } from "../speakers/speaker-claims";
import { listActivity } from "../history/history";
import { prepareCorpusExport } from "../exchange/corpus-export";
import { assignments, claimReviewSources, claims, reviewDrops } from "../schema";
import { backends, insertTestActor, useTestDatabase } from "../testing";
import { assignArticle, markAssignmentDone } from "./assignments";
import { parseSpeakerClaimsQuery } from "../../lib/speakers/schemas";

const TEXT = "Kirby said Russia could provide air defense. The council warned of more strikes.";
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe.each(backends)("independent annotation on $name", (backend) => {
  const t = useTestDatabase(backend);

  async function assigned() {
    const article = await createArticle(t.db, { title: "Air defense", text: TEXT, format: "text", sourceUrl: null, publishedAt: null });
    const [admin, ana, ben] = [await insertTestActor(t.db, "admin", "Ada"), await insertTestActor(t.db, "analyst", "Ana"), await insertTestActor(t.db, "analyst", "Ben")];
    const earlier = await createClaim(t.db, article.id, { ...span("The council warned"), kind: "reporter", cue: null, confidence: "low", note: null }, admin);
    const rows = await assignArticle(t.db, article.id, { userIds: [ana.userId, ben.userId] }, admin);
    const claim = (who: typeof ana, words: string) =>
      createClaim(t.db, article.id, { ...span(words), kind: "attributed", speaker: "John Kirby", cue: "said", confidence: "high", note: null }, who);
    const anaClaim = await claim(ana, "Russia could provide air defense");
    const benClaim = await claim(ben, "Russia could provide air defense");
    return { article, admin, ana, ben, earlier, anaClaim, benClaim, ids: new Map(rows.map((r) => [r.user.id, r.id])) };
  }

  it("applies one rule to every read path while an assignment is open", async () => {
    const { article, admin, ana, ben, earlier, anaClaim, benClaim, ids } = await assigned();
    const visible = async (reader: typeof ana) => ({
      list: (await listClaims(t.db, article.id, reader)).map((c) => c.id),
      speaker: (await listSpeakerClaims(t.db, anaClaim.speaker?.id as string, parseSpeakerClaimsQuery({}), reader)).items.map((c) => c.id),
      activity: (await listActivity(t.db, reader, { limit: 50 })).items.map((e) => e.claimId),
    });
    expect(await visible(ana)).toEqual({ list: [anaClaim.id], speaker: [anaClaim.id], activity: [anaClaim.id] });
    expect(await visible(admin)).toEqual({ list: [earlier.id], speaker: [], activity: [earlier.id] });
    await expect(getClaim(t.db, benClaim.id, ana)).rejects.toMatchObject({ code: "forbidden" });
    const exported = await prepareCorpusExport(t.db, "jsonl", {}, { reader: ben });
    let lines = "";
    for await (const chunk of exported.chunks()) lines += chunk;
    expect(lines.trim().split("\n").map((l) => JSON.parse(l).claim_id)).toEqual([benClaim.id]);
    // The system (CLI, benchmarks) sees everything.
    expect(await listClaims(t.db, article.id, null)).toHaveLength(3);

    for (const who of [ana, ben]) await markAssignmentDone(t.db, ids.get(who.userId) as string, who);
    expect((await listClaims(t.db, article.id, ana)).map((c) => c.id).sort()).toEqual([earlier.id, anaClaim.id, benClaim.id].sort());
  });

  it("holds the invariants in the database: done has a date, links go from reviewed to analyst claims", async () => {
    const { article, ana, anaClaim, benClaim } = await assigned();
    await expect(t.db.update(assignments).set({ status: "done" }).where(eq(assignments.userId, ana.userId))).rejects.toThrow();
    await expect(t.db.insert(claimReviewSources).values({ reviewedClaimId: anaClaim.id, sourceClaimId: benClaim.id })).rejects.toThrow();
    await expect(
      t.db.insert(claims).values({ articleId: article.id, ...span("Kirby said"), quote: "Kirby said", kind: "reporter", confidence: "low", claimSet: "reviewed" }),
    ).rejects.toThrow();
    // A drop names analysts' claims only, and goes with the claim.
    const [reviewed] = await t.db
      .insert(claims)
      .values({ articleId: article.id, ...span("Kirby said"), quote: "Kirby said", kind: "reporter", confidence: "low", claimSet: "reviewed", reviewedAt: new Date() })
      .returning({ id: claims.id });
    await expect(t.db.insert(reviewDrops).values({ sourceClaimId: reviewed?.id as string, droppedAt: new Date() })).rejects.toThrow();
    await t.db.insert(reviewDrops).values({ sourceClaimId: anaClaim.id, droppedAt: new Date() });
    await t.db.delete(claims).where(eq(claims.id, anaClaim.id));
    expect(await t.db.select().from(reviewDrops)).toEqual([]);
  });
});
