import { expect, type Page } from "@playwright/test";

/** The speaker directory at `/speakers`. */
export class SpeakersPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/speakers");
    await expect(this.page.getByRole("heading", { name: "Speakers", level: 1 })).toBeVisible();
  }

  async addAlias(speaker: string, alias: string) {
    await this.page.getByLabel(`New alias for ${speaker}`).fill(alias);
    await this.page.getByLabel(`New alias for ${speaker}`).press("Enter");
    await expect(this.page.getByRole("button", { name: `Remove alias ${alias}` })).toBeVisible();
  }
}
