import { describe, expect, it, vi } from "vitest";
import { createArticle } from "../articles/articles";
import { replaceArticleText } from "../articles/article-text";
import { acceptSuggestion, computeSuggestions, listSuggestions, rejectSuggestion } from "./suggestions";
import { importArticle } from "./import-article";
import { updateUserSettings } from "../accounts/user-settings";
import { deleteClaim } from "../claims/claims";
import { restoreClaim } from "../history/history";
import { deleteSpeaker } from "../speakers/speakers";
import { backends, insertTestActor, useTestDatabase } from "../testing";
import { ARTICLE } from "../../app/api/suggestions/suggestion-fixtures";

vi.mock("../../lib/attribution", async () => ({ detectClaims: (await import("../../app/api/suggestions/suggestion-fixtures")).fakeDetectClaims }));

const input = { title: "Air defense", text: ARTICLE, format: "text" as const, sourceUrl: null, publishedAt: null, byline: null, siteName: null, modifiedAt: null, language: null, canonicalUrl: null };

describe.each(backends)("suggested claims on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("are re-anchored with the claims in a text save's transaction, go back to the queue when their claim is deleted and are accepted again when it is restored", async () => {
    const article = await createArticle(t.db, input);
    const [first, second, third] = await computeSuggestions(t.db, article.id, { reporterStatements: false });
    if (!first || !second || !third) throw new Error("the fixture article has no suggestions");
    const analyst = await insertTestActor(t.db, "analyst");
    const claim = await acceptSuggestion(t.db, first.id, { confidence: "high" }, analyst);
    await rejectSuggestion(t.db, third.id, analyst);

    const text = `Moved down.\n\n${ARTICLE.replace(third.quote, "something else entirely")}`;
    await replaceArticleText(t.db, article.id, { text, action: "edit", actor: analyst });
    const after = await listSuggestions(t.db, article.id, null);
    expect(after.map((s) => [s.quote, s.status, s.anchoring, s.revision])).toEqual([
      [first.quote, "accepted", "anchored", 2],
      [second.quote, "pending", "anchored", 2],
      ["of long delays", "pending", "anchored", 2],
      [third.quote, "rejected", "orphaned", 1],
    ]);
    for (const s of after.filter((s) => s.start !== null)) expect(text.slice(s.start ?? 0, s.end ?? 0)).toBe(s.quote);
    expect(text.slice(after[1]?.speakerMention?.start, after[1]?.speakerMention?.end)).toBe("Kirby");
    expect(text.slice(after[1]?.cueSpan?.start, after[1]?.cueSpan?.end)).toBe("added");

    // Its claim deleted, a suggestion whose words are still there is back in the queue; restored, accepted again.
    await deleteClaim(t.db, claim.id, analyst);
    expect((await listSuggestions(t.db, article.id, null, "pending")).map((s) => s.id)).toContain(first.id);
    expect(await listSuggestions(t.db, article.id, null, "accepted")).toEqual([]);
    await restoreClaim(t.db, claim.id, analyst);
    expect((await listSuggestions(t.db, article.id, null, "accepted")).map((s) => [s.id, s.claimId, s.decidedBy?.id])).toEqual([[first.id, claim.id, analyst.userId]]);
  });

  it("whose words a text revision lost stay accepted when their claim is deleted: an orphan cannot wait in the queue", async () => {
    const article = await createArticle(t.db, input);
    const [first] = await computeSuggestions(t.db, article.id, { reporterStatements: false });
    if (!first) throw new Error("the fixture article has no suggestions");
    const analyst = await insertTestActor(t.db, "analyst");
    const claim = await acceptSuggestion(t.db, first.id, { confidence: "high" }, analyst);
    await replaceArticleText(t.db, article.id, { text: ARTICLE.replace(first.quote, "nothing alike at all here"), action: "edit", actor: analyst });
    await deleteClaim(t.db, claim.id, analyst);
    expect((await listSuggestions(t.db, article.id, null)).find((s) => s.id === first.id)).toMatchObject({ status: "accepted", claimId: null, anchoring: "orphaned" });
  });

  it("are computed on import only for someone who has not turned that off", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    expect(await listSuggestions(t.db, (await importArticle(t.db, input, ana)).id, ana)).toHaveLength(4);
    await updateUserSettings(t.db, ana.userId, { suggestAfterImport: false });
    expect(await listSuggestions(t.db, (await importArticle(t.db, input, ana)).id, ana)).toHaveLength(0);
  });

  it("forget a deleted directory speaker and name them by the suggested name again", async () => {
    const article = await createArticle(t.db, input);
    const [first] = await computeSuggestions(t.db, article.id, { reporterStatements: false });
    const claim = await acceptSuggestion(t.db, first?.id ?? "", { confidence: "low" });
    await deleteClaim(t.db, claim.id);
    const speakerId = claim.speaker?.id ?? "";
    expect((await listSuggestions(t.db, article.id, null, "pending"))[0]?.speaker?.speakerId).toBe(speakerId);
    await deleteSpeaker(t.db, speakerId);
    expect((await listSuggestions(t.db, article.id, null, "pending"))[0]?.speaker).toMatchObject({ name: "John Kirby", speakerId: null });
  });
});
