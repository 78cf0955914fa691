import { describe, expect, it, vi } from "vitest";
import { createArticle } from "../articles/articles";
import { replaceArticleText } from "../articles/article-text";
import { acceptSuggestion, computeSuggestions, listSuggestions, rejectSuggestion } from "./suggestions";
import { importArticle } from "./import-article";
import { updateUserSettings } from "../accounts/user-settings";
import { deleteClaim } from "../claims/claims";
import { deleteSpeaker } from "../speakers/speakers";
import { backends, insertTestActor, useTestDatabase } from "../testing";
import { ARTICLE } from "../../app/api/suggestions/suggestion-fixtures";

vi.mock("../../lib/attribution", async () => ({ detectClaims: (await import("../../app/api/suggestions/suggestion-fixtures")).fakeDetectClaims }));

const input = { title: "Air defense", text: ARTICLE, format: "text" as const, sourceUrl: null, publishedAt: null, byline: null, siteName: null, modifiedAt: null, language: null, canonicalUrl: null };

describe.each(backends)("suggested claims on $name", (backend) => {
  const t = useTestDatabase(backend);

  it("are re-anchored with the claims in a text save's transaction, and keep their decision when its claim is deleted", async () => {
    const article = await createArticle(t.db, input);
    const [first, second, third] = await computeSuggestions(t.db, article.id, { reporterStatements: false });
    if (!first || !second || !third) throw new Error("the fixture article has no suggestions");
    const analyst = await insertTestActor(t.db, "analyst");
    const claim = await acceptSuggestion(t.db, first.id, { confidence: "high" }, analyst);
    await rejectSuggestion(t.db, third.id, analyst);

    const text = `Moved down.\n\n${ARTICLE.replace(third.quote, "something else entirely")}`;
    await replaceArticleText(t.db, article.id, { text, action: "edit", actor: analyst });
    const after = await listSuggestions(t.db, article.id);
    expect(after.map((s) => [s.quote, s.status, s.anchoring, s.revision])).toEqual([
      [first.quote, "accepted", "anchored", 2],
      [second.quote, "pending", "anchored", 2],
      ["of long delays", "pending", "anchored", 2],
      [third.quote, "rejected", "orphaned", 1],
    ]);
    for (const s of after.filter((s) => s.start !== null)) expect(text.slice(s.start ?? 0, s.end ?? 0)).toBe(s.quote);
    expect(text.slice(after[1]?.speakerMention?.start, after[1]?.speakerMention?.end)).toBe("Kirby");
    expect(text.slice(after[1]?.cueSpan?.start, after[1]?.cueSpan?.end)).toBe("added");

    await deleteClaim(t.db, claim.id, analyst);
    expect((await listSuggestions(t.db, article.id, "accepted"))[0]).toMatchObject({ claimId: null, status: "accepted" });
  });

  it("are computed on import only for someone who has not turned that off", async () => {
    const ana = await insertTestActor(t.db, "analyst", "Ana");
    expect(await listSuggestions(t.db, (await importArticle(t.db, input, ana)).id)).toHaveLength(4);
    await updateUserSettings(t.db, ana.userId, { suggestAfterImport: false });
    expect(await listSuggestions(t.db, (await importArticle(t.db, input, ana)).id)).toHaveLength(0);
  });

  it("forget a deleted directory speaker and name them by the suggested name again", async () => {
    const article = await createArticle(t.db, input);
    const [first] = await computeSuggestions(t.db, article.id, { reporterStatements: false });
    const claim = await acceptSuggestion(t.db, first?.id ?? "", { confidence: "low" });
    await deleteClaim(t.db, claim.id);
    const speakerId = claim.speaker?.id ?? "";
    expect((await listSuggestions(t.db, article.id, "pending"))[0]?.speaker?.speakerId).toBe(speakerId);
    await deleteSpeaker(t.db, speakerId);
    expect((await listSuggestions(t.db, article.id, "pending"))[0]?.speaker).toMatchObject({ name: "John Kirby", speakerId: null });
  });
});
