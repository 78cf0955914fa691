import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { LibraryPage } from "./pages/library-page";
import { SpeakerPage } from "./pages/speaker-page";
import { SpeakersPage } from "./pages/speakers-page";
import { WorkspacePage } from "./pages/workspace-page";

const SAMPLE_TITLE = "Russia may provide air defense capability to Iran or Hezbollah, US warns";
const KIRBY_QUOTE = "In total, Iran is seeking billions of dollars worth of military equipment from Russia";
const GAZA_TEXT = [
  "Kirby on the hostages",
  "",
  "The United States will keep pressing for a longer pause in the fighting, Admiral Kirby told reporters on Wednesday.",
  "“We want to see every hostage home,” he added, declining to give a date.",
].join("\n");
const PAUSE_QUOTE = "The United States will keep pressing for a longer pause in the fighting";
const HOSTAGE_QUOTE = "We want to see every hostage home";

test("an analyst reviews everything one speaker claimed, across articles and aliases", async ({ page }, testInfo) => {
  const speakers = new SpeakersPage(page);
  const library = new LibraryPage(page);
  const workspace = new WorkspacePage(page);

  // John Kirby goes by "Kirby" in one article and "Admiral Kirby" in the other.
  await speakers.goto();
  await speakers.createSpeaker("John Kirby", { aliases: ["Kirby", "Admiral Kirby"], description: "National Security Council coordinator" });

  // 1. The sample article: a high-confidence claim, tagged by typing the alias "Kirby".
  await library.goto();
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await page.waitForURL(/\/articles\/[0-9a-f-]{36}/);
  await workspace.tag(KIRBY_QUOTE, { kind: "Attributed claim", speaker: { type: "Kirby", pick: /^John Kirby/ }, confidence: "High" });
  await expect(workspace.claimInPanel(/In total, Iran is seeking billions/)).toBeVisible();

  // 2. A second article: two claims, tagged by typing the other alias, "Admiral Kirby".
  const file = testInfo.outputPath("kirby-hostages.txt");
  writeFileSync(file, GAZA_TEXT);
  await library.goto();
  await library.importFile(file, { title: "Kirby on the hostages", publishedAt: "2023-11-29" });
  await workspace.tag(PAUSE_QUOTE, { kind: "Attributed claim", speaker: { type: "Admiral Kirby", pick: /^John Kirby/ }, confidence: "Moderate" });
  await workspace.tag(HOSTAGE_QUOTE, { kind: "Attributed claim", speaker: { type: "Admiral Kirby", pick: /^John Kirby/ }, confidence: "Low" });
  await expect(workspace.claimInPanel(/every hostage home/)).toBeVisible();

  // 3. The speaker page gathers all three claims, from both articles, each in its sentence.
  await speakers.goto();
  await expect(speakers.card("John Kirby")).toContainText("3 claims");
  await speakers.openSpeaker("John Kirby");
  const review = new SpeakerPage(page);
  await expect(review.claims).toHaveCount(3);
  await expect(page.getByRole("heading", { name: "Kirby on the hostages" })).toBeVisible();
  await expect(page.getByRole("heading", { name: SAMPLE_TITLE })).toBeVisible();
  await expect(review.claim(PAUSE_QUOTE)).toContainText("Admiral Kirby told reporters on Wednesday.");
  await expect(page.getByRole("img", { name: "Claims over time" })).toBeVisible();

  // 4. Filter by confidence: only the high-confidence claim is left, and the filter is in the address.
  await review.filterByConfidence("High");
  await expect(review.claims).toHaveCount(1);
  await expect(review.claim(KIRBY_QUOTE)).toBeVisible();
  await expect(page.getByText("1 claim of 3 match")).toBeVisible();
  await page.reload();
  await expect(review.claims).toHaveCount(1);

  // 5. Follow the claim into the workspace: it is highlighted in the text and selected in the panel.
  const claimId = await review.openInArticle(KIRBY_QUOTE);
  await expect(page.getByRole("heading", { name: SAMPLE_TITLE })).toBeVisible();
  const highlight = workspace.text.locator(`[data-claim-id="${claimId}"]`).first();
  await expect(highlight).toBeVisible();
  await expect(highlight).toHaveClass(/is-selected/);
  await expect(highlight).toBeInViewport();
  await expect(workspace.panel.getByRole("button", { name: /In total, Iran is seeking billions/ })).toHaveAttribute("aria-expanded", "true");
});
