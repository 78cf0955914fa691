import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createArticle, deleteArticle } from "../articles/articles";
import { createClaim, deleteClaim, getClaim, updateClaim } from "../claims/claims";
import { listActivity, listArticleHistory, listClaimHistory, restoreClaim } from "./history";
import { replaceArticleText } from "../articles/article-text";
import { asActor } from "../actor";
import { updateSpeaker } from "../speakers/speakers";
import { listAccountNames } from "../accounts/users";
import { history } from "../schema";
import { backends, countAll, countRows, insertTestActor, useTestDatabase } from "../testing";
import type { ClaimCreateInput } from "../../lib/schemas";

const TEXT = "Russia could provide air defense, the council warned.\n\n“We will watch closely,” Kirby added.";
const QUOTE = "We will watch closely";
const claimInput = (extra: Partial<ClaimCreateInput> = {}): ClaimCreateInput => ({
  start: TEXT.indexOf(QUOTE),
  end: TEXT.indexOf(QUOTE) + QUOTE.length,
  kind: "attributed",
  speaker: "John Kirby",
  cue: "added",
  confidence: "moderate",
  note: null,
  ...extra,
});

describe.each(backends)("history and authorship on $name", (backend) => {
  const t = useTestDatabase(backend);
  const article = () => createArticle(t.db, { title: "Air defense", text: TEXT, format: "text", sourceUrl: null, publishedAt: null });

  it("records who tagged and who changed a claim, and every change with the claim before and after", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana Analyst");
    const ada = await insertTestActor(t.db, "admin", "Ada Admin");
    const { id: articleId } = await article();
    const claim = await createClaim(t.db, articleId, claimInput(), ana);
    expect(claim).toMatchObject({ createdBy: { id: ana.userId, name: "Ana Analyst" }, updatedBy: { id: ana.userId, name: "Ana Analyst" } });

    const changed = await updateClaim(t.db, claim.id, { version: 1, confidence: "high" }, ada);
    expect(changed).toMatchObject({ createdBy: { name: "Ana Analyst" }, updatedBy: { name: "Ada Admin" } });

    const entries = await listClaimHistory(t.db, claim.id, null);
    expect(entries.map((e) => [e.action, e.actor?.name])).toEqual([
      ["update", "Ada Admin"],
      ["create", "Ana Analyst"],
    ]);
    expect(entries[0]).toMatchObject({ before: { confidence: "moderate", version: 1, speaker: { name: "John Kirby" } }, after: { confidence: "high", version: 2 } });
    expect(entries[1]).toMatchObject({ before: null, after: { quote: QUOTE, version: 1 } });
  });

  it("writes neither claim nor history when a write fails", async () => {
    const ana = await insertTestActor(t.db, "analyst");
    const { id: articleId } = await article();
    const before = await countAll(t.db);
    await expect(createClaim(t.db, articleId, claimInput({ start: 0, end: TEXT.length + 5 }), ana)).rejects.toMatchObject({ code: "invalid" });
    // A failure after the row was written (here: a check the database enforces) rolls the history back with it.
    await expect(
      asActor(t.db, ana, null, async (tx) => {
        await createClaim(tx, articleId, claimInput(), ana);
        await tx.execute(sql`select 1 / 0`);
      }),
    ).rejects.toThrow();
    expect(await countAll(t.db)).toEqual(before);
  });

  it("keeps the history append-only", async () => {
    const ana = await insertTestActor(t.db, "analyst");
    const { id: articleId } = await article();
    await createClaim(t.db, articleId, claimInput(), ana);
    const rows = await countRows(t.db, history);
    await expect(t.db.update(history).set({ action: "create" }).where(eq(history.entity, "claim"))).rejects.toThrow();
    await expect(t.db.delete(history).where(eq(history.entity, "claim"))).rejects.toThrow();
    expect(await countRows(t.db, history)).toBe(rows);
  });

  it("lets an analyst change only their own claims, an admin anyone's, a viewer nothing", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const bob = await insertTestActor(t.db, "analyst", "Bob");
    const ada = await insertTestActor(t.db, "admin");
    const vic = await insertTestActor(t.db, "viewer");
    const { id: articleId } = await article();
    const claim = await createClaim(t.db, articleId, claimInput(), ana);
    const before = await countAll(t.db);
    await expect(updateClaim(t.db, claim.id, { version: 1, note: "mine now" }, bob)).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining("Ana's") });
    await expect(deleteClaim(t.db, claim.id, bob)).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteClaim(t.db, claim.id, vic)).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining("viewer") });
    expect(await countAll(t.db)).toEqual(before);
    await expect(updateClaim(t.db, claim.id, { version: 1, note: "checked" }, ada)).resolves.toMatchObject({ note: "checked" });
  });

  it("restores a deleted claim with its id, author and words, and says when there is nothing to restore", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const bob = await insertTestActor(t.db, "analyst", "Bob");
    const { id: articleId } = await article();
    const claim = await createClaim(t.db, articleId, claimInput(), ana);
    await deleteClaim(t.db, claim.id, ana);
    await expect(getClaim(t.db, claim.id, null)).rejects.toMatchObject({ code: "not_found" });

    await expect(restoreClaim(t.db, claim.id, bob)).rejects.toMatchObject({ code: "forbidden" });
    const restored = await restoreClaim(t.db, claim.id, ana);
    expect(restored).toMatchObject({ id: claim.id, quote: QUOTE, start: claim.start, version: 2, createdBy: { name: "Ana" }, speaker: { name: "John Kirby" } });
    await expect(restoreClaim(t.db, claim.id, ana)).rejects.toMatchObject({ code: "conflict" });

    const page = await listArticleHistory(t.db, articleId, null, { limit: 10 });
    expect(page.items.map((e) => [e.action, e.restorable])).toEqual([
      ["restore", false],
      ["delete", false],
      ["create", false],
    ]);
  });

  it("re-anchors a restored claim when the text changed since it was deleted", async () => {
    const ana = await insertTestActor(t.db, "analyst");
    const { id: articleId } = await article();
    const claim = await createClaim(t.db, articleId, claimInput(), ana);
    await deleteClaim(t.db, claim.id, ana);
    const edited = `A new first paragraph.\n\n${TEXT}`;
    await replaceArticleText(t.db, articleId, { text: edited, action: "edit", actor: ana });
    const restored = await restoreClaim(t.db, claim.id, ana);
    expect(restored).toMatchObject({ status: "anchored", start: edited.indexOf(QUOTE), quote: QUOTE, revision: 2 });
  });

  it("names text edits, merges and speaker changes in the history", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const { id: articleId } = await article();
    const claim = await createClaim(t.db, articleId, claimInput(), ana);
    await replaceArticleText(t.db, articleId, { text: `Intro.\n\n${TEXT}`, action: "edit", actor: ana });
    const entries = await listClaimHistory(t.db, claim.id, null);
    expect(entries[0]).toMatchObject({ action: "reanchor", actor: { name: "Ana" }, before: { start: claim.start }, after: { start: claim.start! + 8 } });

    const speakerId = claim.speaker!.id;
    await asActor(t.db, ana, null, (tx) => updateSpeaker(tx, speakerId, { name: "John F. Kirby" }));
    const speakerRows = await t.db.select().from(history).where(eq(history.entity, "speaker"));
    expect(speakerRows.map((r) => [r.action, r.actorId])).toEqual([
      ["create", ana.userId],
      ["update", ana.userId],
    ]);
    const articleRows = await t.db.select().from(history).where(eq(history.entity, "article"));
    expect(articleRows.map((r) => r.action)).toEqual(["create", "edit"]);
    expect(articleRows[1]?.after).not.toHaveProperty("text");
  });

  it("lets exactly one of two concurrent edits of one claim win; the other gets the winner, nothing is lost", async () => {
    const ana = await insertTestActor(t.db, "admin", "Ana");
    const bob = await insertTestActor(t.db, "admin", "Bob");
    const { id: articleId } = await article();
    const claim = await createClaim(t.db, articleId, claimInput(), ana);
    const results = await Promise.allSettled([
      updateClaim(t.db, claim.id, { version: 1, note: "Ana's reading" }, ana),
      updateClaim(t.db, claim.id, { version: 1, note: "Bob's reading" }, bob),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof updateClaim>>>).value;
    expect(lost[0]?.reason).toMatchObject({ code: "conflict", details: { current: { version: 2, note: winner.note } } });
    expect(await getClaim(t.db, claim.id, null)).toMatchObject({ version: 2, note: winner.note });
    expect((await listClaimHistory(t.db, claim.id, null)).map((e) => e.action)).toEqual(["update", "create"]);
  });

  it("does not delete a claim changed since the deleter last saw it", async () => {
    const ana = await insertTestActor(t.db, "admin", "Ana");
    const { id: articleId } = await article();
    const claim = await createClaim(t.db, articleId, claimInput(), ana);
    await updateClaim(t.db, claim.id, { version: 1, note: "new evidence" }, ana);
    const before = await countAll(t.db);
    await expect(deleteClaim(t.db, claim.id, ana, 1)).rejects.toMatchObject({ code: "conflict", details: { current: { version: 2, note: "new evidence" } } });
    expect(await countAll(t.db)).toEqual(before);
    await deleteClaim(t.db, claim.id, ana, 2);
    await expect(getClaim(t.db, claim.id, null)).rejects.toMatchObject({ code: "not_found" });
  });

  it("names each change by the innermost step that made it, and gives the outer name back after", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const { id: articleId } = await article();
    const old = await createClaim(t.db, articleId, claimInput(), ana);
    const edited = `Intro.\n\n${TEXT}`;
    const made = await asActor(t.db, ana, "import", async (tx) => {
      await replaceArticleText(tx, articleId, { text: edited, action: "import", actor: ana });
      return createClaim(tx, articleId, { start: 0, end: 6, kind: "reporter", confidence: "low", cue: null, note: null });
    });
    expect((await listClaimHistory(t.db, old.id, null))[0]).toMatchObject({ action: "reanchor", actor: { name: "Ana" } });
    expect(await listClaimHistory(t.db, made.id, null)).toMatchObject([{ action: "import", actor: { name: "Ana" } }]);
  });
});

