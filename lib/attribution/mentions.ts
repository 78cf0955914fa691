/**
 * What a speaker phrase names: a person or organisation by name (with the description the article gives),
 * a pronoun, a role ("the spokesman"), an unnamed source ("a senior official") or a document ("the report").
 */
import type { Span, SpeakerKind } from "./types";
import type { Token } from "./tokens";
import {
  CUES, DETERMINERS, DOCUMENT_NOUNS, INSTITUTION_NOUNS, NOT_NAMES, ORG_WORDS, PLACES, PLACE_WORDS, PREPOSITIONS, PRONOUNS, QUANTIFIER_SOURCES, ROLE_NOUNS, WEAK_CUE_FORMS,
  TITLE_WORDS,
} from "./lexicon";

export type MentionForm = "name" | "pronoun" | "role" | "unnamed" | "document";

export interface Mention {
  form: MentionForm;
  span: Span;
  /** The name as written without titles, or the phrase for roles, unnamed sources and documents. */
  name: string;
  kind: SpeakerKind;
  description: string | null;
  /** Lower-case head noun of a role or document phrase ("spokesman"), or the pronoun. */
  head: string;
  definite: boolean;
}

const FINITE = new Set(["has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "did", "does"]);
const CONNECTORS = new Set(["of", "for", "de", "da", "van", "von", "bin", "al", "la", "del", "le", "and", "&", "the"]);
const POSSESSIVE = /['’]s$/u;
const bare = (t: Token) => t.lower.replace(/\.$/u, "");

function isNameToken(t: Token, first: boolean): boolean {
  if (!t.cap || !t.word) return false;
  // Acronyms ("US", "NATO") are names even where the lower-case word is not ("us").
  if (t.text.length >= 2 && /^[\p{Lu}.&-]+$/u.test(t.text)) return true;
  if (first && NOT_NAMES.has(bare(t))) return false;
  return !NOT_NAMES.has(bare(t)) || TITLE_WORDS.has(bare(t));
}

/** Capitalised runs ("National Security Council", "John Kirby", "Department of Defense") as token ranges. */
export function capitalRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isNameToken(t, true)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j];
      if (!u) break;
      if (isNameToken(u, false) || (u.text === "." && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? ""))) {
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (CONNECTORS.has(u.lower) && next && isNameToken(next, false) && !POSSESSIVE.test(tokens[j - 1]?.text ?? "")) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

const textOf = (text: string, tokens: Token[], from: number, to: number) => {
  const a = tokens[from];
  const b = tokens[to - 1];
  return a && b && to > from ? text.slice(a.start, b.end) : "";
};

function stripDeterminers(tokens: Token[], from: number, to: number): number {
  while (from < to && DETERMINERS.has(tokens[from]?.lower ?? "") && tokens[from]?.lower !== "senior") from++;
  return from;
}

/** A speaker's name in capitals at the start of a transcript line ("HOST:"), as a person mention. */
export function transcriptSpeaker(text: string, tokens: Token[]): { mention: Mention; colon: number } | null {
  let k = 0;
  while (k < tokens.length && k < 3 && tokens[k]!.word && /^[\p{Lu}][\p{Lu}'’.-]+$/u.test(tokens[k]!.text)) k++;
  if (k === 0 || tokens[k]?.text !== ":") return null;
  const a = tokens[0]!;
  const b = tokens[k - 1]!;
  const name = text.slice(a.start, b.end).toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (m) => m.toUpperCase());
  return { mention: { form: "name", span: { start: a.start, end: b.end }, name, kind: "person", description: null, head: b.lower, definite: true }, colon: k };
}

/** Reads one speaker phrase (the tokens between clause boundaries next to a cue); null when it names nobody. */
// Words that follow the noun of an unnamed source ("a person familiar with", "an official briefed on").
const POSTNOMINAL = new Set(["familiar", "close", "knowledgeable", "briefed", "involved", "aware", "informed", "present"]);

export function readMention(text: string, tokens: Token[]): Mention | null {
  let from = 0;
  let to = tokens.length;
  while (from < to && !tokens[from]?.word) from++;
  while (to > from && !tokens[to - 1]?.word) to--;
  if (to <= from || to - from > 14) return null;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || PREPOSITIONS.has(first.lower)) return null;
  const span = { start: first.start, end: last.end };

  if (to - from === 1 && QUANTIFIER_SOURCES.has(first.lower)) {
    return { form: "unnamed", span, name: first.text, kind: "unnamed_source", description: null, head: first.lower, definite: false };
  }
  if (to - from === 1 && PRONOUNS.has(first.lower) && first.text !== "US") {
    return { form: "pronoun", span, name: first.text, kind: "person", description: null, head: first.lower, definite: true };
  }

  const slice = tokens.slice(from, to);
  const runs = capitalRuns(slice).filter(([a, b]) => !(b - a === 1 && a === 0 && ROLE_NOUNS.has(slice[a]?.lower ?? "")));
  // A name owning a document ("Acme Corp.'s statement said") speaks through it.
  let run = runs[runs.length - 1];
  const afterRun = run ? slice[run[1]] : undefined;
  const possessive = run ? POSSESSIVE.test(slice[run[1] - 1]?.text ?? "") : false;
  // "the Senate majority leader": a run followed by lower-case words ending in a role is a modifier too.
  const after = run ? slice.slice(run[1]) : [];
  const modifies = after.length > 0 && after.every((t) => t.word && !t.cap) && ROLE_NOUNS.has(after[after.length - 1]!.lower);
  // (An institution's noun after a person's name too: "the Lee campaign", "the Ortiz team".)
  if (run && afterRun && !possessive && (modifies || ROLE_NOUNS.has(afterRun.lower) || DOCUMENT_NOUNS.has(afterRun.lower) || INSTITUTION_NOUNS.has(afterRun.lower))) {
    // "National Security Council officials": the run is a modifier of the head noun, not the speaker.
    run = undefined;
  }
  // "the governor's former campaign manager" is the manager, not the governor (but "the governor's letter" is hers).
  if (run && possessive && slice.slice(run[1]).some((t) => ROLE_NOUNS.has(t.lower)) && !slice.slice(run[1]).some((t) => DOCUMENT_NOUNS.has(t.lower))) {
    run = undefined;
  }
  if (run) {
    const [a, b] = run;
    let nameFrom = a;
    for (let k = a; k < b; k++) if (TITLE_WORDS.has(bare(slice[k] as Token)) && k < b - 1) nameFrom = k + 1;
    const nameTokens = slice.slice(nameFrom, b);
    const lowers = nameTokens.map(bare);
    const preceded = slice[a - 1]?.lower === "the";
    const acronym = nameTokens.length === 1 && /^[\p{Lu}.&]{2,}$/u.test(nameTokens[0]?.text ?? "");
    // People's names hold no "and" or "of", and no acronym ("ABC and CBS", "Bank of America", "NBC News").
    const joined = nameTokens.length > 1 && nameTokens.some((t) => ["and", "&", "of", "for", "the"].includes(t.lower) || /^[\p{Lu}]{2,}$/u.test(t.text));
    const org = joined || lowers.some((w) => ORG_WORDS.has(w)) || PLACE_WORDS.has(lowers[lowers.length - 1] ?? "") || preceded || acronym || (nameTokens.length <= 2 && lowers.every((w) => PLACES.has(w)));
    const whole = org ? a : nameFrom;
    let name = textOf(text, slice, whole, b).replace(POSSESSIVE, "");
    const descFrom = stripDeterminers(slice, 0, whole);
    let description = whole > descFrom ? textOf(text, slice, descFrom, whole).replace(/[,\s]+$/u, "") : null;
    if (description === "") description = null;
    if (org && /^the\s/iu.test(name)) name = name.slice(4);
    const nameSpan = { start: slice[whole]?.start ?? span.start, end: slice[b - 1]?.end ?? span.end };
    return { form: "name", span: nameSpan, name, kind: org ? "organization" : "person", description, head: bare(slice[b - 1] as Token), definite: true };
  }

  // No name: the head noun decides, the last role or document noun before a preposition ("a senior administration
  // official" is an official, "a spokesman for the ministry" a spokesman).
  const start = stripDeterminers(slice, 0, slice.length);
  let stop = slice.findIndex((t, k) => k > start && PREPOSITIONS.has(t.lower));
  if (stop < 0) stop = slice.length;
  let head: Token | undefined;
  // A hyphenated compound is read by its last part ("ex-wife", "co-founder").
  const headOf = (t: Token) => (t.lower.includes("-") ? t.lower.slice(t.lower.lastIndexOf("-") + 1) : t.lower);
  const isHead = (t: Token) => ROLE_NOUNS.has(headOf(t)) || DOCUMENT_NOUNS.has(headOf(t)) || INSTITUTION_NOUNS.has(headOf(t));
  for (let k = start; k < stop; k++) if (isHead(slice[k]!)) head = slice[k];
  head ??= slice.find((t, k) => k >= start && isHead(t));
  if (!head) return null;
  // A phrase with a verb after its head is a clause, not a speaker ("The company released a statement this week").
  const headAt = slice.indexOf(head);
  // (A cue form that is also a noun, inside a prepositional phrase, is that noun: "an analysis of campaign reports".)
  const nounInPhrase = (t: Token, k: number) => k > stop && WEAK_CUE_FORMS.has(t.lower);
  // (Inside a prepositional phrase a participle modifies a noun: "a survey of recently sold homes".)
  if (slice.some((t, k) => k > headAt && !t.cap && !(k === headAt + 1 && POSTNOMINAL.has(t.lower)) && ((CUES.has(t.lower) && !nounInPhrase(t, k)) || (/[^e]ed$/u.test(t.lower) && k < stop) || FINITE.has(t.lower)))) return null;
  // A plain word right after the head, before any preposition, is a verb: "The nurses took questions" (a noun
  // phrase goes on past its head only with a preposition, a participle or a clause).
  const afterHead = slice[headAt + 1];
  if (afterHead && headAt + 1 < stop && afterHead.word && !afterHead.cap && !/ing$/u.test(afterHead.lower) && !/^\p{N}/u.test(afterHead.text) && !["who", "which", "that"].includes(afterHead.lower) && !POSTNOMINAL.has(afterHead.lower)) return null;
  const det = first.lower;
  const definite = det === "the" || det === "this" || det === "that" || /['’]s$|^(his|her|their|its)$/u.test(det);
  const phrase = text.slice(span.start, span.end);
  if (DOCUMENT_NOUNS.has(headOf(head))) {
    return { form: "document", span, name: phrase, kind: "organization", description: null, head: head.lower, definite };
  }
  const plural = /s$/u.test(head.lower) && !/ss$/u.test(head.lower);
  const institution = INSTITUTION_NOUNS.has(headOf(head));
  return {
    form: definite && !plural ? "role" : "unnamed",
    span,
    name: phrase,
    kind: institution ? "organization" : "unnamed_source",
    description: null,
    head: head.lower,
    definite,
  };
}
