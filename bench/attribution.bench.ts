// The attribution detector's speed (issue 12): a 100,000-word synthetic article (the anchoring benchmark's
// bigram chain over the sample article, so quotes and speech verbs recur as in news) and 1,000 words of it,
// with reporter statements on. Aims: under 1 s and under 50 ms.
import { readFileSync } from "node:fs";
import path from "node:path";
import { detectClaims } from "../lib/attribution";
import { syntheticCase } from "../lib/anchoring/fixtures/synthetic-article";
import { normaliseText } from "../lib/text/normalise";

const AIM_MS = { large: 1000, small: 50 };
const round = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The two texts the detector is timed on. */
export function speedTexts(): { large: string; small: string } {
  const sample = normaliseText(readFileSync(path.join(__dirname, "..", "db/seed/examiner-2023-11-21-russia-air-defense.txt"), "utf8"));
  const large = syntheticCase(sample, { words: 100_000, claims: 0, edits: 0, seed: 20231121 }).oldText;
  return { large, small: large.split(" ").slice(0, 1000).join(" ") };
}

/** Median wall and CPU time of the detector on `text` over `runs` runs after two warm-up runs. */
export function timeDetector(text: string, runs: number): { medianMs: number; medianCpuMs: number; claims: number } {
  let claims = 0;
  for (let i = 0; i < 2; i++) claims = detectClaims(text, { reporterStatements: true }).length;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = cpuMs();
    const t = performance.now();
    detectClaims(text, { reporterStatements: true });
    wall.push(performance.now() - t);
    cpu.push(cpuMs() - c);
  }
  return { medianMs: round(median(wall)), medianCpuMs: round(median(cpu)), claims };
}

export async function run(): Promise<Record<string, unknown>> {
  const { large, small } = speedTexts();
  const figures = { large: { words: 100_000, ...timeDetector(large, 7) }, small: { words: 1000, ...timeDetector(small, 51) }, aimMs: AIM_MS };
  console.log(
    `100,000 words: median ${figures.large.medianMs} ms (CPU ${figures.large.medianCpuMs} ms), ${figures.large.claims} suggestions; aim ${AIM_MS.large} ms\n` +
      `1,000 words: median ${figures.small.medianMs} ms (CPU ${figures.small.medianCpuMs} ms); aim ${AIM_MS.small} ms`,
  );
  return figures;
}
