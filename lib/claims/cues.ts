import { cueForms } from "../attribution/lexicon";
import type { Span } from "./span";
import { sentenceAround, sentenceSpans } from "../text/sentences";

/**
 * Attribution cues: the verbs and phrases by which a reporter hands a statement to a source. The tag form prefills
 * the common ones below; their forms come from the attribution detector's lexicon (one list of cue verbs and their
 * inflections), less the bare base form, which in a reporter's sentence is more often an infinitive or a noun ("to
 * say", "the state", "a report") than the cue. A match is reported in the form found ("warned", "according to").
 */
const PREFILLED_CUES = [
  "say", "warn", "add", "tell", "state", "note", "claim", "argue", "explain", "announce", "assert", "insist", "confirm",
  "deny", "acknowledge", "allege", "write", "report", "stress", "emphasize", "emphasise", "suggest", "estimate",
  "predict", "caution", "urge", "vow", "threaten", "accuse", "believe", "maintain", "testify", "tweet", "post",
];

// The present tense of the commonest cues keeps its bare form: "officials say", "experts warn".
const BARE_FORM_TOO = new Set(["say", "warn"]);

/** The forms the tag form looks for, by cue (exported for its test). */
export const CUE_FORMS: string[][] = [
  ...PREFILLED_CUES.map((lemma) => cueForms(lemma).filter((f) => f !== lemma || BARE_FORM_TOO.has(lemma))),
  ["according to"],
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
