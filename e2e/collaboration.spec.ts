import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { ANALYSTS } from "./support/accounts";
import { signedIn } from "./support/sign-in";
import { WorkspacePage } from "./pages/workspace-page";

const TEXT = [
  "Iran has provided Russia with hundreds of drones, National Security Council spokesman John Kirby said on Tuesday.",
  "",
  "The White House expects the deliveries to continue through the winter.",
].join("\n");
const QUOTE = "Iran has provided Russia with hundreds of drones";

async function openEditForm(page: Page) {
  const workspace = new WorkspacePage(page);
  await workspace.claimInPanel(QUOTE).click();
  await workspace.panel.getByRole("button", { name: "Edit claim" }).click();
  return workspace.panel.getByRole("form", { name: "Edit claim" }).or(workspace.panel.getByRole("dialog", { name: "Edit claim" }));
}

test("two people edit one claim at once: the second save shows both versions, and nothing is lost", async ({ page, api, browser }, testInfo) => {
  const created = await api.post("/api/articles", { data: { title: `Drones for Russia (run ${testInfo.retry})`, text: TEXT } });
  expect(created.status()).toBe(201);
  const articleId = ((await created.json()) as { id: string }).id;
  const path = `/articles/${articleId}`;

  // Ana, an analyst, signs in and tags the claim: it is hers.
  const ana = await signedIn(browser, ANALYSTS.ana, path);
  const start = TEXT.indexOf(QUOTE);
  const tagged = await ana.request.post("/api/articles/" + articleId + "/claims", {
    data: { start, end: start + QUOTE.length, kind: "reporter", confidence: "moderate" },
    headers: { origin: new URL(ana.url()).origin },
  });
  expect(tagged.status()).toBe(201);
  await ana.reload();
  const anaForm = await openEditForm(ana);
  await expect(ana.getByText(`Tagged by ${ANALYSTS.ana.name}`)).toBeVisible();

  // Ada, the administrator (this page), opens the same claim for editing at the same moment.
  await page.goto(path);
  const adaForm = await openEditForm(page);

  // Ana saves first.
  await anaForm.getByRole("radio", { name: "High", exact: true }).check();
  await anaForm.getByRole("button", { name: "Save claim" }).click();
  await expect(ana.getByText("Claim updated.")).toBeVisible();

  // Ada's save is refused as stale: both versions side by side, Ana's named.
  await adaForm.getByLabel("Note").fill("Corroborated by the Pentagon briefing.");
  await adaForm.getByRole("button", { name: "Save claim" }).click();
  const conflict = page.getByRole("dialog", { name: "This claim was changed meanwhile" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(ANALYSTS.ana.name);
  await expect(conflict).toContainText("High");
  await expect(conflict).toContainText("Corroborated by the Pentagon briefing.");

  // Merge by hand: Ana's confidence, Ada's note.
  await conflict.getByRole("button", { name: "Merge" }).click();
  await conflict.getByRole("radiogroup", { name: /Confidence/ }).getByRole("radio", { name: /Theirs/ }).check();
  await conflict.getByRole("radiogroup", { name: /Note/ }).getByRole("radio", { name: /Mine/ }).check();
  await conflict.getByRole("button", { name: "Save merged" }).click();
  await expect(conflict).toBeHidden();

  // Both see the merged claim after a reload: high confidence, with Ada's note, changed last by Ada.
  for (const viewer of [page, ana]) {
    await viewer.reload();
    const workspace = new WorkspacePage(viewer);
    await workspace.claimInPanel(QUOTE).click();
    await expect(workspace.panel).toContainText("Corroborated by the Pentagon briefing.");
    await expect(workspace.panel).toContainText(/Confidence\s*High/);
    await expect(workspace.panel).toContainText("Last changed by Ada Admin");
  }

  // Ben, another analyst, may read Ana's claim but not change it.
  const ben = await signedIn(browser, ANALYSTS.ben, path);
  const benWorkspace = new WorkspacePage(ben);
  await benWorkspace.claimInPanel(QUOTE).click();
  await expect(benWorkspace.panel.getByRole("button", { name: "Edit claim" })).toHaveCount(0);
  await expect(benWorkspace.panel).toContainText(ANALYSTS.ana.name);

  // Ana deletes her claim, then takes it back with Ctrl+Z; the article's history tells the story.
  const anaWorkspace = new WorkspacePage(ana);
  await anaWorkspace.claimInPanel(QUOTE).click();
  await anaWorkspace.panel.getByRole("button", { name: "Delete claim" }).click();
  await expect(ana.getByText(/Claim deleted/)).toBeVisible();
  await expect(anaWorkspace.highlights()).toHaveCount(0);
  await ana.keyboard.press("Control+z");
  await expect(ana.getByText(/^Undid/)).toBeVisible();
  await expect(anaWorkspace.highlights()).toHaveCount(1);
  await anaWorkspace.panel.getByRole("button", { name: "Article history" }).click();
  const history = ana.getByRole("dialog", { name: /history/i });
  await expect(history).toContainText("Restored");
  await expect(history).toContainText("Deleted");

  for (const other of [ana, ben]) await other.context().close();
});
