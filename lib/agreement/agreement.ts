/**
 * Agreement between analysts who annotated the same article independently: span precision / recall / F1 for
 * attributed claims and for reporter statements, and, on the spans they matched, agreement on kind, speaker,
 * cue and confidence, with Cohen's κ per pair and Krippendorff's α over everyone.
 */
import { CLAIM_KINDS, CONFIDENCE_LEVELS, type ClaimKind, type Confidence } from "../model";
import { cohensKappa } from "./kappa";
import { krippendorffsAlpha } from "./alpha";
import { matchSpans, precisionRecall, type PrecisionRecall, type Span } from "./spans";
import { clusterClaims, sameCue } from "./units";

/** One analyst's claim as agreement sees it. Speakers are compared by directory id (aliases and merges resolved). */
export interface RatedClaim extends Span {
  id: string;
  kind: ClaimKind;
  speakerId: string | null;
  cue: string | null;
  confidence: Confidence;
}

export interface Analyst {
  id: string;
  name: string;
  claims: readonly RatedClaim[];
}

type Figures = Omit<PrecisionRecall, "a" | "b"> & { a: number; b: number };

export interface SpanFigures {
  exact: Figures;
  lenient: Figures;
}

export interface PairAgreement {
  a: string;
  b: string;
  attributed: SpanFigures;
  reporter: SpanFigures;
  /** Claims of either kind matched leniently: the items the figures below rest on. */
  matched: number;
  kind: { agreement: number | null; kappa: number | null; n: number };
  /** Cohen's κ with linear weights, since low < moderate < high. */
  confidence: { agreement: number | null; kappa: number | null; n: number };
  /** On matched pairs that are both attributed claims. */
  speaker: { agreement: number | null; n: number };
  cue: { agreement: number | null; n: number };
}

export interface ArticleAgreement {
  analysts: { id: string; name: string }[];
  pairs: PairAgreement[];
  overall: { alpha: { kind: number | null; confidence: number | null }; n: number };
}

/** The figures for every pair of analysts and Krippendorff's α over all of them. */
export function articleAgreement(analysts: readonly Analyst[]): ArticleAgreement {
  const pairs: PairAgreement[] = [];
  for (let i = 0; i < analysts.length; i++) {
    for (let j = i + 1; j < analysts.length; j++) pairs.push(pairAgreement(analysts[i] as Analyst, analysts[j] as Analyst));
  }
  const units = clusterClaims(analysts);
  const kinds = units.map((u) => u.versions.map((v) => v.claim.kind));
  const confidences = units.map((u) => u.versions.map((v) => v.claim.confidence));
  const kind = krippendorffsAlpha(kinds, CLAIM_KINDS, "nominal");
  const confidence = krippendorffsAlpha(confidences, CONFIDENCE_LEVELS, "ordinal");
  return {
    analysts: analysts.map(({ id, name }) => ({ id, name })),
    pairs,
    overall: { alpha: { kind: kind.alpha, confidence: confidence.alpha }, n: kind.units },
  };
}

/**
 * The figures over several articles: each pair over the articles both analysts annotated, α over every unit of
 * every article. Spans are moved apart article by article so that no match crosses from one article to another.
 */
export function corpusAgreement(articles: readonly { analysts: readonly Analyst[] }[]): ArticleAgreement {
  const names = new Map<string, string>();
  const pooled = new Map<string, RatedClaim[]>();
  const together = new Map<string, RatedClaim[][]>(); // "a b" → per shared article, [a's claims, b's claims] pooled below
  let shift = 0;
  const shiftedArticles = articles.map((article) => {
    const shifted = article.analysts.map((a) => ({ ...a, claims: a.claims.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift })) }));
    shift += Math.max(0, ...article.analysts.flatMap((a) => a.claims.map((c) => c.end))) + 1;
    return shifted;
  });
  for (const analysts of shiftedArticles) {
    for (const a of analysts) {
      names.set(a.id, a.name);
      pooled.set(a.id, [...(pooled.get(a.id) ?? []), ...a.claims]);
    }
    for (let i = 0; i < analysts.length; i++) {
      for (let j = i + 1; j < analysts.length; j++) {
        const [x, y] = [analysts[i] as Analyst, analysts[j] as Analyst].sort((p, q) => (p.id < q.id ? -1 : 1)) as [Analyst, Analyst];
        const key = `${x.id} ${y.id}`;
        const both = together.get(key) ?? [[], []];
        (both[0] as RatedClaim[]).push(...x.claims);
        (both[1] as RatedClaim[]).push(...y.claims);
        together.set(key, both);
      }
    }
  }
  const pairs = [...together.entries()].map(([key, [x, y]]) => {
    const [a, b] = key.split(" ") as [string, string];
    return pairAgreement({ id: a, name: names.get(a) ?? a, claims: x ?? [] }, { id: b, name: names.get(b) ?? b, claims: y ?? [] });
  });
  const everyone = [...pooled.entries()].map(([id, claims]) => ({ id, name: names.get(id) ?? id, claims }));
  const overall = articleAgreement(everyone).overall;
  return { analysts: everyone.map(({ id, name }) => ({ id, name })), pairs, overall };
}

/** The figures of analyst `a` against analyst `b` (b as the reference for precision and recall). */
export function pairAgreement(a: Analyst, b: Analyst): PairAgreement {
  const spans = (kind: ClaimKind) => {
    const x = a.claims.filter((c) => c.kind === kind);
    const y = b.claims.filter((c) => c.kind === kind);
    return { exact: precisionRecall(x, y, "exact"), lenient: precisionRecall(x, y, "lenient") };
  };
  const matches = matchSpans(a.claims, b.claims, "lenient").map((m) => [a.claims[m.a] as RatedClaim, b.claims[m.b] as RatedClaim] as const);
  const bothAttributed = matches.filter(([x, y]) => x.kind === "attributed" && y.kind === "attributed");
  return {
    a: a.id,
    b: b.id,
    attributed: spans("attributed"),
    reporter: spans("reporter"),
    matched: matches.length,
    kind: cohensKappa(matches.map(([x, y]) => [x.kind, y.kind] as const), CLAIM_KINDS),
    confidence: cohensKappa(matches.map(([x, y]) => [x.confidence, y.confidence] as const), CONFIDENCE_LEVELS, "linear"),
    speaker: share(bothAttributed, ([x, y]) => x.speakerId === y.speakerId),
    cue: share(bothAttributed, ([x, y]) => sameCue(x.cue, y.cue)),
  };
}

function share<T>(items: readonly T[], agree: (item: T) => boolean): { agreement: number | null; n: number } {
  if (items.length === 0) return { agreement: null, n: 0 };
  return { agreement: items.filter(agree).length / items.length, n: items.length };
}
