import { expect, test } from "@playwright/test";
import { LibraryPage } from "./pages/library-page";
import { WorkspacePage } from "./pages/workspace-page";
import { startPageServer, type PageServer } from "../server/page-server";
import { PAGE_SERVER_PORT } from "./support/page-server-port";

// The page is served on 127.0.0.1, which the guard refuses unless the e2e server was started with this one
// host:port in CLAIMLENS_FETCH_ALLOW_HOSTS (see playwright.config.ts).
let pages: PageServer;
test.beforeAll(async () => {
  pages = await startPageServer("http://10.0.0.1/", PAGE_SERVER_PORT);
});
test.afterAll(async () => {
  await pages.close();
});

test("an analyst imports a news page by URL: checks the preview, puts a caption back, tags a claim across a bold word", async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const preview = await library.previewUrl(`${pages.origin}/news`);

  // The preview: extracted title and metadata, the text, and what was removed, folded.
  await expect(preview.getByLabel("Title")).toHaveValue("Kirby warns on air defense");
  const details = preview.getByRole("definition");
  await expect(details.filter({ hasText: "Mike Brest" })).toBeVisible();
  await expect(details.filter({ hasText: "Washington Examiner" })).toBeVisible();
  await expect(preview.getByText(/^Russia could provide either Iran or Hezbollah/)).toBeVisible();
  await expect(preview.getByText(/^Removed \(comments\)/)).toHaveCount(2);
  await expect(preview.getByText("Great article, thanks for sharing this with all of us here today!")).toBeHidden();
  // Script text from the page never shows: the page is never rendered as HTML.
  await expect(preview.getByText(/evil|color:red/)).toHaveCount(0);

  // The caption the extractor kept apart goes back in, before the first paragraph.
  await preview.getByRole("button", { name: "Put back: John Kirby at the White House. (AP Photo)" }).click();
  await expect(preview.getByRole("button", { name: "Leave out: John Kirby at the White House. (AP Photo)" })).toBeVisible();
  await preview.getByRole("button", { name: "Import article" }).click();
  await page.waitForURL(/\/articles\/[0-9a-f-]{36}/);

  const workspace = new WorkspacePage(page);
  await expect(page.getByRole("heading", { name: "Kirby warns on air defense", level: 1 })).toBeVisible();
  await expect(workspace.text).toContainText("John Kirby at the White House. (AP Photo)");
  await expect(workspace.text).not.toContainText("Leave a Reply");
  await expect(workspace.text.locator("strong", { hasText: "U.S. National Security Council" })).toBeVisible();

  // A claim across the bold words: its offsets are in the plain text, whatever the formatting.
  await workspace.tag("the U.S. National Security Council said on Tuesday", { kind: "Reporter statement", confidence: "Moderate" });
  await expect(workspace.claimInPanel(/the U\.S\. National Security Council said on Tuesday/)).toBeVisible();

  await page.reload();
  await expect(workspace.claimInPanel(/the U\.S\. National Security Council said on Tuesday/)).toBeVisible();
  await expect(workspace.highlights().filter({ hasText: "National Security Council" }).first()).toBeVisible();
  await expect(workspace.text.locator("strong", { hasText: "U.S. National Security Council" })).toBeVisible();
  await expect(workspace.text.locator("a[href='https://example.org/nsc']")).toHaveAttribute("rel", "noopener noreferrer");
});
