// Export at scale (issue 3): 100,000 claims over 2,000 articles, seeded by bulk insert into a fresh database
// (PGlite in a temporary folder; and PostgreSQL too when DATABASE_URL is set, in a database created for the
// run and dropped after it). Each format is exported through the same streaming code as GET /api/export and
// timed, with memory sampled as it runs; then the lossless export is imported into an empty database.
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { openDatabase, type Connection, type Database } from "../db/client";
import { prepareCorpusExport } from "../db/exchange/corpus-export";
import { importDocument } from "../db/exchange/import";
import { articles, claims, speakerAliases, speakers, type NewClaim } from "../db/schema";
import { quoteWithContext } from "../lib/claims/context";
import { env } from "../lib/env";
import { EXPORT_FORMATS, type ExportFormat } from "../lib/export/formats";
import { textStream } from "../lib/export/serializers";
import { CLAIM_KINDS, CONFIDENCE_LEVELS } from "../lib/model";

// CLAIMLENS_BENCH_SCALE=0.1 runs a tenth of the corpus, for a quick look or a profile.
const SCALE = Number(process.env.CLAIMLENS_BENCH_SCALE ?? "1") || 1;
const SIZE = { articles: Math.max(1, Math.round(2_000 * SCALE)), claimsPerArticle: 50, speakers: 200 };
const MB = 1024 * 1024;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Tracks the peak RSS and heap while a task runs, sampling on a timer and whenever asked. */
function memorySampler() {
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    return m;
  };
  const timer = setInterval(sample, 10);
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return {
        baseRssMB: round(base.rss / MB),
        peakRssMB: round(peakRss / MB),
        rssGrowthMB: round((peakRss - base.rss) / MB),
        baseHeapMB: round(base.heapUsed / MB),
        peakHeapMB: round(peakHeap / MB),
        heapGrowthMB: round((peakHeap - base.heapUsed) / MB),
      };
    },
  };
}

// A garbage collection on demand, without --expose-gc on the command line: memory figures then show what the
// export holds rather than garbage not yet collected.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** Sentences with the characters that cost something to export: curly quotes, and emoji in one article in five. */
function articleText(n: number): { text: string; spans: { start: number; end: number; quote: string }[] } {
  const parts: string[] = [];
  const spans: { start: number; end: number; quote: string }[] = [];
  let length = 0;
  for (let i = 0; i < SIZE.claimsPerArticle; i++) {
    const emoji = n % 5 === 0 ? " 🛰️" : "";
    const quote = `The convoy ${i} of article ${n} moved${emoji} toward the border overnight`;
    const sentence = `“${quote},” an official said on day ${i}.`;
    const start = length + 1;
    spans.push({ start, end: start + quote.length, quote });
    parts.push(sentence);
    length += sentence.length + (i % 10 === 9 ? 2 : 1);
    if (i % 10 === 9 && i < SIZE.claimsPerArticle - 1) parts.push("\n");
  }
  const text = parts.join(" ").replace(/ \n /g, "\n\n");
  return { text, spans };
}

/** Inserts the corpus in bulk, a few hundred rows per statement. */
async function seed(db: Database): Promise<number> {
  const started = performance.now();
  const speakerRows = Array.from({ length: SIZE.speakers }, (_, i) => ({ id: randomUUID(), name: `Speaker ${i}`, kind: "person" as const, description: null }));
  await db.insert(speakers).values(speakerRows);
  await db.insert(speakerAliases).values(speakerRows.map((s, i) => ({ speakerId: s.id, alias: `S${i}` })));
  for (let first = 0; first < SIZE.articles; first += 100) {
    const articleRows = [];
    const claimRows: NewClaim[] = [];
    for (let n = first; n < Math.min(SIZE.articles, first + 100); n++) {
      const { text, spans } = articleText(n);
      // Check the generator: every span must hold its quote once the text is assembled.
      if (spans.some((s) => text.slice(s.start, s.end) !== s.quote)) throw new Error("the seed text is misaligned");
      const id = randomUUID();
      articleRows.push({ id, title: `Article ${n}`, text, textSha256: createHash("sha256").update(text).digest("hex"), sourceUrl: `https://news.example/${n}` });
      spans.forEach(({ quote: _quote, ...span }, i) => {
        const kind = CLAIM_KINDS[i % 3 === 0 ? 1 : 0] as (typeof CLAIM_KINDS)[number];
        claimRows.push({
          articleId: id,
          ...span,
          ...quoteWithContext(text, span),
          kind,
          speakerId: kind === "attributed" ? speakerRows[(n + i) % SIZE.speakers]!.id : null,
          cue: kind === "attributed" ? "said" : null,
          confidence: CONFIDENCE_LEVELS[i % 3] as (typeof CONFIDENCE_LEVELS)[number],
          note: i % 4 === 0 ? `Checked against wire copy, note ${i}.` : null,
        });
      });
    }
    await db.insert(articles).values(articleRows);
    for (let i = 0; i < claimRows.length; i += 1000) await db.insert(claims).values(claimRows.slice(i, i + 1000));
  }
  return round((performance.now() - started) / 1000, 2);
}

