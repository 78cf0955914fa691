import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { WorkspacePage } from "./pages/workspace-page";

const CLAIMS = 240;
const sentence = (i: number) => `Witness ${i + 1} said convoy ${i + 1} crossed the river at dawn`;
const TEXT = Array.from({ length: CLAIMS }, (_, i) => `Paragraph ${i + 1} opens the report. ${sentence(i)}.`).join("\n\n");

/** Creates claims through the API, a few requests at a time; answers their ids in the order asked. */
async function createClaims(api: APIRequestContext, articleId: string, spans: { start: number; end: number; speakerId?: string }[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < spans.length; i += 8) {
    const batch = spans.slice(i, i + 8).map(async (span) => {
      const data = span.speakerId ? { ...span, kind: "attributed", confidence: "high" } : { ...span, kind: "reporter", confidence: "moderate" };
      const response = await api.post(`/api/articles/${articleId}/claims`, { data });
      expect(response.status()).toBe(201);
      return ((await response.json()) as { id: string }).id;
    });
    ids.push(...(await Promise.all(batch)));
  }
  return ids;
}

async function createArticle(api: APIRequestContext, title: string, text: string): Promise<string> {
  const created = await api.post("/api/articles", { data: { title, text } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** The serious and critical problems axe finds on the page, one line each (none is the aim). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test("a long article with hundreds of claims still selects, flashes and scrolls to the right words", async ({ page, api }, testInfo) => {
  test.setTimeout(180_000);
  // Suggestions are computed on import (the default setting): the panel lists them above the claims.
  const articleId = await createArticle(api, `A long hearing (run ${testInfo.retry})`, TEXT);
  const ids = await createClaims(
    api,
    articleId,
    Array.from({ length: CLAIMS }, (_, i) => {
      const start = TEXT.indexOf(sentence(i) + ".");
      return { start, end: start + sentence(i).length };
    }),
  );
  await page.goto(`/articles/${articleId}`);
  const workspace = new WorkspacePage(page);
  await expect.poll(async () => (await workspace.highlightedClaimIds()).length).toBe(CLAIMS);
  // The panel lists every claim, rendering those near the screen only, each saying its place in the list.
  await expect(workspace.panel.getByRole("heading", { name: `Claims ${CLAIMS}` })).toBeVisible();
  // Above the claims, the suggestion queue makes the list start far down the panel (what the scrolling must allow for).
  await expect(workspace.panel.getByRole("heading", { name: /^Suggestions [1-9]/ })).toBeVisible();
  await expect(workspace.itemInPanel(ids[0] ?? "")).toHaveAttribute("aria-setsize", String(CLAIMS));
  expect(await workspace.panel.getByRole("listitem").count()).toBeLessThan(CLAIMS / 2);

  // From the first claim of the panel, End goes to the last: its words, far down the text, are selected and flash.
  const last = ids[CLAIMS - 1] ?? "";
  await workspace.claimInPanel(sentence(0)).click();
  await workspace.expectSelected(ids[0] ?? "");
  await workspace.watchFlashes();
  await page.keyboard.press("End");
  await workspace.expectSelected(last);
  await expect.poll(() => workspace.highlightedWords(last)).toBe(sentence(CLAIMS - 1));
  await expect(workspace.highlight(last)).toBeInViewport();
  await expect.poll(() => workspace.flashed()).toContain(last);
  await expect(workspace.itemInPanel(last)).toHaveAttribute("aria-posinset", String(CLAIMS));

  // A click on words in the middle of the text selects their claim, and the panel scrolls to it.
  const middle = ids[120] ?? "";
  await workspace.highlight(middle).scrollIntoViewIfNeeded();
  await workspace.highlight(middle).click();
  await workspace.expectSelected(middle);
  await expect(workspace.itemInPanel(middle)).toBeInViewport();
  await expect(workspace.itemInPanel(middle)).toContainText(sentence(120));

  // A link to a claim far down opens the workspace on its words.
  const linked = ids[200] ?? "";
  await page.goto(`/articles/${articleId}?claim=${linked}`);
  await workspace.expectSelected(linked);
  await expect.poll(() => workspace.highlightedWords(linked)).toBe(sentence(200));
  await expect(workspace.highlight(linked)).toBeInViewport();
  await expect(workspace.itemInPanel(linked)).toBeInViewport();
});

test("the library, a workspace with claims and a speaker page have no serious or critical accessibility problem", async ({ page, api }, testInfo) => {
  const text = "The ministry said the pipeline would reopen before the winter.\n\nOfficials warned that the ceasefire could collapse.";
  const articleId = await createArticle(api, `Accessible article (run ${testInfo.retry})`, text);
  const speaker = await api.post("/api/speakers", { data: { name: `Axe Minister ${testInfo.retry} ${Date.now()}` } });
  expect(speaker.status()).toBe(201);
  const speakerId = ((await speaker.json()) as { id: string }).id;
  const quote = "the pipeline would reopen before the winter";
  const start = text.indexOf(quote);
  const other = text.indexOf("the ceasefire could collapse");
  await createClaims(api, articleId, [
    { start, end: start + quote.length, speakerId },
    { start: other, end: other + "the ceasefire could collapse".length },
  ]);

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`/articles/${articleId}`);
  const workspace = new WorkspacePage(page);
  await expect(workspace.highlights()).toHaveCount(2);
  await workspace.claimInPanel(quote).click();
  await expect(workspace.claimInPanel(quote)).toHaveAttribute("aria-expanded", "true");
  expect(await seriousViolations(page)).toEqual([]);
  await workspace.openShortcuts();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`/speakers/${speakerId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Axe Minister");
  expect(await seriousViolations(page)).toEqual([]);
});
