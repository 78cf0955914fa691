import { expect, type Locator, type Page } from "@playwright/test";

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

  /** Creates a speaker with the "New speaker" form and waits for their card. */
  async createSpeaker(name: string, fields: { aliases?: string[]; description?: string } = {}) {
    const form = this.page.getByRole("region", { name: "New speaker" });
    await form.getByLabel("Name").fill(name);
    if (fields.description) await form.getByLabel("Description").fill(fields.description);
    if (fields.aliases) await form.getByLabel("Aliases").fill(fields.aliases.join(", "));
    await form.getByRole("button", { name: "Create speaker" }).click();
    await expect(this.card(name)).toBeVisible();
  }

  /** A speaker's card in the directory. */
  card(name: string): Locator {
    return this.page.getByRole("article", { name, exact: true });
  }

  /** Opens a speaker's page from their card. */
  async openSpeaker(name: string) {
    await this.card(name).getByRole("link", { name, exact: true }).click();
    await this.page.waitForURL(/\/speakers\/[0-9a-f-]{36}/);
    await expect(this.page.getByRole("heading", { name: new RegExp(`^${name}`), level: 1 })).toBeVisible();
  }
}
