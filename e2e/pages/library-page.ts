import { expect, type Download, type Locator, type Page } from "@playwright/test";

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
    await this.pickFile(this.page.getByLabel("Upload a .txt or .md file"), filePath);
    await expect(this.page.getByLabel("Article text")).not.toHaveValue("");
    if (fields.title) await this.page.getByLabel("Title").fill(fields.title);
    if (fields.sourceUrl) await this.page.getByLabel("Source URL").fill(fields.sourceUrl);
    if (fields.publishedAt) await this.page.getByLabel("Publication date").fill(fields.publishedAt);
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
    await this.page.waitForURL(/\/articles\/[0-9a-f-]{36}/);
  }

  /** Asks for the import preview of one web address; returns the preview dialog once it shows the page. */
  async previewUrl(url: string): Promise<Locator> {
    const panel = this.page.getByRole("region", { name: "Import from the web" });
    await panel.getByRole("button", { name: "Import from URL" }).click();
    await panel.getByLabel("Web addresses").fill(url);
    await panel.getByRole("button", { name: "Preview" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Import preview" });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Ticks the checkbox that selects an article for export. */
  async select(title: string) {
    await this.page.getByRole("checkbox", { name: `Select ${title}`, exact: true }).check();
  }

  /** Opens the Export menu, checks what its heading says it exports, and downloads one format. */
  async export(format: string, heading: string | RegExp): Promise<Download> {
    await this.page.getByRole("button", { name: "Export", exact: true }).click();
    const menu = this.page.getByRole("menu", { name: heading });
    await expect(menu).toBeVisible();
    const download = this.page.waitForEvent("download");
    await menu.getByRole("menuitem", { name: format, exact: true }).click();
    return download;
  }

  /**
   * Picks a file as a person does: a click on the control opens the file chooser (the click waits until the
   * control is enabled, which it is once the page runs), and the file is chosen there.
   */
  private async pickFile(control: Locator, filePath: string) {
    const chooser = this.page.waitForEvent("filechooser");
    await control.click();
    await (await chooser).setFiles(filePath);
  }

  /** Picks a Claimlens JSON file to import and waits for the dry run's answer; returns the import panel. */
  async importDocument(filePath: string): Promise<Locator> {
    await this.pickFile(this.page.getByRole("button", { name: "Import Claimlens JSON" }), filePath);
    const panel = this.page.getByRole("region", { name: /^Import Claimlens JSON/ });
    await expect(panel.getByText(/^(Will create|Nothing to import|Nothing can be imported)/)).toBeVisible();
    return panel;
  }
}
