import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { dragSelect } from "../support/select-text";

export interface ClaimForm {
  kind: "Attributed claim" | "Reporter statement";
  /** What to type in the speaker box, and the option to pick. */
  speaker?: { type: string; pick: string | RegExp };
  confidence: "Low" | "Moderate" | "High";
  note?: string;
}

/** The article workspace at `/articles/[id]`: the text, the tag form and the claims panel. */
export class WorkspacePage {
  readonly text: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByRole("textbox", { name: "Article text" });
    this.panel = page.getByRole("complementary", { name: "Claims" });
  }

  /** Selects words in the article with the mouse and opens the tag form; returns the form. */
  async openTagForm(words: string): Promise<Locator> {
    await dragSelect(this.page, this.text, words);
    await this.page.getByRole("button", { name: "Tag selection" }).first().click();
    const dialog = this.page.getByRole("dialog", { name: "New claim" }).or(this.page.getByRole("form", { name: "New claim" }));
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Selects words in the article with the mouse, opens the tag form and saves the claim. */
  async tag(words: string, form: ClaimForm) {
    const dialog = await this.openTagForm(words);
    await this.fillTagForm(dialog, form);
  }

  /** Fills the open tag form and saves the claim. */
  async fillTagForm(dialog: Locator, form: ClaimForm) {
    await dialog.getByRole("radio", { name: form.kind }).check();
    if (form.speaker) {
      const box = dialog.getByRole("combobox", { name: "Speaker" });
      await box.fill(form.speaker.type);
      await dialog.getByRole("option", { name: form.speaker.pick }).first().click();
    }
    await dialog.getByRole("radio", { name: form.confidence, exact: true }).check();
    if (form.note) await dialog.getByLabel("Note").fill(form.note);
    await dialog.getByRole("button", { name: "Save claim" }).click();
    await expect(dialog).toBeHidden();
  }

  /** The claim in the side panel whose text includes `quote`. */
  claimInPanel(quote: string | RegExp): Locator {
    return this.panel.getByRole("button", { name: quote }).or(this.panel.getByRole("option", { name: quote }));
  }

  highlights(): Locator {
    return this.text.locator("[data-claim-id]");
  }

  /**
   * The ids of the claims highlighted in the text, each once: a claim whose words a suggestion's outline crosses is
   * drawn in several pieces.
   */
  highlightedClaimIds(): Promise<string[]> {
    return this.highlights().evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-claim-id") ?? ""))]);
  }

  /** Switches the text into edit mode, replaces `words` with `replacement` as a person types, and saves. */
  async editText(words: string, replacement: string): Promise<Locator> {
    await this.page.getByRole("button", { name: "Edit text" }).click();
    const editor = this.page.getByRole("textbox", { name: "Article text (editing)" });
    await expect(editor).toBeFocused();
    await dragSelect(this.page, editor, words);
    await this.page.keyboard.type(replacement);
    await expect(editor).toContainText(replacement);
    await this.page.getByRole("button", { name: "Save text" }).click();
    const report = this.page.getByRole("dialog", { name: /Text saved as revision/ });
    await expect(report).toBeVisible();
    return report;
  }

  /** Downloads the article in a format from the Export menu. */
  async export(format: string): Promise<Download> {
    await this.page.getByRole("button", { name: "Export", exact: true }).click();
    const menu = this.page.getByRole("menu", { name: "Export this article" });
    await expect(menu).toBeVisible();
    const download = this.page.waitForEvent("download");
    await menu.getByRole("menuitem", { name: format, exact: true }).click();
    return download;
  }

  /** A claim's highlight in the text (its first element, where a highlight spans several). */
  highlight(claimId: string): Locator {
    return this.text.locator(`[data-claim-id="${claimId}"]`).first();
  }

  /** The words a claim's highlight covers, all its pieces together (a suggestion's outline may split it). */
  highlightedWords(claimId: string): Promise<string> {
    return this.text.locator(`[data-claim-id="${claimId}"]`).evaluateAll((els) => els.map((e) => e.textContent ?? "").join(""));
  }

  /** The claim's item in the panel (a list item, which the virtual list renders when it is near the screen). */
  itemInPanel(claimId: string): Locator {
    return this.panel.locator(`[data-claim-item="${claimId}"]`);
  }

  /** Waits until the claim is the selected one, in the text and in the panel. */
  async expectSelected(claimId: string) {
    await expect(this.highlight(claimId)).toHaveClass(/is-selected/);
    await expect(this.itemInPanel(claimId).getByRole("button", { expanded: true })).toBeVisible();
    await expect(this.page).toHaveURL(new RegExp(`claim=${claimId}`));
  }

  /**
   * Starts noting every claim whose highlight flashes (a flash lasts 1.5 s: too short to catch afterwards on a
   * busy machine). `flashed()` answers the claims noted since.
   */
  async watchFlashes() {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { flashedClaims: string[] }).flashedClaims = seen;
      new MutationObserver((records) => {
        for (const { target } of records) {
          if (target instanceof Element && /is-flashing/.test(target.className)) seen.push(target.getAttribute("data-claim-id") ?? "");
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["class"] });
    });
  }

  async flashed(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { flashedClaims?: string[] }).flashedClaims ?? []);
  }

  /** The Suggestions queue at the top of the panel. */
  suggestionQueue(): Locator {
    return this.panel.getByRole("region", { name: /^Suggestions/ });
  }

  /** The queue's current suggestion (the one J and K moved to). */
  currentSuggestion(): Locator {
    return this.suggestionQueue().locator('li[aria-current="true"]');
  }

  /** Suggested claims' outlines in the text; `current` only the current one's. */
  suggestionOutlines(current = false): Locator {
    return this.text.locator(current ? "[data-suggestion-id].is-current" : "[data-suggestion-id]");
  }

  /** Presses "Suggest claims" and waits for the queue to hold suggestions, the first one current. */
  async suggestClaims(options: { reporterStatements?: boolean } = {}) {
    const queue = this.suggestionQueue();
    await queue.getByRole("checkbox", { name: "Include reporter statements" }).setChecked(options.reporterStatements ?? false);
    await queue.getByRole("button", { name: "Suggest claims" }).click();
    await expect(this.currentSuggestion().getByRole("button", { name: /^Suggestion 1 of \d+/ })).toBeVisible({ timeout: 20_000 });
  }

  /** The current suggestion's place in the queue ("3 of 11") and who accepting it attributes it to. */
  async currentSuggestionName(): Promise<string> {
    return (await this.currentSuggestion().getByRole("button", { name: /^Suggestion / }).getAttribute("aria-label")) ?? "";
  }

  /** Opens the keyboard shortcuts overlay with `?` and returns it. */
  async openShortcuts(): Promise<Locator> {
    await this.page.keyboard.press("?");
    const dialog = this.page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
