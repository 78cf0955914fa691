// The workspace at scale, in a real browser (issue 11): the 100,000-word synthetic article with 5,000 claims, and a
// 2,000-word article with 60 claims (the everyday case), created through the API on a fresh embedded database and
// opened in system Chromium. Times opening (until every highlight shows), clicking a highlight, T to the form,
// saving a claim, clicking a claim in the panel, the long tasks while scrolling and the JS heap; and, in the same
// run, the same figures for the same text and highlights as a static HTML page (the baseline), with the ratios.
// BENCH_APP_DIR measures another checkout of the app (to compare a version before a change); BENCH_PORT its port.
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { syntheticCase } from "../lib/anchoring/fixtures/synthetic-article";
import { normaliseText } from "../lib/text/normalise";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { createArticleWithClaims, startApp, type AppServer } from "./workspace/app-server";
import { serveStatic, staticPage, type StaticClaim } from "./workspace/static-page";
import {
  clickToSelect,
  heapMb,
  newContext,
  openTimes,
  panelClickToScroll,
  saveToHighlight,
  scrollLongTasks,
  tToForm,
  type Series,
} from "./workspace/measures";

const PORT = Number(process.env.BENCH_PORT ?? 3231);
const APP_DIR = process.env.BENCH_APP_DIR ?? process.cwd();
const CASES = [
  { name: "large", words: 100_000, claims: 5_000, seed: 20231121 },
  { name: "everyday", words: 2_000, claims: 60, seed: 7 },
] as const;
const OPEN_RUNS = 3;
const RUNS = 5;

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10) / 10 : null);

async function claimsOf(app: AppServer, articleId: string): Promise<StaticClaim[]> {
  const response = await fetch(`${app.url}/api/articles/${articleId}/claims`, { headers: { authorization: `Bearer ${app.token}` } });
  const { items } = (await response.json()) as { items: StaticClaim[] };
  return items;
}

async function measureCase(browser: Browser, app: AppServer, sample: string, spec: (typeof CASES)[number]) {
  const c = syntheticCase(sample, { words: spec.words, claims: spec.claims, edits: 0, seed: spec.seed });
  const t = performance.now();
  const articleId = await createArticleWithClaims(app, `Bench ${spec.name}`, c.oldText, c.claims.map(({ anchor }) => anchor));
  const claims = await claimsOf(app, articleId);
  console.log(`  ${spec.name}: ${c.oldText.split(/\s+/).length.toLocaleString("en-US")} words, ${claims.length} claims imported through the API in ${Math.round(performance.now() - t) / 1000} s`);
  const ids = claims.map((claim) => claim.id);

  // The static baseline first, on its own port.
  const baseline = await serveStatic(staticPage(c.oldText, claims), PORT + 1);
  const staticFigures = await (async () => {
    const context = await newContext(browser);
    try {
      const { open, page } = await openTimes(context, baseline.url, claims.length, OPEN_RUNS);
      const heap = await heapMb(context, page);
      return { open, heapMb: heap, click: await clickToSelect(page, ids, RUNS), panelClick: await panelClickToScroll(page, RUNS), scroll: await scrollLongTasks(page) };
    } finally {
      await context.close();
      await baseline.stop();
    }
  })();

  const context = await newContext(browser);
  try {
    const signIn = await context.request.post(`${app.url}/api/auth/sign-in/email`, { data: app.account, headers: { origin: app.url } });
    if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()}`);
    const { open, page } = await openTimes(context, `${app.url}/articles/${articleId}`, claims.length, OPEN_RUNS);
    const heap = await heapMb(context, page);
    const html = await (await context.request.get(`${app.url}/articles/${articleId}`)).text();
    const app_ = {
      open,
      heapMb: heap,
      click: await clickToSelect(page, ids, RUNS),
      tToForm: await tToForm(page, ids, RUNS),
      save: await saveToHighlight(page, ids, RUNS),
      panelClick: await panelClickToScroll(page, RUNS),
      scroll: await scrollLongTasks(page),
      // How much the page's HTML (with the RSC payload inline) weighs beside the text it shows.
      htmlKb: Math.round(html.length / 1024),
      textKb: Math.round(c.oldText.length / 1024),
    };
    return { words: spec.words, claims: claims.length, app: app_, static: staticFigures };
  } finally {
    await context.close();
  }
}

function report(name: string, f: Awaited<ReturnType<typeof measureCase>>) {
  const row = (label: string, app: Series, base: Series | null) =>
    console.log(
      `  ${label.padEnd(26)} median ${String(app.medianMs).padStart(7)} ms  max ${String(app.maxMs).padStart(7)} ms` +
        (base ? `   static ${String(base.medianMs).padStart(6)} ms (×${ratio(app.medianMs, base.medianMs)}, +${Math.round((app.medianMs - base.medianMs) * 10) / 10} ms)` : ""),
    );
  console.log(`\n  ${name}: ${f.words.toLocaleString("en-US")} words, ${f.claims} claims`);
  row("open until all highlights", f.app.open, f.static.open);
  row("click highlight → selected", f.app.click, f.static.click);
  row("T → tag form", f.app.tToForm, null);
  row("Save → highlight", f.app.save, null);
  row("panel click → scrolled", f.app.panelClick, f.static.panelClick);
  console.log(`  ${"scroll 3,000 px".padEnd(26)} ${f.app.scroll.count} long tasks, max ${f.app.scroll.maxMs} ms   static ${f.static.scroll.count}, max ${f.static.scroll.maxMs} ms`);
  console.log(`  ${"JS heap after opening".padEnd(26)} ${f.app.heapMb} MB   static ${f.static.heapMb} MB (×${ratio(f.app.heapMb, f.static.heapMb)})`);
  console.log(`  ${"page HTML".padEnd(26)} ${f.app.htmlKb} kB for ${f.app.textKb} kB of text`);
}

export async function run() {
  const sample = normaliseText(readFileSync(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"), "utf8"));
  console.log(`Starting the app from ${APP_DIR} on port ${PORT} (building it first if needed)…`);
  const app = await startApp(APP_DIR, PORT);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const results: Record<string, unknown> = { appDir: APP_DIR };
    for (const spec of CASES) {
      const figures = await measureCase(browser, app, sample, spec);
      report(spec.name, figures);
      results[spec.name] = figures;
    }
    return results;
  } finally {
    await browser.close();
    await app.stop();
  }
}
