// The speaker page at scale (issue 4): 1,000,000 claims over 20,000 articles and 5,000 speakers, one of whom
// has 50,000 claims, in PostgreSQL. Reports the server time (the domain functions' time) of the first page and
// of filtered pages of that speaker, median and p95 over repeated requests. Runs only with DATABASE_URL set: it
// creates a fresh database beside that one and drops it at the end (BENCH_KEEP_DB=1 keeps it, to EXPLAIN queries).
import { availableParallelism, loadavg } from "node:os";
import { sql } from "drizzle-orm";
import { openDatabase, type Database } from "../db/client";
import { countSpeakerClaims, listSpeakerClaims } from "../db/speakers/speaker-claims";
import { listSpeakerDirectory } from "../db/speakers/speaker-directory";
import { speakerStats } from "../db/speakers/speaker-stats";
import { NO_CLAIM_FILTERS } from "../lib/speakers/claim-filters";
import type { SpeakerClaimsQuery } from "../lib/speakers/schemas";

const SIZE = { claims: 1_000_000, articles: 20_000, speakers: 5_000, hotClaims: 50_000, chunk: 100_000 };
const RUNS = 60;
const WARM_UP = 5;
const AIM_MS = 50;

// Sixteen sentences, each a claim in the making; an article is them three times over (about 3 KB).
const SENTENCES = [
  "The ministry said the pipeline would reopen before the winter.",
  "Officials warned that the ceasefire could collapse within days.",
  "Talks on the grain corridor will resume in Istanbul next week.",
  "The sanctions have hurt Europe far more than they have hurt Russia.",
  "Air defense systems were moved closer to the border overnight.",
  "No civilian sites were hit during the strikes on Tuesday.",
  "The embassy staff had broken no rules, the statement said.",
  "Shipments of fertiliser are still held up in three ports.",
  "The summit communiqué was written in advance by the hosts.",
  "Military equipment worth billions of dollars is being sought.",
  "Satellite collection capabilities are being developed with help.",
  "The proposal is theatre rather than serious diplomacy.",
  "Wagner fighters will not provide equipment to Hezbollah.",
  "Energy prices across the region will keep rising this year.",
  "The investigation will be published in the coming days.",
  "Peace talks are impossible while the shelling continues.",
];
const TEXT = [...SENTENCES, ...SENTENCES, ...SENTENCES].join(" ");

interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

async function time(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARM_UP; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] ?? 0;
  return { runs, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(ms[0] ?? 0), maxMs: round(ms[ms.length - 1] ?? 0) };
}

