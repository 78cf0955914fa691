import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures";

const TEXT = "Officials said the shipment left on Monday.\n\n“We are watching it closely,” the spokesman added.";
const QUOTE = "We are watching it closely";

test("a lead reviews the team's activity: every change across articles, by person, each a link to its claim", async ({ page, api }, testInfo) => {
  // An article of this run, with a claim tagged and then edited (through the API, as a script would).
  const title = `Shipment watch (run ${testInfo.retry})`;
  const created = await api.post("/api/articles", { data: { title, text: TEXT } });
  expect(created.status()).toBe(201);
  const articleId = ((await created.json()) as { id: string }).id;
  const start = TEXT.indexOf(QUOTE);
  const tagged = await api.post(`/api/articles/${articleId}/claims`, { data: { start, end: start + QUOTE.length, kind: "reporter", confidence: "low" } });
  expect(tagged.status()).toBe(201);
  const claim = (await tagged.json()) as { id: string; version: number };
  expect((await api.patch(`/api/claims/${claim.id}`, { data: { version: claim.version, confidence: "high" } })).status()).toBe(200);
  // A colleague who has changed nothing yet.
  const quiet = `Quinn Quiet ${testInfo.retry}`;
  const account = await api.post("/api/users", { data: { name: quiet, email: `quinn${testInfo.retry}@example.org`, password: "quinn's long password", role: "viewer" } });
  expect(account.status()).toBe(201);

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  const changes = page.getByRole("list", { name: "Changes to claims, newest first" });
  // The entries of each day's list (the outer list holds the days).
  const ours = changes.getByRole("list").getByRole("listitem").filter({ hasText: QUOTE }).filter({ has: page.getByRole("link", { name: title }) });
  await expect(ours).toHaveCount(2);
  await expect(ours.first()).toContainText("Ada Admin");

  // One person's changes: the choice is in the address.
  await page.getByLabel("Show changes by").selectOption({ label: "Ada Admin" });
  await expect(page).toHaveURL(/\/activity\?actor=/);
  await expect(ours).toHaveCount(2);
  await page.getByLabel("Show changes by").selectOption({ label: quiet });
  await expect(page.getByText(`No changes by ${quiet} yet.`)).toBeVisible();
  await page.getByRole("link", { name: "Show everyone’s changes" }).click();
  await expect(page.getByLabel("Show changes by")).toHaveValue("");

  // The same changes, downloaded for an audit: one JSON object per line, ours among them.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as JSON Lines" }).click();
  const file = await (await download).path();
  const lines = readFileSync(file, "utf8").trimEnd().split("\n").map((line) => JSON.parse(line) as { claimId: string; articleTitle: string });
  expect(lines.filter((l) => l.claimId === claim.id).map((l) => l.articleTitle)).toEqual([title, title]);

  // Each change leads to its claim in the workspace.
  await ours.first().getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.locator(`[data-claim-id="${claim.id}"]`).first()).toHaveClass(/is-selected/);
});
