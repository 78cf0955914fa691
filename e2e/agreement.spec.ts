import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import path from "node:path";
import { expect, test } from "./support/fixtures";
import { ADMIN, ANALYSTS } from "./support/accounts";
import { signedIn } from "./support/sign-in";
import { WorkspacePage } from "./pages/workspace-page";
import { ComparePage } from "./pages/compare-page";
import { normaliseText } from "../lib/text/normalise";

const SAMPLE = readFileSync(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"), "utf8");
// Offsets are into the article's canonical text, which is the sample's with line endings and spaces normalised.
const SAMPLE_TEXT = normaliseText(SAMPLE);
const CLOSE = "Leaders in Moscow and Tehran have grown increasingly close over the last two years";
const MISSILES = "Tehran will provide Moscow with ballistic missiles";
const WAGNER = "The Wagner Group, a Russian paramilitary group";
// The byline, which both analysts tag (with different confidence) though it is no claim: the reviewer drops it.
const BYLINE = "Mike Brest November 21, 01:54 PM";

/** Tags a reporter statement as the person signed in on `page`, with their session, as their workspace does. */
async function tagAs(page: Page, articleId: string, words: string, confidence: string) {
  const start = SAMPLE_TEXT.indexOf(words);
  const response = await page.request.post(`/api/articles/${articleId}/claims`, {
    data: { start, end: start + words.length, kind: "reporter", confidence },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(201);
}

test("two analysts annotate independently, the agreement is measured, and a reviewer settles the disagreements", async ({ page, api, browser }, testInfo) => {
  // The sample article's text, imported as an article of this spec's own so that other specs keep theirs.
  const created = await api.post("/api/articles", { data: { title: `Air defense, annotated twice (run ${testInfo.retry})`, text: SAMPLE } });
  expect(created.status()).toBe(201);
  const articleId = ((await created.json()) as { id: string }).id;
  const articlePath = `/articles/${articleId}`;

  // The administrator assigns it to Ana and Ben.
  await page.goto(articlePath);
  const bar = page.getByRole("region", { name: "Independent annotation" });
  await bar.getByRole("button", { name: "Assign…" }).click();
  const dialog = page.getByRole("dialog", { name: "Assign for independent annotation" });
  await dialog.getByLabel(ANALYSTS.ana.name).check();
  await dialog.getByLabel(ANALYSTS.ben.name).check();
  await dialog.getByRole("button", { name: "Assign" }).click();
  await expect(bar).toContainText(`${ANALYSTS.ana.name} — not done`);
  await expect(bar).toContainText(`${ANALYSTS.ben.name} — not done`);

  // Each tags in a browser of their own, signed in as themselves (through the API their page uses, with their
  // session). Ana: the byline (high), the closeness (moderate) and the missiles (high).
  const ana = await signedIn(browser, ANALYSTS.ana, articlePath);
  await tagAs(ana, articleId, BYLINE, "high");
  await tagAs(ana, articleId, CLOSE, "moderate");
  await tagAs(ana, articleId, MISSILES, "high");
  const anaDesk = new WorkspacePage(ana);
  await ana.reload();
  await expect(anaDesk.highlights()).toHaveCount(3);

  // Ben sees none of Ana's claims; he tags the byline with low confidence, the closeness the same, the missiles
  // with low confidence, and Wagner.
  const ben = await signedIn(browser, ANALYSTS.ben, articlePath);
  const benDesk = new WorkspacePage(ben);
  await expect(ben.getByRole("region", { name: "Independent annotation" })).toContainText("you see only your own claims");
  await expect(benDesk.highlights()).toHaveCount(0);
  await tagAs(ben, articleId, BYLINE, "low");
  await tagAs(ben, articleId, CLOSE, "moderate");
  await tagAs(ben, articleId, MISSILES, "low");
  await tagAs(ben, articleId, WAGNER, "moderate");
  await ben.reload();
  await expect(benDesk.highlights()).toHaveCount(4);
  await ana.reload();
  await expect(anaDesk.highlights()).toHaveCount(3);
  // Nor does the administrator, who is not assigned.
  await page.reload();
  await expect(new WorkspacePage(page).highlights()).toHaveCount(0);

  // Both mark the article done.
  for (const person of [ana, ben]) {
    await person.getByRole("button", { name: "Mark done" }).click();
    await expect(person.getByRole("region", { name: "Independent annotation" })).toContainText("(you) — done");
  }
  // Done work is frozen: Ana's own claim says why it can no longer be changed, and offers no Edit or Delete.
  await anaDesk.highlights().first().click();
  await expect(ana.getByRole("complementary", { name: "Claims" }).getByText(/^You marked this article done, so your claims on it are frozen/)).toBeVisible();
  await expect(ana.getByRole("button", { name: "Edit claim" })).toHaveCount(0);
  // No reviewed claims yet: the workspace offers no Set filter.
  await expect(ana.getByRole("combobox", { name: "Set", exact: true })).toHaveCount(0);

  // The agreement page: reporter statements, exact spans: Ana's 3 against Ben's 4, 3 matched → P 100 %, R 75 %,
  // F1 86 %.
  await page.goto(`${articlePath}/agreement`);
  await expect(page.getByRole("heading", { name: `${ANALYSTS.ana.name} and ${ANALYSTS.ben.name}` })).toBeVisible();
  const exact = page.getByRole("row", { name: /Reporter statements, exact spans/ });
  await expect(exact).toContainText("100 %");
  await expect(exact).toContainText("75 %");
  await expect(exact).toContainText("86 %");
  await expect(page.getByRole("row", { name: /^Confidence/ })).toContainText("n = 3 claims");
  await page.screenshot({ path: testInfo.outputPath("agreement.png"), fullPage: true });

  // The reviewer walks the three disagreements by keyboard: drops the byline (D, the Drop button's key), then
  // keeps Ben's version of the missiles and of Wagner.
  const compare = new ComparePage(page);
  await compare.open(articleId);
  await expect(compare.disagreements).toHaveCount(3);
  await expect(compare.current()).toContainText(BYLINE);
  await expect(compare.current().getByRole("button", { name: "Drop", exact: true })).toHaveAttribute("aria-keyshortcuts", "D");
  // ? lists the comparison's keys, as in the workspace; Esc closes the list.
  await page.keyboard.press("?");
  const keys = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(keys.getByRole("term").filter({ hasText: /^D$/ })).toBeVisible();
  await expect(keys).toContainText("Drop the current disagreement");
  await page.keyboard.press("Escape");
  await expect(keys).toBeHidden();
  await page.keyboard.press("d");
  await expect(compare.current()).toContainText(`Dropped by ${ADMIN.name}: none of these claims is in the reviewed set.`);
  await expect(page.getByText("Disagreement (3, 1 reviewed, 1 dropped)")).toBeVisible();
  await page.keyboard.press("j");
  await expect(compare.current()).toContainText(MISSILES);
  await page.keyboard.press("j");
  await expect(compare.current()).toContainText(WAGNER);
  await page.keyboard.press("k");
  await compare.current().getByRole("button", { name: `Keep ${ANALYSTS.ben.name}’s` }).click();
  await expect(compare.current()).toContainText("Reviewed:");
  await page.keyboard.press("j");
  await compare.current().getByRole("button", { name: `Keep ${ANALYSTS.ben.name}’s` }).click();
  await expect(page.getByText("Disagreement (3, 3 reviewed, 1 dropped)")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("compare.png"), fullPage: true });

  // The reviewed export holds exactly the reviewed claims: the agreed closeness and Ben's two; not the byline.
  const exported = await api.get(`/api/articles/${articleId}/export?set=reviewed`);
  const document = (await exported.json()) as { claims: { id: string; quote: string; confidence: string; set: string; review: { sources: string[] } }[] };
  expect(document.claims.map((c) => [c.quote, c.confidence, c.set])).toEqual([
    [CLOSE, "moderate", "reviewed"],
    [MISSILES, "low", "reviewed"],
    [WAGNER, "moderate", "reviewed"],
  ]);
  expect(document.claims.map((c) => c.review.sources.length)).toEqual([2, 1, 1]);

  // The workspace now offers the Set filter: the reviewed claims alone, or the analysts' alone.
  await page.goto(articlePath);
  const desk = new WorkspacePage(page);
  await expect.poll(async () => (await desk.highlightedClaimIds()).length).toBe(10);
  const set = page.getByRole("complementary", { name: "Claims" }).getByRole("combobox", { name: "Set", exact: true });
  await set.selectOption("Reviewed");
  await expect.poll(async () => (await desk.highlightedClaimIds()).sort()).toEqual(document.claims.map((c) => c.id).sort());
  await set.selectOption("Analysts’");
  await expect.poll(async () => (await desk.highlightedClaimIds()).length).toBe(7);
  await ana.context().close();
  await ben.context().close();
});
