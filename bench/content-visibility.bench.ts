// What `content-visibility: auto` costs each frame, by how many blocks carry it (the next step of issue 11): the
// 100,000-word synthetic article with 5,000 highlights as the workspace benchmark's static page, with the property on
// no block, on each of its 1,780 paragraphs (as the workspace has it) and on sections of 50 paragraphs. Chromium
// watches each such block with an intersection observer of its own, and checks every one on each frame that changes
// anything; a frame here toggles one highlight's class. Times Chromium's `computeIntersections` per frame (trace).
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { chromium } from "@playwright/test";
import { syntheticCase } from "../lib/anchoring/fixtures/synthetic-article";
import { normaliseText } from "../lib/text/normalise";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { serveStatic, staticPage } from "./workspace/static-page";

const PORT = Number(process.env.BENCH_PORT ?? 3231) + 2;
const FRAMES = 30;
const ROUNDS = 3;

/** The static page with its paragraphs in sections of `size`. */
function inSections(html: string, size: number): string {
  let n = 0;
  return html
    .replace('<main class="ProseMirror"><p>', '<main class="ProseMirror"><section><p>')
    .replace(/<\/p><p>/g, () => (++n % size === 0 ? "</p></section><section><p>" : "</p><p>"))
    .replace("</p></main>", "</p></section></main>");
}

export async function run() {
  const sample = normaliseText(readFileSync(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"), "utf8"));
  const c = syntheticCase(sample, { words: 100_000, claims: 5_000, edits: 0, seed: 20231121 });
  const page0 = staticPage(c.oldText, c.claims.map(({ anchor }) => ({ ...anchor, id: randomUUID() })));
  const withRule = (html: string, rule: string) => html.replace("</style>", `${rule}</style>`);
  const variants = {
    none: page0,
    paragraphs: withRule(page0, ".ProseMirror p{content-visibility:auto;contain-intrinsic-size:auto 160px}"),
    sectionsOf50: withRule(inSections(page0, 50), ".ProseMirror section{content-visibility:auto;contain-intrinsic-size:auto 9000px}"),
  };
  const browser = await chromium.launch(chromiumLaunchOptions);
  const perFrame: Record<string, number[]> = {};
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, html] of Object.entries(variants)) {
        const server = await serveStatic(html, PORT);
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        try {
          await page.goto(server.url);
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
          await page.waitForTimeout(500);
          await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
          await page.evaluate(`(async () => {
            const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
            const spans = [...document.querySelectorAll(".claim")].filter((s) => { const r = s.getBoundingClientRect(); return r.top > 0 && r.bottom < innerHeight; });
            for (let i = 0; i < ${FRAMES}; i++) { await frame(); spans[i % spans.length].classList.toggle("is-selected"); await frame(); }
          })()`);
          const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; dur?: number }[] }).traceEvents;
          const ms = events.filter((e) => e.name === "IntersectionObserverController::computeIntersections").reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
          (perFrame[name] ??= []).push(Math.round((ms / FRAMES) * 100) / 100);
        } finally {
          await page.close();
          await server.stop();
        }
      }
    }
  } finally {
    await browser.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  for (const [name, runs] of Object.entries(perFrame)) {
    console.log(`  ${name.padEnd(14)} intersection checks ${String(median(runs)).padStart(6)} ms a frame (runs ${runs.join(", ")})`);
  }
  const ratio = median(perFrame.sectionsOf50 ?? []) > 0 ? Math.round(median(perFrame.paragraphs ?? []) / median(perFrame.sectionsOf50 ?? [])) : null;
  console.log(`  paragraphs / sections of 50: ×${ratio}`);
  return { frames: FRAMES, perFrameMs: perFrame, paragraphsOverSections: ratio };
}
