/**
 * npm run eval:attribution [-- --errors]: runs the attribution detector over the shared development corpus
 * (../shared/corpora/polnear-dev, when present) and the repository's own gold (lib/attribution/gold), writes
 * predictions in the scorer's format to a temporary folder, scores them, and times the detector.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { detectClaims } from "../lib/attribution";
import { sameSpeaker, scoreArticle as ownScore, summarise as ownSummarise, type Totals } from "../lib/attribution/score";
import { toSuggestion } from "../lib/attribution/suggestion";
import { loadRepositoryGold } from "../lib/attribution/gold/load";
import { speedTexts, timeDetector } from "../bench/attribution.bench";

const root = resolve(__dirname, "..");
// The shared corpora (a development corpus and its scorer) beside the repository; CLAIMLENS_CORPORA points elsewhere.
const sharedDir = resolve(root, process.env.CLAIMLENS_CORPORA ?? "../shared/corpora");
const showErrors = process.argv.includes("--errors");

interface Gold {
  article: string;
  provenance: string | null;
  claims: { type: "attributed" | "reporter"; speaker: string | null; canonical: string | null; start: number; end: number; quote: string }[];
}

interface Scorer {
  scoreArticle: (text: string, gold: Gold["claims"], suggestions: unknown[], o: { fullCoverage: boolean }) => Record<string, number>;
  summarise: (t: Record<string, number>) => unknown;
  add: (t: Record<string, number>, one: Record<string, number>) => void;
  describe: (s: unknown) => string;
}

async function evaluate(name: string, dir: string, scorer: Scorer | null) {
  const out = mkdtempSync(join(tmpdir(), `claimlens-eval-${name}-`));
  const total: Record<string, number> = {};
  const own: Totals[] = [];
  for (const file of readdirSync(join(dir, "gold")).filter((f) => f.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, "gold", file), "utf8")) as Gold;
    const text = readFileSync(join(dir, "articles", gold.article), "utf8");
    const claims = detectClaims(text, { reporterStatements: true });
    const suggestions = claims.map((c) => toSuggestion(text, c));
    writeFileSync(join(out, file), JSON.stringify({ suggestions }));
    const fullCoverage = gold.provenance !== "PolNeAR" && !gold.claims.every((c) => c.type === "attributed");
    if (scorer) scorer.add(total, scorer.scoreArticle(text, gold.claims, suggestions, { fullCoverage }));
    else own.push(ownScore(text, gold.claims, suggestions, fullCoverage));
    if (showErrors) printErrors(file, text, gold, suggestions);
  }
  const summary = scorer ? scorer.describe(scorer.summarise(total)) : describeOwn(ownSummarise(own));
  console.log(`${name}: ${summary}\n  predictions in ${out}`);
}

function describeOwn(s: ReturnType<typeof ownSummarise>): string {
  const pct = (x: number) => (x * 100).toFixed(1);
  const t = s.totals;
  return `${t.gold} gold / ${t.predicted} predicted attributed spans; lenient P ${pct(s.lenient.precision)} R ${pct(s.lenient.recall)} ` +
    `F1 ${pct(s.lenient.f1)}; exact F1 ${pct(s.exact.f1)}; speaker ${pct(s.speakerAccuracy)}% of ${t.speakerChecked}` +
    (s.kindAccuracy === null ? "" : `; kind of every span ${pct(s.kindAccuracy)}% of ${t.kindTotal}`) + " (own scorer)";
}

function printErrors(file: string, text: string, gold: Gold, suggestions: ReturnType<typeof toSuggestion>[]) {
  const att = suggestions.filter((s) => s.kind === "attributed");
  const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => {
    const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
  };
  console.log(`\n=== ${file}`);
  for (const g of gold.claims.filter((c) => c.type === "attributed")) {
    const best = att.reduce<{ j: number; s: (typeof att)[number] | null }>((b, s) => (overlap(g, s) > b.j ? { j: overlap(g, s), s } : b), { j: 0, s: null });
    if (best.j < 0.5) console.log(`MISS [${g.canonical}] ${text.slice(g.start, g.end).slice(0, 110)}${best.s ? `  (best ${best.j.toFixed(2)}: ${text.slice(best.s.start, best.s.end).slice(0, 60)})` : ""}`);
    else if (best.s && g.canonical && !sameSpeaker(best.s.speaker, g.canonical) && !sameSpeaker(best.s.speaker, g.speaker)) console.log(`SPEAKER want ${g.canonical} got ${best.s.speaker} : ${text.slice(g.start, g.end).slice(0, 60)}`);
  }
  for (const s of att) {
    if (!gold.claims.some((g) => g.type === "attributed" && overlap(g, s) >= 0.5)) console.log(`FP [${s.speaker} / ${s.cue}] ${text.slice(s.start, s.end).slice(0, 110)}`);
  }
}

function speed() {
  const { large, small } = speedTexts();
  const show = (t: ReturnType<typeof timeDetector>) => `median ${t.medianMs} ms (CPU ${t.medianCpuMs} ms)`;
  console.log(`speed, with reporter statements: 100,000 words ${show(timeDetector(large, 5))}; 1,000 words ${show(timeDetector(small, 21))}`);
}

async function main() {
  const scorerPath = join(sharedDir, "score-attribution.mjs");
  const scorer = existsSync(scorerPath) ? ((await import(pathToFileURL(scorerPath).href)) as Scorer) : null;
  if (existsSync(join(sharedDir, "polnear-dev"))) await evaluate("polnear-dev", join(sharedDir, "polnear-dev"), scorer);
  else console.log("polnear-dev: skipped (../shared/corpora/polnear-dev is not here)");
  // The repository gold in the scorer's layout (gold/*.json beside articles/), built from lib/attribution/gold.
  const repo = mkdtempSync(join(tmpdir(), "claimlens-gold-"));
  mkdirSync(join(repo, "gold"));
  mkdirSync(join(repo, "articles"));
  for (const g of await loadRepositoryGold()) {
    writeFileSync(join(repo, "articles", g.article), g.text);
    writeFileSync(join(repo, "gold", `${g.name}.json`), JSON.stringify({ article: g.article, provenance: "Claimlens", claims: g.claims }));
  }
  await evaluate("repository gold", repo, scorer);
  speed();
}

void main();
