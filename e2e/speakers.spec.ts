import { writeFileSync } from "node:fs";
import { expect, test } from "./support/fixtures";
import { LibraryPage } from "./pages/library-page";
import { SpeakerPage } from "./pages/speaker-page";
import { SpeakersPage } from "./pages/speakers-page";
import { WorkspacePage } from "./pages/workspace-page";

// The other specs share this run's database (John Kirby and his alias "Kirby" are theirs), so this one follows a
// speaker of its own, in two articles it imports; a retry gets fresh names, as the first attempt's claims remain.
const articles = (suffix: string) => ({
  airDefense: {
    title: `Pentagon on Russian air defense${suffix}`,
    text: [
      `Pentagon on Russian air defense${suffix}`,
      "",
      "“Russia could hand air defense systems to Hezbollah,” Singh said on Tuesday.",
      "The Pentagon did not say which systems it meant.",
    ].join("\n"),
  },
  hostages: {
    title: `Singh on the hostages${suffix}`,
    text: [
      `Singh on the hostages${suffix}`,
      "",
      "The United States will keep pressing for a longer pause in the fighting, Deputy Press Secretary Singh told reporters on Wednesday.",
      "“We want to see every hostage home,” she added, declining to give a date.",
    ].join("\n"),
  },
});
const DEFENSE_QUOTE = "Russia could hand air defense systems to Hezbollah";
const PAUSE_QUOTE = "The United States will keep pressing for a longer pause in the fighting";
const HOSTAGE_QUOTE = "We want to see every hostage home";

test("an analyst reviews everything one speaker claimed, across articles and aliases", async ({ page }, testInfo) => {
  const speakers = new SpeakersPage(page);
  const library = new LibraryPage(page);
  const workspace = new WorkspacePage(page);

  const suffix = testInfo.retry ? ` (retry ${testInfo.retry})` : "";
  const name = `Sabrina Singh${suffix}`;
  const { airDefense, hostages } = articles(suffix);

  // Sabrina Singh goes by "Singh" in one article and "Deputy Press Secretary Singh" in the other.
  await speakers.goto();
  await speakers.createSpeaker(name, {
    aliases: [`Singh${suffix}`, `Deputy Press Secretary Singh${suffix}`],
    description: "Deputy Pentagon press secretary",
  });
  const speakerOption = new RegExp(`^${name.replace(/[()]/g, "\\$&")}`);

  // 1. The first article: a high-confidence claim, tagged by typing the alias "Singh".
  await library.goto();
  await library.importFile(writeArticle(testInfo.outputPath("air-defense.txt"), airDefense.text), { title: airDefense.title, publishedAt: "2023-11-21" });
  await workspace.tag(DEFENSE_QUOTE, { kind: "Attributed claim", speaker: { type: `Singh${suffix}`, pick: speakerOption }, confidence: "High" });
  await expect(workspace.claimInPanel(/Russia could hand air defense systems/)).toBeVisible();

  // 2. A second article: two claims, tagged by typing the other alias.
  await library.goto();
  await library.importFile(writeArticle(testInfo.outputPath("hostages.txt"), hostages.text), { title: hostages.title, publishedAt: "2023-11-29" });
  const otherAlias = `Deputy Press Secretary Singh${suffix}`;
  await workspace.tag(PAUSE_QUOTE, { kind: "Attributed claim", speaker: { type: otherAlias, pick: speakerOption }, confidence: "Moderate" });
  await workspace.tag(HOSTAGE_QUOTE, { kind: "Attributed claim", speaker: { type: otherAlias, pick: speakerOption }, confidence: "Low" });
  await expect(workspace.claimInPanel(/every hostage home/)).toBeVisible();

  // 3. The speaker page gathers all three claims, from both articles, each in its sentence.
  await speakers.goto();
  await expect(speakers.card(name)).toContainText("3 claims");
  await speakers.openSpeaker(name);
  const review = new SpeakerPage(page);
  await expect(review.claims).toHaveCount(3);
  await expect(page.getByRole("heading", { name: hostages.title })).toBeVisible();
  await expect(page.getByRole("heading", { name: airDefense.title })).toBeVisible();
  await expect(review.claim(PAUSE_QUOTE)).toContainText("Deputy Press Secretary Singh told reporters on Wednesday.");
  await expect(page.getByRole("img", { name: "Claims over time" })).toBeVisible();

  // 4. Filter by confidence: only the high-confidence claim is left, and the filter is in the address.
  await review.filterByConfidence("High");
  await expect(review.claims).toHaveCount(1);
  await expect(review.claim(DEFENSE_QUOTE)).toBeVisible();
  await expect(page.getByText("1 claim of 3 match")).toBeVisible();
  await page.reload();
  await expect(review.claims).toHaveCount(1);

  // 5. Follow the claim into the workspace: it is highlighted in the text and selected in the panel.
  const claimId = await review.openInArticle(DEFENSE_QUOTE);
  await expect(page.getByRole("heading", { name: airDefense.title })).toBeVisible();
  const highlight = workspace.text.locator(`[data-claim-id="${claimId}"]`).first();
  await expect(highlight).toBeVisible();
  await expect(highlight).toHaveClass(/is-selected/);
  await expect(highlight).toBeInViewport();
  await expect(workspace.panel.getByRole("button", { name: /Russia could hand air defense systems/ })).toHaveAttribute("aria-expanded", "true");
});

