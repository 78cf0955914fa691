// Re-anchoring at scale (issue 5): a 100,000-word article with 5,000 claims and 200 scattered edits, re-anchored
// by lib/anchoring and by a fuzzy-only baseline built on approx-string-match as Hypothesis uses it.
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { countOutcomes, diffTexts, OUTCOMES, reanchorAll, type Reanchored } from "../lib/anchoring";
import { hypothesisReanchorAll } from "../lib/anchoring/fixtures/hypothesis-baseline";
import { syntheticCase, type SyntheticCase } from "../lib/anchoring/fixtures/synthetic-article";
import { normaliseText } from "../lib/text/normalise";

const SIZE = { words: 100_000, claims: 5_000, edits: 200, seed: 20231121 };
const RUNS = 7;
const WARM_UP_RUNS = 2;
const BASELINE_RUNS = 5;
const AIM_MS = 250;

interface Timing {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** CPU time of the process (user + system), median: less sensitive than wall time to other work on the machine. */
  medianCpuMs: number;
}

const round = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Times `fn` over `runs` runs, after `warmUp` untimed runs (so that the JIT has compiled the hot code), and returns
 * the figures and the last result.
 */
function time<T>(runs: number, fn: () => T, warmUp = WARM_UP_RUNS): { timing: Timing; result: T } {
  let result: T | undefined;
  for (let i = 0; i < warmUp; i++) result = fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const t = performance.now();
    result = fn();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  if (result === undefined) throw new Error("no runs");
  return {
    timing: {
      runs,
      medianMs: round(median(wall)),
      minMs: round(Math.min(...wall)),
      maxMs: round(Math.max(...wall)),
      medianCpuMs: round(median(cpu)),
    },
    result,
  };
}

/** Outcome shares, and how many anchors are right or wrong against what the generator knows. */
function quality(c: SyntheticCase, results: Reanchored[]) {
  const counts = countOutcomes(results);
  const share = Object.fromEntries(OUTCOMES.map((o) => [o, Math.round((counts[o] / results.length) * 10_000) / 100]));
  let untouched = 0;
  let untouchedRight = 0;
  let wrong = 0;
  results.forEach((r, i) => {
    const claim = c.claims[i];
    if (!claim) return;
    if (claim.truth) untouched++;
    if (r.outcome === "orphaned" || r.start === undefined || r.end === undefined) return;
    if (claim.truth) {
      if (r.start === claim.truth.start && r.end === claim.truth.end) untouchedRight++;
      else wrong++;
      return;
    }
    // An edited claim: its words must not all be gone, and its anchor must overlap where they went.
    if (claim.erased || r.end <= claim.region.start || r.start >= claim.region.end) wrong++;
  });
  return {
    counts,
    sharePercent: share,
    untouchedClaims: untouched,
    untouchedReanchoredRight: untouchedRight,
    anchoredToWrongWords: wrong,
  };
}

/** Runs the benchmark; prints and returns its figures. */
export async function run(): Promise<Record<string, unknown>> {
  const sample = path.join(process.cwd(), "db", "seed", "examiner-2023-11-21-russia-air-defense.txt");
  const source = normaliseText(readFileSync(sample, "utf8"));
  const c = syntheticCase(source, SIZE);
  const anchors = c.claims.map((claim) => claim.anchor);
  const editKinds: Record<string, number> = {};
  for (const e of c.edits) editKinds[e.kind] = (editKinds[e.kind] ?? 0) + (e.kind === "paragraph-moved" ? 0.5 : 1);
  const article = {
    words: c.oldText.split(/\s+/u).length,
    characters: c.oldText.length,
    newCharacters: c.newText.length,
    claims: anchors.length,
    edits: Object.values(editKinds).reduce((a, b) => a + b, 0),
    editKinds,
    claimsTouchedByEdits: c.claims.filter((x) => !x.truth).length,
  };
  console.log(
    `article: ${article.words} words, ${article.characters} characters, ` +
      `${article.claims} claims, ${article.edits} edits`,
    editKinds,
  );

  const diff = time(RUNS, () => diffTexts(c.oldText, c.newText));
  const ours = time(RUNS, () => reanchorAll(c.oldText, c.newText, anchors));
  // Each baseline run takes seconds, so a warm-up run would change nothing but the wait.
  const baseline = time(BASELINE_RUNS, () => hypothesisReanchorAll(c.newText, anchors), 0);

  const figures = {
    article,
    claimlens: {
      timing: ours.timing,
      diffOnly: diff.timing,
      insertedRanges: diff.result.insertions.length,
      ...quality(c, ours.result),
    },
    hypothesisBaseline: { timing: baseline.timing, ...quality(c, baseline.result) },
    speedup: Math.round((baseline.timing.medianMs / ours.timing.medianMs) * 10) / 10,
    aimMs: AIM_MS,
    withinAim: ours.timing.medianMs < AIM_MS,
    // Other work on the machine inflates wall times; the load average says how much there was.
    loadAverage: loadavg().map(round),
    cores: availableParallelism(),
  };

  const cells = (...xs: (string | number)[]) => xs.map((x) => String(x).padStart(9)).join(" ");
  const row = (name: string, f: typeof figures.claimlens | typeof figures.hypothesisBaseline) =>
    `${name.padEnd(20)} ${cells(f.timing.medianMs, f.timing.minMs, f.timing.maxMs, f.timing.medianCpuMs)}  ` +
    OUTCOMES.map((o) => `${o} ${f.sharePercent[o]}%`).join("  ") +
    `  right ${f.untouchedReanchoredRight}/${f.untouchedClaims}  wrong ${f.anchoredToWrongWords}`;
  console.log(`${"".padEnd(20)} ${cells("median ms", "min", "max", "cpu ms")}`);
  console.log(row("claimlens", figures.claimlens));
  console.log(row("hypothesis baseline", figures.hypothesisBaseline));
  console.log(
    `diff alone: median ${diff.timing.medianMs} ms; baseline / claimlens: ${figures.speedup}x; ` +
      `aim < ${AIM_MS} ms: ${figures.withinAim ? "met" : "missed"}; ` +
      `load average ${figures.loadAverage[0]} on ${figures.cores} cores`,
  );
  return figures;
}
