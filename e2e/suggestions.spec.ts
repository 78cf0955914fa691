import { expect, test } from "./support/fixtures";
import { LibraryPage } from "./pages/library-page";
import { WorkspacePage } from "./pages/workspace-page";

const SAMPLE_TITLE = "Russia may provide air defense capability to Iran or Hezbollah, US warns";

interface Suggestion {
  id: string;
  start: number | null;
  quote: string;
  status: string;
  speaker: { name: string; kind: string; speakerId: string | null } | null;
}

test("an analyst has the sample's claims suggested, reviews them by keyboard, and a rejected one stays away", async ({ page, api }, testInfo) => {
  test.setTimeout(120_000);
  const library = new LibraryPage(page);
  const workspace = new WorkspacePage(page);
  await library.goto();
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await expect(page.getByRole("heading", { name: SAMPLE_TITLE, level: 1 })).toBeVisible();
  const articleId = /\/articles\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
  const pendingOnServer = async () =>
    ((await (await api.get(`/api/articles/${articleId}/suggestions?status=pending`)).json()) as { items: Suggestion[] }).items;
  const claimCount = async () => ((await (await api.get(`/api/articles/${articleId}/claims`)).json()) as { items: unknown[] }).items.length;
  const claimsBefore = await claimCount();

  // The sample arrived with its suggestions computed: some wait before anyone presses Suggest claims.
  await expect(workspace.suggestionQueue().getByRole("heading", { name: /^Suggestions [1-9][0-9]*$/ })).toBeVisible();
  expect((await pendingOnServer()).length).toBeGreaterThan(0);

  // Suggest (again): the queue fills, the first suggestion is current and outlined in the text (no fill: not a claim).
  await workspace.suggestClaims();
  const total = (await pendingOnServer()).length;
  expect(total).toBeGreaterThan(4);
  await expect(workspace.suggestionQueue().getByRole("heading", { name: `Suggestions ${total}` })).toBeVisible();
  await expect(workspace.suggestionOutlines(true)).not.toHaveCount(0);
  await expect(workspace.highlights()).toHaveCount(claimsBefore);

  // J and K walk the queue in text order, and the text scrolls to each.
  await page.keyboard.press("j");
  expect(await workspace.currentSuggestionName()).toMatch(`Suggestion 2 of ${total}`);
  await expect(workspace.suggestionOutlines(true).first()).toBeInViewport();
  await page.keyboard.press("k");
  expect(await workspace.currentSuggestionName()).toMatch(`Suggestion 1 of ${total}`);
  await testInfo.attach("workspace with suggestions", { body: await page.screenshot(), contentType: "image/png" });

  // 1 accepts the current one with low confidence: it becomes a claim, and the next one is current.
  await page.keyboard.press("1");
  await expect(workspace.suggestionQueue().getByRole("heading", { name: `Suggestions ${total - 1}` })).toBeVisible();
  await expect(workspace.highlights()).toHaveCount(claimsBefore + 1);
  expect(await workspace.currentSuggestionName()).toMatch(`Suggestion 1 of ${total - 1}`);

  // On to a suggestion whose speaker the directory does not have yet: the queue says so before accepting.
  let name = await workspace.currentSuggestionName();
  for (let i = 0; i < total && !name.includes("New speaker:"); i++) {
    await page.keyboard.press("j");
    name = await workspace.currentSuggestionName();
  }
  const [, newSpeaker, newKind] = /New speaker: (.+) \((person|organization|unnamed source)\)$/.exec(name) ?? [];
  expect(newSpeaker, `no suggestion with a new speaker among ${total}`).toBeTruthy();
  await expect(workspace.currentSuggestion().getByText(`New speaker: ${newSpeaker}`)).toBeVisible();
  // Enter accepts with the analyst's default confidence (moderate until changed in Settings).
  await page.keyboard.press("Enter");
  await expect(page.getByText("Suggestion accepted as a claim.")).toBeVisible();
  await expect(workspace.highlights()).toHaveCount(claimsBefore + 2);
  const speakers = ((await (await api.get(`/api/speakers?q=${encodeURIComponent(newSpeaker ?? "")}`)).json()) as { items: { name: string; kind: string }[] }).items;
  expect(speakers.find((s) => s.name === newSpeaker)?.kind.replace("_", " ")).toBe(newKind);

  // X rejects the current one; 3 accepts the next with high confidence.
  const rejectedId = (await workspace.currentSuggestion().getAttribute("data-suggestion-id")) ?? "";
  const rejected = (await pendingOnServer()).find((s) => s.id === rejectedId);
  expect(rejected).toBeDefined();
  await page.keyboard.press("x");
  await expect(page.getByText("Suggestion rejected: it will not be proposed again.")).toBeVisible();
  await page.keyboard.press("3");
  await expect(workspace.highlights()).toHaveCount(claimsBefore + 3);
  await expect(workspace.suggestionQueue().getByRole("heading", { name: `Suggestions ${total - 4}` })).toBeVisible();

  // Ctrl+Z undoes the last acceptance: its claim goes, and its suggestion waits in the queue again.
  await page.keyboard.press("Control+z");
  await expect(workspace.highlights()).toHaveCount(claimsBefore + 2);
  await expect(workspace.suggestionQueue().getByRole("heading", { name: `Suggestions ${total - 3}` })).toBeVisible();

  // After a reload the decisions hold: two claims more, three suggestions fewer.
  await page.reload();
  await expect(workspace.highlights()).toHaveCount(claimsBefore + 2);
  await expect(workspace.suggestionOutlines()).not.toHaveCount(0);
  await expect(workspace.suggestionQueue().getByRole("heading", { name: `Suggestions ${total - 3}` })).toBeVisible();

  // Computed again, the rejected suggestion stays away (and so do the accepted ones).
  await workspace.suggestClaims();
  await expect(workspace.suggestionQueue().getByRole("heading", { name: `Suggestions ${total - 3}` })).toBeVisible();
  const again = await pendingOnServer();
  expect(again.filter((s) => s.quote === rejected?.quote && s.start === rejected.start)).toEqual([]);
  expect(again).toHaveLength(total - 3);

  // The library says how many wait.
  await library.goto();
  await expect(page.getByRole("link", { name: `${total - 3} suggestions waiting` })).toBeVisible();
});