/** Seeds the corpus with set-based SQL; the triggers fill claims.article_date and the speakers' counters. */
async function seed(db: Database): Promise<{ hotId: string; someArticleId: string; seconds: Record<string, number> }> {
  const seconds: Record<string, number> = {};
  const step = async (name: string, fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    seconds[name] = round((performance.now() - t) / 1000);
    console.log(`  ${name}: ${seconds[name]} s`);
  };
  await step("speakers", async () => {
    await db.execute(sql`insert into speakers (name, kind, description)
      select case when g = 1 then 'John Kirby' else 'Speaker ' || g end,
             (array['person','person','organization','unnamed_source'])[1 + g % 4]::speaker_kind,
             'Benchmark speaker ' || g
      from generate_series(1, ${SIZE.speakers}) g`);
    await db.execute(sql`insert into speaker_aliases (speaker_id, alias)
      select id, 'Alias of ' || name from speakers where name like 'Speaker 1%'`);
    await db.execute(sql`insert into speaker_aliases (speaker_id, alias) select id, 'Kirby' from speakers where name = 'John Kirby'`);
    await db.execute(sql`create table bench_speakers as select row_number() over (order by case when name = 'John Kirby' then 0 else 1 end, id) as n, id from speakers`);
    await db.execute(sql`create unique index on bench_speakers (n)`);
  });
  await step("articles", async () => {
    // Publication dates over five years; one article in ten is undated (it counts from its import).
    await db.execute(sql`insert into articles (title, text, text_sha256, source_url, published_at)
      select 'Benchmark article ' || g, ${TEXT}, encode(sha256(convert_to(${TEXT}, 'UTF8')), 'hex'),
             'https://news.example/' || g,
             case when g % 10 = 0 then null else timestamptz '2019-01-01' + ((g * 7919) % 1826) * interval '1 day' end
      from generate_series(1, ${SIZE.articles}) g`);
    await db.execute(sql`create table bench_articles as select row_number() over (order by id) as n, id from articles`);
    await db.execute(sql`create unique index on bench_articles (n)`);
  });
  const spans: { k: number; start: number; end: number; quote: string }[] = [];
  let at = 0;
  for (let k = 0; k < SENTENCES.length * 3; k++) {
    const sentence = SENTENCES[k % SENTENCES.length]!;
    spans.push({ k, start: at, end: at + sentence.length - 1, quote: sentence.slice(0, -1) });
    at += sentence.length + 1;
  }
  await db.execute(sql`create table bench_spans as select * from jsonb_to_recordset(${JSON.stringify(spans)}::jsonb) as s(k int, start int, "end" int, quote text)`);
  // Building the indexes once after the load is several times faster than keeping seven of them up to date
  // row by row; the triggers stay, so article dates and speaker counters are filled as in real use.
  const indexes = (await db.execute(
    sql`select indexname as name, indexdef as def from pg_indexes where tablename = 'claims' and indexname <> 'claims_pkey'`,
  )) as unknown as { name: string; def: string }[];
  await step("drop claim indexes", async () => {
    for (const index of indexes) await db.execute(sql.raw(`drop index "${index.name}"`));
  });
  await step("claims", async () => {
    for (let from = 1; from <= SIZE.claims; from += SIZE.chunk) {
      const to = Math.min(SIZE.claims, from + SIZE.chunk - 1);
      // The first 50,000 claims are John Kirby's, over all articles; the rest spread over the other speakers.
      await db.execute(sql`insert into claims (article_id, start, "end", quote, prefix, suffix, kind, speaker_id, cue, confidence, note)
        select a.id, s.start, s."end", s.quote, '', '', 'attributed', sp.id,
               (array['said','added','warned','told','according to', null])[1 + (g * 13) % 6],
               (array['low','moderate','high'])[1 + (g * 7) % 3]::confidence_level,
               case when g % 20 = 0 then 'Checked against the transcript.' end
        from generate_series(${from}::bigint, ${to}::bigint) g
        join bench_articles a on a.n = 1 + (g * 7901) % ${SIZE.articles}
        join bench_spans s on s.k = (g * 31) % 48
        join bench_speakers sp on sp.n = case when g <= ${SIZE.hotClaims} then 1 else 2 + g % ${SIZE.speakers - 1} end`);
      process.stdout.write(`    ${to.toLocaleString("en-US")} claims\r`);
    }
  });
  await step("rebuild claim indexes", async () => {
    await db.execute(sql`set maintenance_work_mem = '256MB'`);
    for (const index of indexes) await db.execute(sql.raw(index.def));
  });
  await step("vacuum analyze", async () => {
    await db.execute(sql`vacuum analyze`);
  });
  const [hot] = (await db.execute(sql`select id from speakers where name = 'John Kirby'`)) as unknown as { id: string }[];
  const [article] = (await db.execute(
    sql`select article_id as id from claims where speaker_id = ${hot!.id} group by article_id order by count(*) desc limit 1`,
  )) as unknown as { id: string }[];
  return { hotId: hot!.id, someArticleId: article!.id, seconds };
}