test("after a merge, a link to the merged-away speaker leads to the one who stayed, and says so", async ({ page, api }, testInfo) => {
  const speakers = new SpeakersPage(page);
  const suffix = testInfo.retry ? ` (retry ${testInfo.retry})` : "";
  const stays = `Matthew Miller${suffix}`;
  const goes = `Spokesman Miller${suffix}`;
  const created = await api.post("/api/speakers", { data: { name: goes, aliases: [`State Dept. spokesman${suffix}`] } });
  expect(created.status()).toBe(201);
  const oldId = ((await created.json()) as { id: string }).id;
  expect((await api.post("/api/speakers", { data: { name: stays } })).status()).toBe(201);

  // Merge in the directory, as an analyst would.
  await speakers.goto();
  await speakers.card(stays).getByRole("button", { name: `Merge… another speaker into ${stays}` }).click();
  const dialog = page.getByRole("dialog", { name: "Merge speakers" });
  await dialog.getByLabel(`Which speaker is the same as ${stays}?`).fill(goes);
  await dialog.getByRole("button", { name: new RegExp(`^${goes.replace(/[()]/g, "\\$&")}`) }).click();
  await dialog.getByRole("button", { name: `Merge ${goes} into ${stays}` }).click();
  await expect(dialog).toBeHidden();
  await expect(speakers.card(goes)).toHaveCount(0);

  // A bookmark to the old page still works: it leads to the speaker who stayed, with a note of the merge.
  await page.goto(`/speakers/${oldId}`);
  await expect(page.getByRole("heading", { name: new RegExp(`^${stays.replace(/[()]/g, "\\$&")}`), level: 1 })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/speakers/[0-9a-f-]{36}\\?merged=${oldId}$`));
  await expect(page.getByRole("note")).toHaveText(new RegExp(`^“${goes.replace(/[()]/g, "\\$&")}” was merged into this speaker by Ada Admin on `));
  const oldHistory = page.getByRole("button", { name: `History of “${goes}”, merged into ${stays}` });
  await oldHistory.click();
  const oldEntries = page.getByRole("region", { name: `History of “${goes}”, merged into ${stays}` }).getByRole("listitem");
  await expect(oldEntries.first()).toContainText(`Merged into ${stays}`);
  await expect(oldEntries.first()).toContainText("Ada Admin");

  // The API says where the speaker went, for scripts holding the old id.
  const gone = await api.get(`/api/speakers/${oldId}`);
  expect(gone.status()).toBe(404);
  expect(((await gone.json()) as { error: { details: { mergedInto: { name: string } } } }).error.details.mergedInto.name).toBe(stays);
});

function writeArticle(file: string, text: string): string {
  writeFileSync(file, text);
  return file;
}
