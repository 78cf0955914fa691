import { expect, test } from "./support/fixtures";
import { WorkspacePage } from "./pages/workspace-page";

const TEXT = [
  "The ministry said the pipeline would reopen before the winter.",
  "",
  "Officials warned that the ceasefire could collapse within days.",
  "",
  "Talks on the grain corridor will resume in Istanbul next week.",
].join("\n");

test("an analyst tags a claim, moves to the next and edits it, all by keyboard", async ({ page, api }, testInfo) => {
  const created = await api.post("/api/articles", { data: { title: `Keyboard session (run ${testInfo.retry})`, text: TEXT } });
  expect(created.status()).toBe(201);
  const articleId = ((await created.json()) as { id: string }).id;
  const ids: string[] = [];
  for (const quote of ["the ceasefire could collapse within days", "Talks on the grain corridor"]) {
    const start = TEXT.indexOf(quote);
    const claim = await api.post(`/api/articles/${articleId}/claims`, { data: { start, end: start + quote.length, kind: "reporter", confidence: "moderate" } });
    expect(claim.status()).toBe(201);
    ids.push(((await claim.json()) as { id: string }).id);
  }
  const [ceasefire, talks] = ids as [string, string];
  await page.goto(`/articles/${articleId}`);
  const workspace = new WorkspacePage(page);
  await expect(workspace.highlights()).toHaveCount(2);

  // Select the first three words with the keyboard and tag them: T opens the form on the speaker box.
  await workspace.text.focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("t");
  const form = page.getByRole("dialog", { name: "New claim" });
  await expect(form.getByRole("combobox", { name: "Speaker" })).toBeFocused();
  await expect(form.getByLabel("Selected words")).toHaveText("The ministry said");
  // Out of the speaker box (where letters are typing), R makes it a reporter statement, 3 high confidence.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("r");
  await page.keyboard.press("3");
  await expect(form.getByRole("radio", { name: "Reporter statement" })).toBeChecked();
  await expect(form.getByRole("radio", { name: "High", exact: true })).toBeChecked();
  await page.keyboard.press("Control+Enter");
  await expect(form).toBeHidden();
  await expect(workspace.highlights()).toHaveCount(3);
  await expect(workspace.claimInPanel(/The ministry said/)).toHaveAttribute("aria-expanded", "true");

  // J moves to the next claim in the text, then the next; K back.
  await page.keyboard.press("j");
  await workspace.expectSelected(ceasefire);
  await page.keyboard.press("j");
  await workspace.expectSelected(talks);
  await page.keyboard.press("k");
  await workspace.expectSelected(ceasefire);

  // E edits the selected claim; 1 sets low confidence; letters typed in the note are text, not shortcuts.
  await page.keyboard.press("e");
  const edit = page.getByRole("dialog", { name: "Edit claim" });
  await expect(edit.getByLabel("Selected words")).toHaveText("the ceasefire could collapse within days");
  await expect(edit.getByRole("radio", { name: "Reporter statement" })).toBeFocused();
  await page.keyboard.press("1");
  await expect(edit.getByRole("radio", { name: "Low", exact: true })).toBeChecked();
  await edit.getByLabel("Note").focus();
  await page.keyboard.type("Jk 3 ?");
  await expect(edit.getByLabel("Note")).toHaveValue("Jk 3 ?");
  await expect(edit.getByRole("radio", { name: "Low", exact: true })).toBeChecked();
  await page.keyboard.press("Control+Enter");
  await expect(edit).toBeHidden();
  const item = workspace.itemInPanel(ceasefire);
  await expect(item).toContainText("Low");
  await expect(item.getByRole("definition").filter({ hasText: "Jk 3 ?" })).toBeVisible();

  // In the claims list, the arrows move between claims too, and the focus follows.
  await expect(item.getByRole("button", { expanded: true })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await workspace.expectSelected(talks);
  await expect(workspace.itemInPanel(talks).getByRole("button", { expanded: true })).toBeFocused();
  await expect(workspace.itemInPanel(talks)).toHaveAttribute("aria-posinset", "3");
  await expect(workspace.itemInPanel(talks)).toHaveAttribute("aria-setsize", "3");

  // ? lists every shortcut; Esc closes the list.
  const help = await workspace.openShortcuts();
  for (const what of ["Select the next claim in the text", "Edit the selected claim", "High confidence", "Save the claim (also while typing)", "Next claim"]) {
    await expect(help.getByText(what, { exact: true })).toBeVisible();
  }
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});
