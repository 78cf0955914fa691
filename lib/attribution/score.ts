/**
 * A small scorer for the repository's attribution gold (the regression tests use it; `npm run eval:attribution`
 * prefers the shared scorer when it is present). Attributed content is matched one to one, best overlap first:
 * exact when the spans are equal once outer quotes, brackets and trailing punctuation are trimmed, lenient at a
 * character Jaccard of at least 0.5. Speakers are compared on lenient matches ("Kirby" is "John Kirby").
 */
export interface GoldClaim {
  type: "attributed" | "reporter";
  speaker: string | null;
  canonical: string | null;
  start: number;
  end: number;
}

export interface Predicted {
  kind: "attributed" | "reporter";
  start: number;
  end: number;
  speaker: string | null;
}

export interface Totals {
  gold: number;
  predicted: number;
  exact: number;
  lenient: number;
  speakerChecked: number;
  speakerRight: number;
  kindTotal: number;
  kindRight: number;
}

const LEAD = /^[\s"“”‘’'«»([]+/u;
const TRAIL = /[\s"“”‘’'«».,;:!?)\]]+$/u;

function core(text: string, start: number, end: number): [number, number] {
  const s = text.slice(start, end);
  const lead = s.length - s.replace(LEAD, "").length;
  const trail = s.length - s.replace(TRAIL, "").length;
  return lead + trail >= s.length ? [start, end] : [start + lead, end - trail];
}

function jaccard(a: [number, number], b: [number, number]): number {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return union > 0 ? inter / union : 0;
}

const TITLES = /\b(mr|mrs|ms|miss|dr|prof|sen|rep|gov|gen|col|lt|sgt|adm|president|senator|secretary|minister|the)\.?\s+/gu;
const nameWords = (name: string | null) =>
  (name ?? "").toLowerCase().replace(/['’]s\b/gu, "").replace(TITLES, "").split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** The same speaker: equal names, or one name's words inside the other's. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(" ") === y.join(" ")) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w)) && short.some((w) => w.length > 2);
}

function match(gold: [number, number][], pred: [number, number][], threshold: number): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const j = jaccard(g, p);
    if (j > 0 && j >= threshold - 1e-12) pairs.push([j, gi, pi]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const used = new Map<number, number>();
  const taken = new Set<number>();
  for (const [, gi, pi] of pairs) if (!used.has(gi) && !taken.has(pi)) (used.set(gi, pi), taken.add(pi));
  return used;
}

export function scoreArticle(text: string, goldClaims: GoldClaim[], predicted: Predicted[], fullCoverage: boolean): Totals {
  const gold = goldClaims.filter((c) => c.type === "attributed");
  const pred = predicted.filter((p) => p.kind === "attributed");
  const gs = gold.map((c) => core(text, c.start, c.end));
  const ps = pred.map((p) => core(text, p.start, p.end));
  const lenient = match(gs, ps, 0.5);
  let speakerChecked = 0;
  let speakerRight = 0;
  for (const [gi, pi] of lenient) {
    const g = gold[gi]!;
    if (!g.canonical) continue;
    speakerChecked++;
    const s = pred[pi]!.speaker;
    if (sameSpeaker(s, g.canonical) || sameSpeaker(s, g.speaker)) speakerRight++;
  }
  let kindTotal = 0;
  let kindRight = 0;
  if (fullCoverage) {
    for (const c of goldClaims) {
      kindTotal++;
      const span = core(text, c.start, c.end);
      const best = (kind: string) => predicted.filter((p) => p.kind === kind).reduce((m, p) => Math.max(m, jaccard(span, core(text, p.start, p.end))), 0);
      const att = best("attributed");
      const rep = best("reporter");
      const guess = att >= 0.5 ? "attributed" : rep >= 0.5 ? "reporter" : c.type === "reporter" && att < 0.2 ? "reporter" : "none";
      if (guess === c.type) kindRight++;
    }
  }
  return { gold: gold.length, predicted: pred.length, exact: match(gs, ps, 1).size, lenient: lenient.size, speakerChecked, speakerRight, kindTotal, kindRight };
}

const f1 = (hit: number, predicted: number, gold: number) => {
  const p = predicted ? hit / predicted : 0;
  const r = gold ? hit / gold : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function summarise(all: Totals[]) {
  const t = all.reduce<Totals>((s, x) => {
    for (const k of Object.keys(s) as (keyof Totals)[]) s[k] += x[k];
    return s;
  }, { gold: 0, predicted: 0, exact: 0, lenient: 0, speakerChecked: 0, speakerRight: 0, kindTotal: 0, kindRight: 0 });
  return {
    exact: f1(t.exact, t.predicted, t.gold),
    lenient: f1(t.lenient, t.predicted, t.gold),
    speakerAccuracy: t.speakerChecked ? t.speakerRight / t.speakerChecked : 0,
    kindAccuracy: t.kindTotal ? t.kindRight / t.kindTotal : null,
    totals: t,
  };
}
