import { expect, type Page } from "@playwright/test";

/** The article library at `/`: the list of articles and the import form. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  }

  /** Imports a text file through the upload field and waits for its workspace to open. */
  async importFile(filePath: string, fields: { title?: string; sourceUrl?: string; publishedAt?: string } = {}) {
    const form = this.page.getByRole("region", { name: "Import article" }).or(this.page.getByRole("form", { name: "Import article" }));
    const disclosure = this.page.getByRole("button", { name: "Import article" });
    if ((await disclosure.count()) > 0 && !(await form.first().isVisible())) await disclosure.first().click();
    await this.page.getByLabel("Upload a .txt or .md file").setInputFiles(filePath);
    await expect(this.page.getByLabel("Article text")).not.toHaveValue("");
    if (fields.title) await this.page.getByLabel("Title").fill(fields.title);
    if (fields.sourceUrl) await this.page.getByLabel("Source URL").fill(fields.sourceUrl);
    if (fields.publishedAt) await this.page.getByLabel("Publication date").fill(fields.publishedAt);
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
    await this.page.waitForURL(/\/articles\/[0-9a-f-]{36}/);
  }
}
