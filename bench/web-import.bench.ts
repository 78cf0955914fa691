// Extraction of an article from a page (issue 13): Readability on linkedom, with metadata, formatting and the
// removed parts, on the saved test pages and on a large page (a long article among 2,000 navigation links and
// 300 comments), in CPU time per page, since the machine may be shared.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "../lib/extract/extract-article";

const RUNS = 15;
const WARM_UP = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number) => Math.round(x * 10) / 10;

function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function time(html: string) {
  for (let i = 0; i < WARM_UP; i++) extractArticle(html, "https://news.example/a");
  const runs = Array.from({ length: RUNS }, () => cpuMs(() => extractArticle(html, "https://news.example/a")));
  const article = extractArticle(html, "https://news.example/a");
  return {
    htmlKB: round(Buffer.byteLength(html) / 1024),
    medianCpuMs: round(median(runs)),
    textCharacters: article.text.length,
    formattingRanges: article.formatting.length,
    removedParts: article.removed.length,
  };
}

function largePage(): string {
  const sample = readFileSync(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"), "utf8");
  const paragraphs = sample.split("\n\n").map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")} <b>bold</b> <a href="/x">link</a></p>`);
  const article = Array.from({ length: 10 }, () => paragraphs.join("\n")).join("\n<h2>More</h2>\n");
  const nav = Array.from({ length: 2000 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join("");
  const comments = Array.from({ length: 300 }, (_, i) => `<li class="comment"><p>Comment ${i}: thank you for this report, it is very useful.</p></li>`).join("");
  return `<!doctype html><html lang="en"><head><title>Large</title></head><body><nav><ul>${nav}</ul></nav><article>${article}</article><section id="comments"><ol>${comments}</ol></section></body></html>`;
}

export async function run() {
  const fixtures = ["news-jsonld.html", "blog-comments.html", "og-only.html"];
  const pages: Record<string, ReturnType<typeof time>> = {};
  for (const name of fixtures) pages[name] = time(readFileSync(path.join(process.cwd(), "lib", "extract", "fixtures", name), "utf8"));
  pages["large page"] = time(largePage());
  for (const [name, figures] of Object.entries(pages)) console.log(`${name}: ${figures.htmlKB} KB → ${figures.medianCpuMs} ms CPU, ${figures.textCharacters} characters, ${figures.formattingRanges} ranges, ${figures.removedParts} removed`);
  return { runs: RUNS, pages };
}
