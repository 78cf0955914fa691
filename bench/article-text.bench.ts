// Saving an edited text end to end (issue 5): the same 100,000-word article, 5,000 claims and 200 edits as the
// anchoring benchmark, but through replaceArticleText, so the figure includes reading the claims, the snapshot of
// the old revision, the new revision row and the bulk update of every claim, in one transaction. PGlite always;
// PostgreSQL too when DATABASE_URL is set (in a database created for the run and dropped after).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Connection } from "../db/client";
import { createArticle } from "../db/articles/articles";
import { replaceArticleText } from "../db/articles/article-text";
import { claims } from "../db/schema";
import { env } from "../lib/env";
import { syntheticCase } from "../lib/anchoring/fixtures/synthetic-article";
import { normaliseText } from "../lib/text/normalise";

const SIZE = { words: 100_000, claims: 5_000, edits: 200, seed: 20231121 };
// Each run saves the other text of the pair (old → new, new → old, ...), so every save re-anchors all claims.
const RUNS = 6;
const AIM_MS = 1000;

const round = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function benchBackend(name: string, open: () => Promise<Connection>) {
  const sample = normaliseText(readFileSync(path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt"), "utf8"));
  const c = syntheticCase(sample, SIZE);
  const connection = await open();
  try {
    const { db } = connection;
    const article = await createArticle(db, { title: "Bench", text: c.oldText, format: "text", sourceUrl: null, publishedAt: null });
    const rows = c.claims.map(({ anchor }) => ({
      articleId: article.id,
      start: anchor.start,
      end: anchor.end,
      quote: anchor.quote,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      kind: "reporter" as const,
      confidence: "moderate" as const,
    }));
    for (let i = 0; i < rows.length; i += 500) await db.insert(claims).values(rows.slice(i, i + 500));

    const wall: number[] = [];
    let last: Awaited<ReturnType<typeof replaceArticleText>> | undefined;
    for (let run = 0; run < RUNS; run++) {
      const text = run % 2 === 0 ? c.newText : c.oldText;
      const t = performance.now();
      last = await replaceArticleText(db, article.id, { text, baseRevision: run + 1, action: "edit", actor: null });
      wall.push(performance.now() - t);
    }
    const figures = {
      backend: name,
      saves: RUNS,
      medianMs: round(median(wall)),
      minMs: round(Math.min(...wall)),
      maxMs: round(Math.max(...wall)),
      lastSaveCounts: last?.counts,
    };
    console.log(
      `${name}: save of a ${c.oldText.length.toLocaleString("en-US")}-character text with ${rows.length} claims: ` +
        `median ${figures.medianMs} ms (min ${figures.minMs}, max ${figures.maxMs}) over ${RUNS} saves; aim ${AIM_MS} ms`,
    );
    return figures;
  } finally {
    await connection.close();
  }
}

/** Runs the benchmark; prints and returns its figures. */
export async function run(): Promise<Record<string, unknown>> {
  const results = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), "claimlens-bench-"));
  try {
    results.push(await benchBackend("PGlite", () => openDatabase({ dataDir: dir })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { databaseUrl } = env();
  if (databaseUrl) {
    const { default: postgres } = await import("postgres");
    const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const name = `claimlens_bench_${process.pid}_${Date.now()}`;
    try {
      await admin.unsafe(`create database "${name}"`);
      const url = new URL(databaseUrl);
      url.pathname = `/${name}`;
      results.push(await benchBackend("PostgreSQL", () => openDatabase({ url: url.toString() })));
    } finally {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  } else {
    console.log("(DATABASE_URL is not set: PostgreSQL skipped.)");
  }
  return { size: SIZE, aimMs: AIM_MS, load: os.loadavg(), cpus: os.cpus().length, results };
}
