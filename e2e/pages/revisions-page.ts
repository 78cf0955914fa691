import { expect, type Locator, type Page } from "@playwright/test";

/** An article's revision history at `/articles/[id]/revisions`: every saved text, newest first. */
export class RevisionsPage {
  readonly list: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole("list", { name: "Revisions, newest first" });
    this.rows = this.list.getByRole("article");
  }

  async goto(articleId: string) {
    await this.page.goto(`/articles/${articleId}/revisions`);
    await this.expectOpen();
  }

  async expectOpen() {
    await expect(this.page.getByRole("heading", { name: "Revisions", level: 1 })).toBeVisible();
  }

  /** The row of revision `n`. */
  revision(n: number): Locator {
    return this.list.getByRole("article", { name: `Revision ${n}`, exact: true });
  }

  /** Opens what changed in revision `n` from the one before it. */
  async openChanges(n: number): Promise<RevisionPage> {
    await this.revision(n).getByRole("link", { name: `Changes in revision ${n}`, exact: true }).click();
    await this.page.waitForURL(new RegExp(`/revisions/${n}#changes$`));
    const revision = new RevisionPage(this.page, n);
    await revision.expectOpen();
    return revision;
  }

  /** Opens revision `n` read-only. */
  async read(n: number): Promise<RevisionPage> {
    await this.revision(n).getByRole("link", { name: `Read revision ${n}`, exact: true }).click();
    await this.page.waitForURL(new RegExp(`/revisions/${n}$`));
    const revision = new RevisionPage(this.page, n);
    await revision.expectOpen();
    return revision;
  }
}

/** One revision, read-only, at `/articles/[id]/revisions/[n]`: its changes, its text with its claims, Restore. */
export class RevisionPage {
  readonly changes: Locator;
  readonly text: Locator;
  readonly claims: Locator;

  constructor(
    readonly page: Page,
    readonly n: number,
  ) {
    this.changes = page.getByRole("region", { name: /^Changes/ });
    this.text = page.getByRole("region", { name: `Text of revision ${n}` });
    this.claims = page.getByRole("complementary", { name: /^Claims/ });
  }

  async expectOpen() {
    await expect(this.page.getByRole("heading", { name: `Revision ${this.n}`, level: 1 })).toBeVisible();
  }

  /** Inserted text in the changes, optionally only pieces containing `text`. */
  insertions(text?: string): Locator {
    const all = this.changes.locator("ins");
    return text === undefined ? all : all.filter({ hasText: text });
  }

  /** Deleted text in the changes, optionally only pieces containing `text`. */
  deletions(text?: string): Locator {
    const all = this.changes.locator("del");
    return text === undefined ? all : all.filter({ hasText: text });
  }

  /** Opens the restore confirmation; returns the dialog. */
  async openRestore(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Restore this revision" }).click();
    const dialog = this.page.getByRole("dialog", { name: `Restore revision ${this.n}?` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Restores this revision, confirming in the dialog, and waits for the workspace to open. */
  async restore() {
    const dialog = await this.openRestore();
    await dialog.getByRole("button", { name: `Restore revision ${this.n}`, exact: true }).click();
    // The workspace says so once, then drops "?restored=" from the address.
    await this.page.waitForURL(new RegExp(`/articles/[0-9a-f-]{36}(\\?restored=${this.n})?$`));
    await expect(this.page.getByText(`Revision ${this.n} restored`)).toBeVisible();
  }
}
