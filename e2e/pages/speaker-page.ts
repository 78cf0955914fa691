import { expect, type Locator, type Page } from "@playwright/test";

/** A speaker's page at `/speakers/[id]`: the overview, the filters and every claim with its sentence. */
export class SpeakerPage {
  readonly claims: Locator;
  readonly filters: Locator;

  constructor(readonly page: Page) {
    this.claims = page.getByRole("region", { name: "Claims" }).getByRole("article");
    this.filters = page.getByRole("form", { name: "Filter and sort claims" });
  }

  /** Shows only claims of one confidence level (unticking nothing else) and waits for the list. */
  async filterByConfidence(level: "High" | "Moderate" | "Low") {
    await this.filters.getByRole("checkbox", { name: level, exact: true }).check();
    await this.page.waitForURL(new RegExp(`confidence=[a-z,%2C]*${level.toLowerCase()}`));
    await expect(this.page.getByRole("group", { name: "Filters in force" })).toContainText(`${level} confidence`);
  }

  /** The claim whose highlighted words include `quote`. */
  claim(quote: string | RegExp): Locator {
    return this.claims.filter({ has: this.page.locator("mark", { hasText: quote }) });
  }

  /** Follows a claim's link into its article's workspace; returns the claim's id from the address. */
  async openInArticle(quote: string | RegExp): Promise<string> {
    await this.claim(quote).getByRole("link", { name: /Open in article/ }).click();
    await this.page.waitForURL(/\/articles\/[0-9a-f-]{36}\?claim=[0-9a-f-]{36}/);
    return new URL(this.page.url()).searchParams.get("claim") ?? "";
  }
}