describe.each(backends)("the team's activity on $name", (backend) => {
  const t = useTestDatabase(backend);
  const article = (title: string) => createArticle(t.db, { title, text: TEXT, format: "text", sourceUrl: null, publishedAt: null });

  it("lists claim changes across articles, newest first, each with its article's title, and one person's alone", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const bob = await insertTestActor(t.db, "analyst", "Bob");
    const air = await article("Air defense");
    const talks = await article("Ceasefire talks");
    const first = await createClaim(t.db, air.id, claimInput(), ana);
    await createClaim(t.db, talks.id, claimInput(), bob);
    await updateClaim(t.db, first.id, { version: 1, confidence: "high" }, ana);
    // A change to a speaker is not a claim change: it stays out of the activity.
    await asActor(t.db, bob, null, (tx) => updateSpeaker(tx, first.speaker!.id, { name: "John F. Kirby" }));

    const everyone = await listActivity(t.db, null, { limit: 10 });
    expect(everyone.items.map((e) => [e.action, e.actor?.name, e.articleTitle, e.articleId])).toEqual([
      ["update", "Ana", "Air defense", air.id],
      ["create", "Bob", "Ceasefire talks", talks.id],
      ["create", "Ana", "Air defense", air.id],
    ]);
    expect(everyone.nextCursor).toBeNull();
    expect(everyone.items[0]).toMatchObject({ claimId: first.id, before: { confidence: "moderate" }, after: { confidence: "high", quote: QUOTE } });

    const anas = await listActivity(t.db, null, { actorId: ana.userId, limit: 10 });
    expect(anas.items.map((e) => [e.action, e.actor?.name])).toEqual([
      ["update", "Ana"],
      ["create", "Ana"],
    ]);
    expect(await listActivity(t.db, null, { actorId: "nobody-at-all", limit: 10 })).toEqual({ items: [], nextCursor: null });
  });

  it("pages by the last entry's id, without repeating or skipping an entry", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const bob = await insertTestActor(t.db, "analyst", "Bob");
    const { id: articleId } = await article("Air defense");
    for (let i = 0; i < 4; i += 1) await createClaim(t.db, articleId, claimInput({ start: i, end: i + 5, kind: "reporter", speaker: null, cue: null }), i % 2 ? bob : ana);
    const all = (await listActivity(t.db, null, { limit: 100 })).items.map((e) => e.id);
    expect(all).toHaveLength(4);

    const seen: number[] = [];
    let cursor: number | undefined;
    for (;;) {
      const page = await listActivity(t.db, null, { cursor, limit: 3 });
      seen.push(...page.items.map((e) => e.id));
      if (!page.nextCursor) break;
      cursor = Number(page.nextCursor);
    }
    expect(seen).toEqual(all);
    const bobs = await listActivity(t.db, null, { actorId: bob.userId, limit: 1 });
    const rest = await listActivity(t.db, null, { actorId: bob.userId, cursor: Number(bobs.nextCursor), limit: 1 });
    expect([...bobs.items, ...rest.items].map((e) => e.actor?.name)).toEqual(["Bob", "Bob"]);
    expect(rest.nextCursor).toBeNull();
  });

  it("keeps a deleted article's claim changes, with no title", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    const gone = await article("Gone tomorrow");
    const kept = await article("Air defense");
    await createClaim(t.db, gone.id, claimInput(), ana);
    await createClaim(t.db, kept.id, claimInput(), ana);
    await deleteArticle(t.db, gone.id);

    const { items } = await listActivity(t.db, null, { limit: 10 });
    expect(items.map((e) => [e.action, e.articleId, e.articleTitle])).toEqual([
      ["delete", gone.id, null],
      ["create", kept.id, "Air defense"],
      ["create", gone.id, null],
    ]);
  });

  it("lists every account's id and name by name, for choosing whose changes to show", async () => {
    const bob = await insertTestActor(t.db, "viewer", "Bob");
    const ana = await insertTestActor(t.db, "admin", "Ana");
    expect(await listAccountNames(t.db)).toEqual([
      { id: ana.userId, name: "Ana" },
      { id: bob.userId, name: "Bob" },
    ]);
  });
});