async function exportOnce(db: Database, format: ExportFormat) {
  gc();
  const memory = memorySampler();
  const heapAt: Record<string, number> = {};
  const started = performance.now();
  const prepared = await prepareCorpusExport(db, format, {}, {
    onProgress: ({ claims: done }) => {
      memory.sample();
      const quarter = Math.floor((done / prepared.total.claims) * 4);
      if (quarter > 0 && !(`q${quarter}` in heapAt)) {
        // What the export holds at each quarter, garbage collected first (with --expose-gc): flat if it streams.
        gc();
        heapAt[`q${quarter}`] = round(process.memoryUsage().heapUsed / MB);
      }
    },
  });
  // Pulled through the same byte stream the HTTP response reads; the bytes are counted and dropped.
  const reader = textStream(prepared.chunks()).getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    format,
    claims: prepared.total.claims,
    seconds: round(seconds, 2),
    claimsPerSecond: Math.round(prepared.total.claims / seconds),
    outputMB: round(bytes / MB),
    memory: { ...memory.stop(), heapMBAtQuarters: heapAt },
  };
}

/** Exports the corpus losslessly into memory and imports it into an empty database, timed. */
async function importOnce(source: Database, target: Database) {
  let text = "";
  const prepared = await prepareCorpusExport(source, "claimlens", {});
  for await (const chunk of prepared.chunks()) text += chunk;
  const document: unknown = JSON.parse(text);
  text = "";
  gc();
  const memory = memorySampler();
  const started = performance.now();
  // The import itself: computing the new articles' suggestions (on by default) is the detector's bench.
  const report = await importDocument(target, document, { suggest: false });
  const seconds = (performance.now() - started) / 1000;
  return {
    claims: report.summary.claims.created,
    seconds: round(seconds, 2),
    claimsPerSecond: Math.round(report.summary.claims.created / seconds),
    memory: memory.stop(),
  };
}

async function benchBackend(name: string, open: () => Promise<Connection>) {
  console.log(`\n${name}: seeding ${SIZE.articles * SIZE.claimsPerArticle} claims over ${SIZE.articles} articles…`);
  const connection = await open();
  const target = await open();
  try {
    const seedSeconds = await seed(connection.db);
    console.log(`  seeded in ${seedSeconds} s`);
    const formats = [];
    for (const format of EXPORT_FORMATS) {
      const figures = await exportOnce(connection.db, format);
      console.log(
        `  ${format.padEnd(9)} ${String(figures.claimsPerSecond).padStart(7)} claims/s  ${String(figures.seconds).padStart(6)} s  ${String(figures.outputMB).padStart(6)} MB  ` +
          `peak RSS ${figures.memory.peakRssMB} MB (+${figures.memory.rssGrowthMB})  peak heap ${figures.memory.peakHeapMB} MB (+${figures.memory.heapGrowthMB})  heap by quarter ${JSON.stringify(figures.memory.heapMBAtQuarters)}`,
      );
      formats.push(figures);
    }
    const importFigures = await importOnce(connection.db, target.db);
    console.log(`  import    ${importFigures.claimsPerSecond} claims/s  ${importFigures.seconds} s  peak heap +${importFigures.memory.heapGrowthMB} MB`);
    return { backend: name, seedSeconds, formats, import: importFigures };
  } finally {
    await connection.close();
    await target.close();
  }
}

export async function run(): Promise<Record<string, unknown>> {
  const results = [];
  const dirs: string[] = [];
  try {
    results.push(
      await benchBackend("PGlite", async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "claimlens-bench-"));
        dirs.push(dir);
        return openDatabase({ dataDir: dir });
      }),
    );
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }

  const { databaseUrl } = env();
  if (databaseUrl) {
    const { default: postgres } = await import("postgres");
    const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const names: string[] = [];
    try {
      results.push(
        await benchBackend("PostgreSQL", async () => {
          const name = `claimlens_bench_${process.pid}_${names.length}_${Date.now()}`;
          await admin.unsafe(`create database "${name}"`);
          names.push(name);
          const url = new URL(databaseUrl);
          url.pathname = `/${name}`;
          return openDatabase({ url: url.toString() });
        }),
      );
    } finally {
      for (const name of names) await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  } else {
    console.log("\n(DATABASE_URL is not set: PostgreSQL skipped.)");
  }
  return { size: { ...SIZE, claims: SIZE.articles * SIZE.claimsPerArticle }, load: os.loadavg(), cpus: os.cpus().length, results };
}
