import { readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Download } from "@playwright/test";
import { LibraryPage } from "./pages/library-page";
import { WorkspacePage } from "./pages/workspace-page";
import { ANALYSTS } from "./support/accounts";
import { signedIn } from "./support/sign-in";

const SAMPLE_TITLE = "Russia may provide air defense capability to Iran or Hezbollah, US warns";
const COUNCIL = "U.S. National Security Council";
const COUNCIL_QUOTE =
  "Russia could provide either Iran or Hezbollah, a U.S.-designated terrorist organization based in Lebanon, with air defense capabilities";
const COUNCIL_SENTENCE = `${COUNCIL_QUOTE}, the U.S. National Security Council warned on Tuesday.`;
const REPORTER_QUOTE = "Leaders in Moscow and Tehran have grown increasingly close over the last two years";
const REPORTER_SENTENCE = `${REPORTER_QUOTE} as Russia found itself isolated on a global scale following its invasion of Ukraine.`;

const CSV_COLUMNS = [
  "article_title",
  "article_url",
  "article_published_at",
  "kind",
  "speaker",
  "cue",
  "confidence",
  "quote",
  "sentence",
  "note",
  "status",
  "start",
  "end",
  "start_code_point",
  "end_code_point",
  "article_id",
  "claim_id",
  "speaker_id",
  "version",
  "created_at",
  "updated_at",
  "set",
  "author",
  "reviewed_by",
  "reviewed_at",
  "review_sources",
];

/** The rows of an RFC 4180 CSV text (quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") rows.push([...row, field]), (row = []), (field = ""), i++;
    else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

test("an analyst exports the sample's claims as CSV and Claimlens JSON, and re-importing changes nothing", async ({ page, browser }) => {
  const library = new LibraryPage(page);
  const workspace = new WorkspacePage(page);
  await library.goto();
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await expect(page.getByRole("heading", { name: SAMPLE_TITLE, level: 1 })).toBeVisible();

  // An attributed claim, to a speaker created on the spot, then a reporter statement.
  await workspace.tag(COUNCIL_QUOTE, {
    kind: "Attributed claim",
    speaker: { type: COUNCIL, pick: `Create speaker “${COUNCIL}”` },
    confidence: "High",
  });
  // The council is named in the sentence before, so the speaker box suggests it before anything is typed,
  // as the one active option; nothing is filled in until the analyst chooses.
  const form = await workspace.openTagForm(REPORTER_QUOTE);
  const speakerBox = form.getByRole("combobox", { name: "Speaker" });
  await expect(speakerBox).toBeFocused();
  const suggested = form.getByRole("group", { name: "Suggested from the text" }).getByRole("option");
  await expect(suggested).toHaveCount(1);
  await expect(suggested).toHaveAccessibleName(new RegExp(`^${COUNCIL.replace(/\./g, "\\.")}`));
  await expect(suggested).toHaveAttribute("aria-selected", "true");
  await expect(speakerBox).toHaveValue("");
  await workspace.fillTagForm(form, { kind: "Reporter statement", confidence: "Moderate" });
  await expect(workspace.claimInPanel(/Leaders in Moscow and Tehran/)).toBeVisible();

  // The workspace's Export menu: a CSV a spreadsheet opens in UTF-8, one row per claim, in text order.
  const csvDownload = await workspace.export("CSV (spreadsheet)");
  expect(csvDownload.suggestedFilename()).toMatch(/^russia-may-provide-air-defense.*\.csv$/);
  await expect(page.getByText(csvDownload.suggestedFilename(), { exact: true })).toBeVisible();
  const csvBytes = await bytesOf(csvDownload);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(csvBytes.subarray(3).toString("utf8"));
  expect(header).toEqual(CSV_COLUMNS);
  const column = (row: string[], name: string) => row[CSV_COLUMNS.indexOf(name)];
  expect(rows.map((row) => ["article_title", "kind", "speaker", "confidence", "quote", "sentence"].map((name) => column(row, name)))).toEqual([
    [SAMPLE_TITLE, "attributed", COUNCIL, "high", COUNCIL_QUOTE, COUNCIL_SENTENCE],
    [SAMPLE_TITLE, "reporter", "", "moderate", REPORTER_QUOTE, REPORTER_SENTENCE],
  ]);

  // The library's Export menu exports everything, or only the articles ticked.
  await library.goto();
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await expect(page.getByRole("menu", { name: "Export all articles" })).toBeVisible();
  await page.keyboard.press("Escape");
  await library.select(SAMPLE_TITLE);
  const jsonDownload = await library.export("Claimlens JSON", "Export 1 selected article");
  expect(jsonDownload.suggestedFilename()).toMatch(/^claimlens-corpus-\d{4}-\d{2}-\d{2}\.claimlens\.json$/);
  const jsonPath = test.info().outputPath(jsonDownload.suggestedFilename());
  await jsonDownload.saveAs(jsonPath);
  const document = JSON.parse(readFileSync(jsonPath, "utf8")) as {
    format: string;
    speakers: { name: string }[];
    articles: { title: string; text: string; claims: { start: number; end: number; quote: string; kind: string; speaker: { name: string } | null }[] }[];
  };
  expect(document.format).toBe("claimlens/1");
  expect(document.articles.map((a) => a.title)).toEqual([SAMPLE_TITLE]);
  const [article] = document.articles;
  expect(article!.claims.map((c) => [c.quote, c.kind, c.speaker?.name ?? null])).toEqual([
    [COUNCIL_QUOTE, "attributed", COUNCIL],
    [REPORTER_QUOTE, "reporter", null],
  ]);
  for (const claim of article!.claims) expect(article!.text.slice(claim.start, claim.end)).toBe(claim.quote);
  expect(document.speakers.map((s) => s.name)).toEqual([COUNCIL]);

  // Importing the file back: the dry run finds everything already here, so there is nothing to import.
  const panel = await library.importDocument(jsonPath);
  await expect(panel.getByRole("status")).toHaveText("Nothing to import: this file’s 1 article and 2 claims are already here, unchanged.");
  await expect(panel.getByRole("listitem").filter({ hasText: SAMPLE_TITLE })).toContainText("already here, 2 claims unchanged");
  await expect(panel.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
  await panel.getByRole("button", { name: "Close", exact: true }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole("link", { name: SAMPLE_TITLE })).toHaveCount(1);

  // Ben, an analyst, imports the file with one of these claims (tagged by the administrator) rewritten: the dry
  // run refuses the whole file and lists that claim as someone else's.
  const rewritten = JSON.parse(readFileSync(jsonPath, "utf8")) as { articles: { claims: { note: string | null; version: number }[] }[] };
  rewritten.articles[0]!.claims[0]!.note = "Ben's rewrite";
  rewritten.articles[0]!.claims[0]!.version += 1;
  const rewrittenPath = test.info().outputPath("rewritten.claimlens.json");
  writeFileSync(rewrittenPath, JSON.stringify(rewritten));
  const ben = await signedIn(browser, ANALYSTS.ben, "/");
  const refused = await new LibraryPage(ben).importDocument(rewrittenPath);
  await expect(refused.getByRole("alert")).toHaveText(/^Nothing can be imported from “rewritten.claimlens.json”: it changes 1 claim someone else tagged\./);
  await expect(refused.getByRole("region", { name: "Claims you may not change" })).toHaveText(`articles[0].claims[0] in “${SAMPLE_TITLE}”: Ada Admin's claim`);
  await expect(refused.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
  await ben.screenshot({ path: test.info().outputPath("import-refused.png"), fullPage: false });
  await ben.context().close();
});
