import type { Span } from "./span";
import { sentenceAround, sentenceSpans } from "../text/sentences";

/**
 * Attribution cues: the verbs and phrases by which a reporter hands a statement to a source. Each entry lists
 * the forms that may appear in text; a match is reported in the form found ("warned", "according to").
 */
const CUE_FORMS: string[][] = [
  ["said", "says", "say", "saying"],
  ["warned", "warns", "warn", "warning"],
  ["added", "adds", "adding"],
  ["told", "tells", "telling"],
  ["according to"],
  ["stated", "states"],
  ["noted", "notes", "noting"],
  ["claimed", "claims", "claiming"],
  ["argued", "argues", "arguing"],
  ["explained", "explains"],
  ["announced", "announces", "announcing"],
  ["asserted", "asserts"],
  ["insisted", "insists", "insisting"],
  ["confirmed", "confirms", "confirming"],
  ["denied", "denies", "denying"],
  ["acknowledged", "acknowledges"],
  ["alleged", "alleges"],
  ["wrote", "writes"],
  ["reported", "reports"],
  ["stressed", "stresses"],
  ["emphasized", "emphasised", "emphasizes", "emphasises"],
  ["suggested", "suggests"],
  ["estimated", "estimates"],
  ["predicted", "predicts"],
  ["cautioned", "cautions"],
  ["urged", "urges"],
  ["vowed", "vows"],
  ["threatened", "threatens"],
  ["accused", "accuses"],
  ["believes", "believed"],
  ["maintained", "maintains"],
  ["testified", "testifies"],
  ["tweeted", "posted"],
];

const ALL_FORMS = CUE_FORMS.flat().sort((a, b) => b.length - a.length);
const CUE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${ALL_FORMS.map((f) => f.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** Every attribution cue in a stretch of text, with its position. */
export function findCues(text: string, within: Span = { start: 0, end: text.length }): { cue: string; start: number; end: number }[] {
  const slice = text.slice(within.start, within.end);
  const out: { cue: string; start: number; end: number }[] = [];
  for (const m of slice.matchAll(CUE_PATTERN)) {
    const start = within.start + (m.index ?? 0);
    out.push({ cue: m[0].toLowerCase().replace(/\s+/g, " "), start, end: start + m[0].length });
  }
  return out;
}

/**
 * The cue to prefill for a claim: an attribution verb in the claim's sentence, preferring one outside the
 * quoted words (the reporter's "Kirby said" rather than a "said" inside the quote), nearest to the claim.
 */
export function suggestCue(text: string, span: Span, sentences: Span[] = sentenceSpans(text)): string | null {
  const sentence = sentenceAround(text, span, sentences);
  const cues = findCues(text, sentence);
  if (cues.length === 0) return null;
  const distance = (c: { start: number; end: number }) =>
    c.end <= span.start ? span.start - c.end : c.start >= span.end ? c.start - span.end : Number.POSITIVE_INFINITY;
  const outside = cues.filter((c) => Number.isFinite(distance(c))).sort((a, b) => distance(a) - distance(b));
  return (outside[0] ?? cues[0])?.cue ?? null;
}
