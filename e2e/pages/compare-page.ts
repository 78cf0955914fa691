import type { Locator, Page } from "@playwright/test";

/** The compare-and-review page at `/articles/[id]/compare`: the text with both analysts' claims and the disagreements. */
export class ComparePage {
  readonly disagreements: Locator;

  constructor(readonly page: Page) {
    this.disagreements = page.getByRole("region", { name: "Disagreements" }).getByRole("listitem");
  }

  async open(articleId: string) {
    await this.page.goto(`/articles/${articleId}/compare`);
  }

  /** The disagreement the keyboard is on. */
  current(): Locator {
    return this.page.locator('li[aria-current="true"]');
  }
}
