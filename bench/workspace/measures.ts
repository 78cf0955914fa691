// The interactions the workspace benchmark times in Chromium, each on the app and (where the static page has the
// same thing) on the static baseline. Clicks go to coordinates with page.mouse, so no actionability wait counts.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { IN_PAGE } from "./in-page";

export interface Series {
  runs: number[];
  medianMs: number;
  maxMs: number;
}

const round = (x: number) => Math.round(x * 10) / 10;

export function series(values: number[]): Series {
  const sorted = [...values].sort((a, b) => a - b);
  return { runs: values.map(round), medianMs: round(sorted[Math.floor(sorted.length / 2)] ?? 0), maxMs: round(sorted[sorted.length - 1] ?? 0) };
}

const frames = (page: Page, n = 2): Promise<void> =>
  page.evaluate((count) => new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  }), n);

async function settle(page: Page) {
  await frames(page);
  await page.waitForTimeout(250);
}

/** A context as a reader would have it (reduced motion, so that scrolling to a claim is not an animation). */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: "reduce" });
  await context.addInitScript(IN_PAGE);
  return context;
}

/** Opens `url` `runs` times in a new tab; each time until `expected` distinct claims are highlighted. Keeps the last tab open. */
export async function openTimes(context: BrowserContext, url: string, expected: number, runs: number): Promise<{ open: Series; page: Page }> {
  const times: number[] = [];
  let page: Page | null = null;
  for (let run = 0; run < runs; run++) {
    if (page) await page.close();
    page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    const done = await page.waitForFunction(
      (n) => {
        const ids = new Set<string>();
        for (const el of document.querySelectorAll(".ProseMirror [data-claim-id]")) ids.add(el.getAttribute("data-claim-id") ?? "");
        return ids.size >= n ? performance.now() : false;
      },
      expected,
      { polling: "raf", timeout: 180_000 },
    );
    times.push((await done.jsonValue()) as number);
  }
  await settle(page as Page);
  return { open: series(times), page: page as Page };
}

/** The JS heap in use after a garbage collection, in MB. */
export async function heapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return round(usedSize / 1024 / 1024);
}

async function timed(page: Page, check: string, arg: string | null, event: "mousedown" | "keydown", act: () => Promise<void>): Promise<number> {
  await page.evaluate(([c, a, e]) => (window as unknown as { __bench: { arm(...x: unknown[]): void } }).__bench.arm(c, a, e), [check, arg, event] as const);
  await act();
  const ms = await page.evaluate(() => (window as unknown as { __bench: { pending: Promise<number> } }).__bench.pending);
  if (ms < 0) throw new Error(`"${check}" did not happen within 20 s.`);
  return ms;
}

/** Scrolls the claim at `ids[i]` to the middle of the screen; answers a point on its first words and the claim there. */
async function pointOnClaim(page: Page, id: string): Promise<{ x: number; y: number; id: string }> {
  await page.evaluate((claimId) => document.querySelector(`.ProseMirror [data-claim-id="${claimId}"]`)?.scrollIntoView({ block: "center" }), id);
  await settle(page);
  const point = await page.evaluate((claimId) => {
    const rect = document.querySelector(`.ProseMirror [data-claim-id="${claimId}"]`)?.getClientRects()[0];
    if (!rect) return null;
    const x = rect.left + Math.min(4, rect.width / 2);
    const y = rect.top + rect.height / 2;
    const under = document.elementFromPoint(x, y)?.closest("[data-claim-id]")?.getAttribute("data-claim-id");
    return under ? { x, y, id: under } : null;
  }, id);
  if (!point) throw new Error(`No highlight to click for claim ${id}.`);
  return point;
}

/** Clicks a highlight until it shows selected in the text and in the panel (5 claims spread over the text). */
export async function clickToSelect(page: Page, ids: readonly string[], runs: number): Promise<Series> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const target = await pointOnClaim(page, ids[Math.floor((ids.length * (run + 0.5)) / runs)] ?? "");
    await page.mouse.move(target.x, target.y);
    times.push(await timed(page, "selected", target.id, "mousedown", () => page.mouse.click(target.x, target.y)));
    await settle(page);
  }
  return series(times);
}

