import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/fixtures";
import { LibraryPage } from "./pages/library-page";
import { SpeakersPage } from "./pages/speakers-page";
import { WorkspacePage } from "./pages/workspace-page";

const SAMPLE = path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt");
const KIRBY_QUOTE =
  "In total, Iran is seeking billions of dollars worth of military equipment from Russia to strengthen its military capabilities. Russia has also been helping Iran develop and maintain its satellite collection capabilities and other space-based programs";
const MONITOR_QUOTE = "We’re going to closely monitor for whether Wagner provides military equipment to either Hezbollah or Iran";
const REPORTER_SENTENCE = "Hezbollah has a more significant fighting arsenal than Hamas.";

test("an analyst imports the sample, tags claims, reloads and exports them", async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  // A new install shows the sample article, so a newcomer has something to annotate.
  await expect(page.getByRole("link", { name: "Russia may provide air defense capability to Iran or Hezbollah, US warns" })).toBeVisible();

  await library.importFile(SAMPLE, {
    title: "Russia may provide air defense to Iran (imported)",
    sourceUrl: "https://www.washingtonexaminer.com/policy/defense/russia-air-defense-iran-hezbollah",
    publishedAt: "2023-11-21",
  });
  const workspaceUrl = page.url();
  const workspace = new WorkspacePage(page);
  await expect(page.getByRole("heading", { name: "Russia may provide air defense to Iran (imported)" })).toBeVisible();
  await expect(workspace.text).toContainText("Hezbollah has a more significant fighting arsenal than Hamas.");

  // 1. Kirby's direct quote, attributed to a speaker created on the spot.
  await workspace.tag(`“${KIRBY_QUOTE},”`, {
    kind: "Attributed claim",
    speaker: { type: "John Kirby", pick: /Create speaker “John Kirby”/ },
    confidence: "High",
  });
  await expect(workspace.claimInPanel(/In total, Iran is seeking billions/)).toBeVisible();

  // 2. Give John Kirby the alias "Kirby" in the speaker directory.
  const speakers = new SpeakersPage(page);
  await speakers.goto();
  await speakers.addAlias("John Kirby", "Kirby");

  // 3. "Kirby" now finds John Kirby for a second claim; the cue "added" is suggested from the sentence.
  await page.goto(workspaceUrl);
  await workspace.tag(MONITOR_QUOTE, {
    kind: "Attributed claim",
    speaker: { type: "Kirby", pick: /^John Kirby/ },
    confidence: "Moderate",
  });

  // 4. The reporter's own assertion.
  await workspace.tag(REPORTER_SENTENCE, { kind: "Reporter statement", confidence: "Moderate" });

  // Everything is still there after a reload, at the same characters.
  await page.reload();
  await expect(workspace.highlights().first()).toBeVisible();
  const highlightIds = await workspace.highlightedClaimIds();
  expect(highlightIds).toHaveLength(3);
  await expect(workspace.claimInPanel(/In total, Iran is seeking billions/)).toBeVisible();
  await expect(workspace.claimInPanel(/closely monitor for whether Wagner/)).toBeVisible();
  await expect(workspace.claimInPanel(/more significant fighting arsenal than Hamas/)).toBeVisible();
  const reporterHighlight = workspace.text.locator('[data-kind="reporter"]');
  await expect(reporterHighlight).toHaveText("Hezbollah has a more significant fighting arsenal than Hamas");
  await expect(workspace.text.locator('[data-kind="attributed"][data-confidence="high"]').first()).toContainText("In total, Iran");

  // The export holds the claims, and each one's offsets select its quote in the exported text.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download JSON" }).or(page.getByRole("button", { name: "Download JSON" })).click();
  const download = await downloadPromise;
  const document = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
    format: string;
    article: { text: string };
    speakers: { name: string; aliases: string[] }[];
    claims: { start: number; end: number; quote: string; kind: string; confidence: string; speaker: { name: string } | null }[];
  };
  expect(document.format).toBe("claimlens/1");
  expect(document.claims.map((c) => [c.quote, c.kind, c.confidence, c.speaker?.name ?? null])).toEqual([
    [KIRBY_QUOTE, "attributed", "high", "John Kirby"],
    [MONITOR_QUOTE, "attributed", "moderate", "John Kirby"],
    ["Hezbollah has a more significant fighting arsenal than Hamas", "reporter", "moderate", null],
  ]);
  for (const claim of document.claims) expect(document.article.text.slice(claim.start, claim.end)).toBe(claim.quote);
  expect(document.speakers).toEqual([expect.objectContaining({ name: "John Kirby", aliases: ["Kirby"] })]);
});
