import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { RevisionsPage } from "./pages/revisions-page";
import { WorkspacePage } from "./pages/workspace-page";

// An article of this test's own, created through the API, so that the other specs' edits cannot disturb it.
const ORIGINAL = [
  "Kirby on Iranian drones",
  "",
  "Iran has provided Russia with hundreds of drones, National Security Council spokesman John Kirby said on Tuesday.",
  "",
  "The White House expects the deliveries to continue through the winter.",
].join("\n");
const EDITED = ORIGINAL.replace("said on Tuesday", "said on Wednesday").replace("through the winter", "well into next year");
const LATER = `${EDITED}\n\nA third paragraph, added while someone else was reading an older revision.`;
const CLAIM_QUOTE = "Iran has provided Russia with hundreds of drones";

interface CreatedArticle {
  id: string;
  text: string;
  revision: number;
}

async function createArticle(api: APIRequestContext, title: string): Promise<CreatedArticle> {
  const response = await api.post("/api/articles", { data: { title, text: ORIGINAL } });
  expect(response.status()).toBe(201);
  const body: unknown = await response.json();
  const { id, text, revision } = body as CreatedArticle;
  expect(typeof id).toBe("string");
  return { id, text, revision };
}

async function saveText(api: APIRequestContext, articleId: string, text: string, baseRevision: number) {
  const response = await api.put(`/api/articles/${articleId}/text`, { data: { text, baseRevision } });
  expect(response.ok(), await response.text()).toBe(true);
}

test("an analyst reads an article's revisions, compares them and restores the older text", async ({ page, api }, testInfo) => {
  const title = `Kirby on Iranian drones${testInfo.retry ? ` (retry ${testInfo.retry})` : ""}`;
  const article = await createArticle(api, title);
  const start = article.text.indexOf(CLAIM_QUOTE);
  expect(start).toBeGreaterThanOrEqual(0);
  const claim = await api.post(`/api/articles/${article.id}/claims`, {
    data: { start, end: start + CLAIM_QUOTE.length, kind: "reporter", confidence: "moderate" },
  });
  expect(claim.status()).toBe(201);
  await saveText(api, article.id, EDITED, article.revision);

  // 1. From the workspace to the history: two revisions, the edit on top and current.
  const workspace = new WorkspacePage(page);
  await page.goto(`/articles/${article.id}`);
  await expect(workspace.text).toContainText("said on Wednesday");
  await page.getByRole("link", { name: "Revision history" }).click();
  const revisions = new RevisionsPage(page);
  await revisions.expectOpen();
  await expect(revisions.rows).toHaveCount(2);
  await expect(revisions.rows.first()).toHaveAccessibleName("Revision 2");
  await expect(revisions.revision(2)).toContainText("Edited");
  await expect(revisions.revision(2)).toContainText("Current");
  await expect(revisions.revision(2)).toContainText(/1 (in place|moved)/);
  await expect(revisions.revision(2).locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await expect(revisions.revision(1)).toContainText("Imported");
  await expect(revisions.revision(1)).not.toContainText("Current");

  // 2. What the edit changed: deletions and insertions, word by word.
  const changes = await revisions.openChanges(2);
  await expect(page.getByRole("heading", { name: "Changes from revision 1" })).toBeVisible();
  await expect(changes.deletions("Tuesday")).toBeVisible();
  await expect(changes.insertions("Wednesday")).toBeVisible();
  await expect(changes.deletions("through the winter")).toBeVisible();
  await expect(changes.insertions("well into next year")).toBeVisible();
  await expect(changes.changes).toContainText("in 2 places");

  // 3. The older revision, read-only, with its claim highlighted as it was.
  await page.getByRole("link", { name: "All revisions" }).click();
  await revisions.expectOpen();
  const older = await revisions.read(1);
  await expect(older.text).toContainText("said on Tuesday");
  await expect(older.text).not.toContainText("Wednesday");
  await expect(older.text.locator("mark", { hasText: CLAIM_QUOTE })).toBeVisible();
  await expect(older.claims).toContainText(CLAIM_QUOTE);
  await expect(page.getByRole("textbox")).toHaveCount(0);

  // 4. Asking first: cancelling changes nothing.
  const dialog = await older.openRestore();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  // 5. Someone saves a newer revision meanwhile: the restore is refused, and says so, until the page is reloaded.
  await saveText(api, article.id, LATER, 2);
  const stale = await older.openRestore();
  await stale.getByRole("button", { name: "Restore revision 1", exact: true }).click();
  await expect(stale.getByRole("alert")).toContainText("Someone saved a newer revision");
  await stale.getByRole("button", { name: "Reload" }).click();
  await expect(stale).toBeHidden();
  await expect(page.getByText("revision 1 of 3")).toBeVisible();

  // 6. Restored: the workspace shows the old text again, and the history has grown by one.
  await older.restore();
  await expect(workspace.text).toContainText("said on Tuesday");
  await expect(workspace.text).toContainText("through the winter");
  await expect(workspace.text).not.toContainText("Wednesday");
  await expect(workspace.text).not.toContainText("A third paragraph");

  await revisions.goto(article.id);
  await expect(revisions.rows).toHaveCount(4);
  await expect(revisions.revision(4)).toContainText("Restored from revision 1");
  await expect(revisions.revision(4)).toContainText("Current");
});
