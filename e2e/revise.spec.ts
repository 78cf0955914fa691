import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/fixtures";
import { LibraryPage } from "./pages/library-page";
import { WorkspacePage } from "./pages/workspace-page";
import { dragSelect } from "./support/select-text";

const SAMPLE = readFileSync(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"), "utf8");
const OPENING = "Russia could provide either Iran or Hezbollah";
const REWRITTEN = "Moscow might arm Tehran or its allies";
const MONITOR = "We’re going to closely monitor for whether Wagner provides military equipment to either Hezbollah or Iran";

test("an analyst corrects the sample article's text, reads the report and re-attaches the orphan", async ({ page, api }, testInfo) => {
  // A copy of the sample article with two claims, made through the API as a script would.
  const title = `Sample to correct (run ${testInfo.retry})`;
  const created = await api.post("/api/articles", { data: { title, text: SAMPLE } });
  expect(created.status()).toBe(201);
  const article = (await created.json()) as { id: string; text: string };
  for (const [quote, fields] of [
    [OPENING, { kind: "reporter", confidence: "moderate" }],
    [MONITOR, { kind: "attributed", speaker: "John Kirby", cue: "added", confidence: "high" }],
  ] as const) {
    const start = article.text.indexOf(quote);
    const response = await api.post(`/api/articles/${article.id}/claims`, { data: { start, end: start + quote.length, ...fields } });
    expect(response.status()).toBe(201);
  }

  const workspace = new WorkspacePage(page);
  await page.goto(`/articles/${article.id}`);
  await expect(workspace.highlights()).toHaveCount(2);

  // Rewrite the words of the first claim; the Kirby quote further down only moves.
  const report = await workspace.editText(OPENING, REWRITTEN);
  await expect(report.getByRole("heading", { name: "Text saved as revision 2" })).toBeVisible();
  const counts = report.getByRole("list", { name: "Claims after the edit" });
  await expect(counts.getByRole("listitem").filter({ hasText: "Moved with the text" })).toContainText("1");
  await expect(counts.getByRole("listitem").filter({ hasText: "Orphaned" })).toContainText("1");
  await expect(report.getByText(`“${OPENING}”`)).toBeVisible();
  await report.getByRole("button", { name: "Done" }).click();
  await expect(report).toBeHidden();

  // The text now reads as edited, the Kirby claim is still highlighted on its words, and the library flags the orphan.
  await expect(workspace.text).toContainText(`${REWRITTEN}, a U.S.-designated terrorist organization`);
  await expect(workspace.highlights()).toHaveCount(1);
  await expect(workspace.text.locator("[data-claim-id]")).toHaveText(MONITOR);
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole("listitem").filter({ hasText: title }).getByRole("link", { name: "1 orphan to review" }).click();

  // Resolve the orphan: select its new words and re-attach it.
  const review = workspace.panel.getByRole("region", { name: /Needs review/ });
  const orphan = review.getByRole("listitem", { name: `Orphaned claim: ${OPENING}` });
  await expect(orphan).toBeVisible();
  await expect(orphan.getByRole("button", { name: "Re-attach to selection" })).toBeDisabled();
  await dragSelect(page, workspace.text, REWRITTEN);
  await orphan.getByRole("button", { name: "Re-attach to selection" }).click();
  await expect(page.getByText("Claim re-attached.")).toBeVisible();
  await expect(review).toBeHidden();
  await expect(workspace.highlights()).toHaveCount(2);
  await expect(workspace.claimInPanel(REWRITTEN)).toBeVisible();

  // Reloading shows what was stored.
  await page.reload();
  await expect(workspace.highlights()).toHaveCount(2);
  await expect(workspace.panel.getByRole("region", { name: /Needs review/ })).toHaveCount(0);
});