/** Runs the benchmark; prints and returns its figures. */
export async function run(): Promise<Record<string, unknown>> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (!serverUrl) {
    console.log("skipped: set DATABASE_URL to a PostgreSQL server (a fresh database is created beside it and dropped)");
    return { skipped: true };
  }
  const { default: postgres } = await import("postgres");
  const name = `claimlens_bench_speakers_${process.pid}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await openDatabase({ url: url.toString() });
  try {
    const db = connection.db;
    console.log(`seeding ${SIZE.claims.toLocaleString("en-US")} claims, ${SIZE.articles.toLocaleString("en-US")} articles, ${SIZE.speakers.toLocaleString("en-US")} speakers…`);
    const started = performance.now();
    const { hotId, someArticleId, seconds } = await seed(db);
    const seedSeconds = round((performance.now() - started) / 1000);

    const q = (fields: Partial<SpeakerClaimsQuery>): SpeakerClaimsQuery => ({ ...NO_CLAIM_FILTERS, sort: "newest", cursor: null, limit: 25, ...fields });
    let deep: string | null = null;
    for (let i = 0; i < 40; i++) deep = (await listSpeakerClaims(db, hotId, q({ cursor: deep }), null)).nextCursor;

    const scenarios: [string, SpeakerClaimsQuery][] = [
      ["first page (newest first)", q({})],
      ["page 41 (cursor)", q({ cursor: deep })],
      ["first page, oldest first", q({ sort: "oldest" })],
      ["first page, by confidence", q({ sort: "confidence" })],
      ["filtered: high confidence", q({ confidence: ["high"] })],
      ["filtered: high + a year", q({ confidence: ["high"], from: "2021-01-01", to: "2021-12-31" })],
      ["filtered: low or moderate, oldest", q({ confidence: ["low", "moderate"], sort: "oldest" })],
      ["filtered: cue “warned”", q({ cue: "warned" })],
      ["filtered: words “pipeline winter”", q({ q: "pipeline winter" })],
      ["filtered: one article", q({ articleId: someArticleId })],
      ["filtered: a week, nothing else", q({ from: "2022-03-01", to: "2022-03-07" })],
    ];
    const pages: Record<string, Timing & { items: number }> = {};
    for (const [label, query] of scenarios) {
      const items = (await listSpeakerClaims(db, hotId, query, null)).items.length;
      pages[label] = { ...(await time(RUNS, () => listSpeakerClaims(db, hotId, query, null))), items };
    }
    const other = {
      "count: high confidence": await time(RUNS, () => countSpeakerClaims(db, hotId, { ...NO_CLAIM_FILTERS, confidence: ["high"] }, null)),
      "count: words “pipeline winter”": await time(RUNS, () => countSpeakerClaims(db, hotId, { ...NO_CLAIM_FILTERS, q: "pipeline winter" }, null)),
      "speaker stats (chart, cues, articles)": await time(20, () => speakerStats(db, hotId)),
      "directory: most claims, first page": await time(RUNS, () => listSpeakerDirectory(db, { sort: "claims", limit: 50 })),
      "directory: latest claim, first page": await time(RUNS, () => listSpeakerDirectory(db, { sort: "latest", limit: 50 })),
      "directory: search “speaker 12”": await time(RUNS, () => listSpeakerDirectory(db, { sort: "name", limit: 50, q: "speaker 12" })),
    };

    const cells = (...xs: (string | number)[]) => xs.map((x) => String(x).padStart(9)).join(" ");
    console.log(`\n${"".padEnd(40)} ${cells("median ms", "p95 ms", "max ms", "items")}`);
    for (const [label, t] of Object.entries(pages)) console.log(`${label.padEnd(40)} ${cells(t.medianMs, t.p95Ms, t.maxMs, t.items)}`);
    for (const [label, t] of Object.entries(other)) console.log(`${label.padEnd(40)} ${cells(t.medianMs, t.p95Ms, t.maxMs, "")}`);
    const worstPageP95 = Math.max(...Object.values(pages).map((t) => t.p95Ms));
    const statsP95 = other["speaker stats (chart, cues, articles)"].p95Ms;
    console.log(`\nseeding took ${seedSeconds} s; worst page p95 ${worstPageP95} ms (aim < ${AIM_MS} ms: ${worstPageP95 < AIM_MS ? "met" : "missed"}); overview statistics p95 ${statsP95} ms (aim < ${AIM_MS} ms: ${statsP95 < AIM_MS ? "met" : "missed"}); load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`);
    return {
      size: SIZE,
      runs: RUNS,
      seedSeconds,
      seedStepsSeconds: seconds,
      pages,
      other,
      aimMs: AIM_MS,
      worstPageP95Ms: worstPageP95,
      withinAim: worstPageP95 < AIM_MS,
      statsP95Ms: statsP95,
      statsWithinAim: statsP95 < AIM_MS,
      loadAverage: loadavg().map(round),
      cores: availableParallelism(),
    };
  } finally {
    await connection.close();
    if (process.env.BENCH_KEEP_DB === "1") console.log(`kept the database ${name}; drop it when done`);
    else await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}