/** Selects about six words in the middle of the screen, as a drag would, with the text focused. */
async function selectWordsOnScreen(page: Page) {
  await page.evaluate(() => {
    const text = document.querySelector<HTMLElement>(".ProseMirror");
    if (!text) throw new Error("no text");
    text.focus({ preventScroll: true });
    const box = text.getBoundingClientRect();
    for (let dy = 0; dy < 300; dy += 12) {
      const caret = document.caretRangeFromPoint(box.left + box.width / 3, innerHeight / 2 + dy);
      const node = caret?.startContainer;
      if (!caret || !node || node.nodeType !== Node.TEXT_NODE) continue;
      const value = node.textContent ?? "";
      const start = value.lastIndexOf(" ", caret.startOffset) + 1;
      let end = start;
      for (let words = 0; words < 6 && end !== -1; words++) end = value.indexOf(" ", end + 1);
      if (end <= start) continue;
      getSelection()?.setBaseAndExtent(node, start, node, end);
      return;
    }
    throw new Error("no words to select on screen");
  });
  await settle(page);
}

/** Presses T on a selection until the New claim form shows; then cancels it. */
export async function tToForm(page: Page, ids: readonly string[], runs: number): Promise<Series> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await pointOnClaim(page, ids[Math.floor((ids.length * (run + 0.3)) / runs)] ?? "");
    await selectWordsOnScreen(page);
    times.push(await timed(page, "formOpen", null, "keydown", () => page.keyboard.press("t")));
    const form = page.getByRole("dialog", { name: "New claim" });
    await form.getByRole("button", { name: "Cancel" }).click();
    await form.waitFor({ state: "detached" });
    await settle(page);
  }
  return series(times);
}

/** Saves a new claim (a reporter statement) until its highlight shows in the text. */
export async function saveToHighlight(page: Page, ids: readonly string[], runs: number): Promise<Series> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await pointOnClaim(page, ids[Math.floor((ids.length * (run + 0.7)) / runs)] ?? "");
    await selectWordsOnScreen(page);
    await page.keyboard.press("t");
    const form = page.getByRole("dialog", { name: "New claim" });
    await form.getByRole("radio", { name: "Reporter statement" }).check();
    await form.getByRole("radio", { name: "High" }).check();
    await settle(page);
    const box = await form.getByRole("button", { name: "Save claim" }).boundingBox();
    if (!box) throw new Error("no Save claim button");
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    times.push(await timed(page, "created", null, "mousedown", () => page.mouse.click(x, y)));
    await form.waitFor({ state: "detached" });
    await settle(page);
  }
  return series(times);
}

/** Scrolls the panel's list to a place, clicks a claim there, until the text has scrolled to it and selected it. */
export async function panelClickToScroll(page: Page, runs: number): Promise<Series> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.evaluate((fraction) => {
      const item = document.querySelector("[data-claim-item]");
      let scroller = item?.parentElement ?? null;
      while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
      if (!scroller) throw new Error("no scrolling list of claims");
      scroller.scrollTop = fraction * (scroller.scrollHeight - scroller.clientHeight);
    }, (run + 0.5) / runs);
    await settle(page);
    const target = await page.evaluate(() => {
      const visible = [...document.querySelectorAll<HTMLElement>("[data-claim-item]")].filter((item) => {
        const r = item.getBoundingClientRect();
        return r.top > 150 && r.bottom < innerHeight - 20 && r.height > 0;
      });
      for (const item of visible.slice(Math.floor(visible.length / 2))) {
        const id = item.getAttribute("data-claim-item") ?? "";
        const span = document.querySelector(`.ProseMirror [data-claim-id="${id}"]`)?.getBoundingClientRect();
        if (span && (span.bottom < 0 || span.top > innerHeight)) {
          const r = (item.querySelector("button") ?? item).getBoundingClientRect();
          return { id, x: r.left + r.width / 2, y: r.top + Math.min(12, r.height / 2) };
        }
      }
      return null;
    });
    if (!target) throw new Error("no claim in the panel whose words are off screen");
    await page.mouse.move(target.x, target.y);
    times.push(await timed(page, "scrolledTo", target.id, "mousedown", () => page.mouse.click(target.x, target.y)));
    await settle(page);
  }
  return series(times);
}

/** Scrolls the text 3,000 px with the wheel (30 steps of 100 px) and collects the long tasks meanwhile. */
export async function scrollLongTasks(page: Page): Promise<{ count: number; maxMs: number; totalMs: number }> {
  await page.evaluate(() => window.scrollTo(0, 1500));
  await settle(page);
  await page.mouse.move(400, 450);
  await page.evaluate(() => (window as unknown as { __bench: { startLongTasks(): void } }).__bench.startLongTasks());
  for (let step = 0; step < 30; step++) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => (window as unknown as { __bench: { stopLongTasks(): number[] } }).__bench.stopLongTasks());
  return { count: tasks.length, maxMs: round(Math.max(0, ...tasks)), totalMs: round(tasks.reduce((a, b) => a + b, 0)) };
}
