/**
 * Indirect speech in the reporter's sentences: `X said (that) Y`, `Y, X said`, `Y, said X`, `according to X, Y`,
 * `Y, according to X`, `X told Z that Y`, follow-ons (`..., adding that Y`), speech-act verbs with an object
 * (`X condemned Y`) and headline colons (`Kirby: Russia may ...`).
 */
import type { Draft, Paragraph } from "./draft";
import { SUBORDINATORS, type Subject, contentStart, isComplementiser, sentenceSubject, skipOccasion, subjectAfter, subjectBefore } from "./frames";
import { AUXILIARIES, CLAUSE_ONLY_CUES, CUES, catenativeStart, describesSource, DETERMINERS, FOLLOW_ON_CUES, NOUN_CUES, PARTICIPLES, PREPOSITIONS, PRONOUNS, QUANTIFIER_SOURCES, ROLE_NOUNS, TIME_WORDS, TITLE_WORDS, WEAK_CUE_FORMS } from "./lexicon";
import { readMention, transcriptSpeaker, type Mention } from "./mentions";
import { lowerBound, overlapsSorted } from "./search";
import type { Token } from "./tokens";

// Cues whose content may be an infinitive ("vowed to veto the bill").
const INFINITIVE_CUES = new Set(["promise", "vow", "pledge", "threaten", "agree", "refuse", "offer", "demand", "propose", "warn", "urge"]);
const GERUND_PREPOSITIONS = new Set(["by", "after", "before", "while"]);
// Prepositions that may open a sentence before a participle of saying ("After saying Y, she ...").
const OPENING_PREPOSITIONS = new Set(["after", "before", "while", "in", "by", "upon", "on", "since"]);
// Words that open a clause of content right after a gerund ("by saying that", "by saying he"), not an object.
const CLAUSE_OPENERS = new Set(["that", "he", "she", "they", "it", "we", "i", "you", "there"]);
const REFLEXIVES = new Set(["itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"]);
const FINITE_AUXILIARIES = new Set(["has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "may", "might", "did", "does", "do", "should", "must", "can"]);
const BE = new Set(["be", "is", "was", "were", "are", "been", "being", "am"]);
const QUOTE_MARK = /^["“”«»]$/u;
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "who"]);

const BY_NOUNS = new Set(["account", "admission", "estimate", "count", "reckoning", "calculation", "calculations", "estimation", "telling"]);
const IN_NOUNS = new Set(["view", "opinion", "words", "telling", "estimation", "judgment", "judgement", "assessment", "mind", "eyes", "account"]);
const isAdverbLike = (t: Token | undefined) => !!t && !t.cap && (t.lower === "just" || t.lower === "exactly" || t.lower === "precisely" || /ly$/u.test(t.lower));
const WH_WORDS = new Set(["whether", "if", "why", "how", "what", "who", "when", "where", "which"]);

/** True when a clause follows the cue at `k` past its occasion: "ruled on Friday that", "wondered whether", "pointed out". */
function opensClause(tokens: Token[], k: number, lemma: string): boolean {
  if (lemma === "point") return tokens[k + 1]?.lower === "out";
  const next = tokens[skipOccasion(tokens, k + 1, Math.min(tokens.length, k + 8))];
  // "decided she should go", "learned they had left": a bare clause opened by a subject pronoun and its auxiliary.
  if (lemma !== "hear" && lemma !== "wonder" && !tokens[k]!.lower.endsWith("ing") && next && SUBJECT_PRONOUNS.has(next.lower) && next.lower !== "who" && FINITE_AUXILIARIES.has(tokens[skipOccasion(tokens, k + 1, Math.min(tokens.length, k + 8)) + 1]?.lower ?? "")) return true;
  // "Y, the newspaper has learned.": a perfect at the end of the sentence frames the content before it.
  if (lemma === "learn" && ["has", "have", "had"].includes(tokens[k - 1]?.lower ?? "") && (!next || /^[.!?]$/u.test(next.text))) return true;
  return !!next && (next.lower === "that" || (lemma === "wonder" || lemma === "decide" ? WH_WORDS.has(next.lower) : next.lower === "that"));
}

/** A cue token that is really a verb of saying here (not "the claims", "to say", "was told", "reports of"). */
function isCue(tokens: Token[], k: number, titleCase = false): boolean {
  const t = tokens[k]!;
  // In a headline in title case ("Governor Says Budget Is Balanced"), a capitalised cue is still a cue.
  if (!CUES.has(t.lower) || (t.cap && !(titleCase && k > 0))) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const catenative = catenativeStart(tokens, k) >= 0;
  if (prev && ((prev.lower === "to" && !catenative) || PREPOSITIONS.has(prev.lower) || (DETERMINERS.has(prev.lower) && !(QUANTIFIER_SOURCES.has(prev.lower) && !WEAK_CUE_FORMS.has(t.lower))) || prev.lower === "'s" || /['’]s$/u.test(prev.lower))) return false;
  if (prev && BE.has(prev.lower) && !t.lower.endsWith("ing")) return false;
  if (next && next.lower === "to" && !INFINITIVE_CUES.has(CUES.get(t.lower)?.lemma ?? "")) return false;
  if (next && (next.lower === "by" || next.lower === "of" || REFLEXIVES.has(next.lower))) return false;
  if (info0(t) === "ask" && next && (next.lower === "for" || next.lower === "about")) return false;
  // "maintains a fund", "maintained a lead": "maintain" with an indefinite object keeps, it does not say.
  if (info0(t) === "maintain" && next && (next.lower === "a" || next.lower === "an")) return false;
  // "Judge Park, writing for the court, ...": writing for someone is no saying.
  if (info0(t) === "write" && next?.lower === "for") return false;
  // "asked not to be named": a request not to be quoted frames nothing.
  if (next?.lower === "not" && tokens[k + 2]?.lower === "to") return false;
  // "an official briefed on the talks": a participle after a source's noun describes it.
  if (describesSource(tokens, k)) return false;
  // Phrasal verbs that are not speech: "called in to a show", "called off", "called up".
  if (info0(t) === "call" && next && ["in", "off", "up", "back", "out"].includes(next.lower)) return false;
  // "expressed doubts", "voiced fears": a noun right after a verb of saying.
  // ("making remarks", "facing charges": a noun after a participle too.)
  // (After an apposition's comma a weak form before a complementiser is the verb: "The report, released Tuesday, found that".)
  const thatNext = prev?.text === "," && ((next?.lower === "that" && isComplementiser(tokens, k + 1)) ||
    (FOLLOW_ON_CUES.has(t.lower) && !!next && (WH_WORDS.has(next.lower) || (DETERMINERS.has(next.lower) && next.lower !== "that") || PRONOUNS.has(next.lower))));
  if (WEAK_CUE_FORMS.has(t.lower) && !thatNext && (!prev || !prev.word || PREPOSITIONS.has(prev.lower) || (CUES.has(prev.lower) && !WEAK_CUE_FORMS.has(prev.lower)) || (/ing$/u.test(prev.lower) && !prev.cap))) return false;
  if (PARTICIPLES.has(t.lower) && !["has", "have", "had"].includes(prev?.lower ?? "") && t.lower !== "found" && t.lower !== "thought" && t.lower !== "felt") return false;
  // A bare base form ("worry", "say") is a verb after a subject pronoun, a plural noun or an auxiliary only.
  const info = CUES.get(t.lower);
  if (info && CLAUSE_ONLY_CUES.has(info.lemma) && !opensClause(tokens, k, info.lemma)) return false;
  // (Before a complementiser "that" it is a verb whatever its subject: "data from the survey show that".)
  const thatAfter = next?.lower === "that" && isComplementiser(tokens, k + 1);
  if (info && info.lemma === t.lower && prev && !(catenative || thatAfter || PRONOUNS.has(prev.lower) || AUXILIARIES.has(prev.lower) || prev.lower === "not" || /[^s]s$/u.test(prev.lower) || prev.lower === "people")) return false;
  // "report found that": the noun before the verb.
  if (next && WEAK_CUE_FORMS.has(t.lower) && ((CUES.has(next.lower) && !FOLLOW_ON_CUES.has(next.lower)) || FINITE_AUXILIARIES.has(next.lower))) return false;
  return true;
}

// Occasions of saying: "in an interview", "during a news conference", "in a statement", "on Twitter".
const OCCASION_NOUNS = new Set([
  "interview", "interviews", "statement", "statements", "speech", "briefing", "conference", "call", "email", "emails",
  "tweet", "tweets", "post", "letter", "hearing", "appearance", "podcast", "broadcast", "remarks", "rally", "memo",
  "op-ed", "twitter", "facebook", "instagram", "x", "television", "radio", "town", "testimony", "filing", "message",
  "note", "notes", "report", "papers", "post", "posts", "video", "blog", "newsletter", "memo", "website", "site",
  "account", "page", "show", "program", "programme", "channel",
]);
const OCCASION_PREPOSITIONS = new Set(["in", "during", "at", "on"]);

/**
 * Where indirect content ends once the occasion of saying that closes it is left out ("said the team was tired during
 * a news conference after the match" → "the team was tired"): a preposition, then the occasion noun within three words, then only its
 * complements (with whom, when).
 */
function trailingOccasion(tokens: Token[], p: Paragraph, from: number, to: number): number {
  for (let j = Math.max(from + 2, to - 12); j < to; j++) {
    const t = tokens[j]!;
    if (!OCCASION_PREPOSITIONS.has(t.lower) || p.inQuote[j] !== -1) continue;
    let n = j + 1;
    while (n < to && n - j <= 3 && !OCCASION_NOUNS.has(tokens[n]!.lower)) {
      if (!tokens[n]!.word || CUES.has(tokens[n]!.lower) && !WEAK_CUE_FORMS.has(tokens[n]!.lower)) break;
      n++;
    }
    if (n >= to || !OCCASION_NOUNS.has(tokens[n]!.lower)) continue;
    // What follows the noun: a listener or place ("with CNN", "to reporters") and a time, nothing with a verb.
    const rest = tokens.slice(n + 1, to);
    const plain = rest.every((u, i) => p.inQuote[n + 1 + i] === -1 && !FINITE_AUXILIARIES.has(u.lower) && !CUES.has(u.lower) && !(u.word && !u.cap && /[^e]ed$/u.test(u.lower)) && u.lower !== "that" && u.lower !== "who" && u.lower !== "which");
    if (plain && tokens[j - 1] && tokens[j - 1]!.word) return j;
  }
  return to;
}

/** True when the "-ing" word at `k` modifies a noun in a list ("trucking firms and shops"), not a participle's clause. */
function ingListItem(tokens: Token[], k: number, to: number): boolean {
  const noun = tokens[k + 1];
  if (!noun || !noun.word || noun.cap || DETERMINERS.has(noun.lower) || PREPOSITIONS.has(noun.lower) || PRONOUNS.has(noun.lower) || noun.lower === "that") return false;
  const and = tokens[k + 2];
  return !!and && k + 3 < to && (and.lower === "and" || and.lower === "or") && !!tokens[k + 3]?.word;
}

/** True when tokens [from, to) are only an occasion of saying: "in a note to clients", "on its website". */
function onlyOccasion(tokens: Token[], p: Paragraph, from: number, to: number): boolean {
  if (!OCCASION_PREPOSITIONS.has(tokens[from]?.lower ?? "") || to - from > 10) return false;
  let n = from + 1;
  while (n < to && n - from <= 3 && !OCCASION_NOUNS.has(tokens[n]!.lower)) n++;
  if (n >= to || !OCCASION_NOUNS.has(tokens[n]!.lower)) return false;
  return tokens.slice(n + 1, to).every((u, i) => p.inQuote[n + 1 + i] === -1 && !FINITE_AUXILIARIES.has(u.lower) && !CUES.has(u.lower) && u.lower !== "that");
}

/** First token index, from `from`, where indirect content stops: a follow-on cue, "according to", a framed quote. */
function contentEnd(tokens: Token[], p: Paragraph, from: number, to: number, framed: Set<number>): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.text === "," && next && (FOLLOW_ON_CUES.has(next.lower) || (next.lower === "according" && tokens[k + 2]?.lower === "to"))) return k;
    if (t.text === ";") return k;
    // The reporter's own clause after the content: ", contradicting ...", ", and when pressed ...".
    // (Not an item of a list: "suppliers, trucking firms and shops".)
    if (t.text === "," && next && p.inQuote[k + 1] === -1 && !next.cap && /ing$/u.test(next.lower) && next.lower.length > 5 && !FOLLOW_ON_CUES.has(next.lower) && !ingListItem(tokens, k + 1, to)) return k;
    if (t.text === "," && next && ["and", "but"].includes(next.lower) && ["when", "while", "as", "after", "before", "then", "yet", "so"].includes(tokens[k + 2]?.lower ?? "")) return k;
    // "said Y, and others warned Z": a coordinated clause with its own attribution starts a claim of its own.
    // (The comma may be a quotation's own: `because "Y," though she noted Z`.)
    const quoteComma = QUOTE_MARK.test(t.text) && p.inQuote[k] !== -1 && tokens[k - 1]?.text === ",";
    if ((t.text === "," || quoteComma) && next && ["and", "but", "while", "whereas", "though", "although"].includes(next.lower)) {
      // (Past an adjunct between commas: ", but in a footnote to its ruling, the chairman noted Z".)
      const adjunct = PREPOSITIONS.has(tokens[k + 2]?.lower ?? "");
      // (Or past a name's apposition: ", and Sen. Ann Hill, a Democrat from Ohio, complained Z".)
      const named = !!tokens[k + 2]?.cap && !adjunct;
      for (let j = k + 2, commas = 0; j < Math.min(to, k + (named ? 24 : 16)); j++) {
        if (tokens[j]!.text === "," && adjunct && commas++ === 0) continue;
        if (tokens[j]!.text === "," && named && commas++ < 2) continue;
        if (tokens[j]!.text === "," || p.inQuote[j] !== -1) break;
        if (isCue(tokens, j)) return quoteComma ? k + 1 : k;
      }
    }
    // "said Y and urged Z": a second cue of the same subject starts its own claim.
    if (t.lower === "and" && next && (isCue(tokens, k + 1) || (AUXILIARIES.has(next.lower) && tokens[k + 2] && CUES.has(tokens[k + 2]!.lower)))) return k;
    if (p.inQuote[k] !== undefined && p.inQuote[k]! >= 0 && framed.has(p.inQuote[k]!)) return k;
  }
  return to;
}

// Where the object of a speech-act verb ends: punctuation, a relative clause, or an adjunct of time or place.
const OBJECT_STOPS = new Set([
  "because", "after", "while", "saying", "during", "before", "since", "against", "amid",
  "following", "last", "this", "yesterday", "today", "when", "where", "until", "will", "would", "could", "should",
]);

const info0 = (t: Token) => CUES.get(t.lower)?.lemma;

/** True when the comma at `k` separates items of a list that "and" or "or" closes soon ("Gaza, Lebanon and Syria"). */
function inList(tokens: Token[], k: number, to: number): boolean {
  const next = tokens[k + 1];
  if (!next || !next.word || ["and", "or", "but", "which", "who", "while", "though", "although"].includes(next.lower) || /ing$/u.test(next.lower)) return false;
  for (let j = k + 2; j < Math.min(to, k + 6); j++) {
    const u = tokens[j]!;
    if (u.lower === "and" || u.lower === "or") return !!tokens[j + 1]?.word;
    if (!u.word && u.text !== ",") return false;
    if (CUES.has(u.lower) || FINITE_AUXILIARIES.has(u.lower)) return false;
  }
  return false;
}

function objectEnd(tokens: Token[], p: Paragraph, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (p.inQuote[k] !== -1) continue;
    // "plans this week to cut jobs": a noun of intent takes its infinitive past a time between them.
    if (k > from && INTENT_NOUNS.has(tokens[k - 1]!.lower) && k - 1 <= from + 2) {
      let j = k;
      while (j < to && j - k < 4 && TIME_WORDS.has(tokens[j]!.lower) && tokens[j]!.lower !== "to") j++;
      if (tokens[j]?.lower === "to" && tokens[j + 1]?.word) {
        k = j;
        continue;
      }
    }
    if (t.text === "," && k > from && inList(tokens, k, to)) continue;
    // ("last" and "this" end it only as a time: "the last line" is the object's.)
    const timeOnly = (t.lower === "last" || t.lower === "this") && !TIME_WORDS.has((tokens[k + 1]?.lower ?? "").replace(/['’]s$/u, ""));
    if (k > from && ([",", ";", ":", "—", "(", "."].includes(t.text) || (OBJECT_STOPS.has(t.lower) && !timeOnly))) return k;
    // "condemned the attack on Tuesday", "in a statement": the occasion of saying is not the object.
    if (k > from && ["in", "on", "at"].includes(t.lower) && skipOccasion(tokens, k, to) > k) return k;
    // "condemned X and urged Y": a second verb of the same subject.
    if (k > from && (t.lower === "and" || t.lower === "but") && tokens[k + 1] && (isCue(tokens, k + 1) || FINITE_AUXILIARIES.has(tokens[k + 1]!.lower) || /ed$/u.test(tokens[k + 1]!.lower))) return k;
  }
  return to;
}

function skipOpeners(tokens: Token[], from: number, to: number): number {
  while (from < to && (!tokens[from]!.word && !QUOTE_MARK.test(tokens[from]!.text))) from++;
  return skipDateline(tokens, from, to);
}

const DASHES = new Set(["—", "–", "-", "--"]);
const isUpperWord = (t: Token | undefined) => !!t && t.word && /\p{Lu}/u.test(t.text) && t.text === t.text.toUpperCase();

/**
 * Past a wire dateline that opens a paragraph ("BOSTON (AP) —", "KYIV, Ukraine —"): the place in capitals, an
 * optional region and agency, then a dash; the reporter's, not the content.
 */
function skipDateline(tokens: Token[], from: number, to: number): number {
  if (!isUpperWord(tokens[from]) || (tokens[from - 1] && tokens[from - 1]!.word)) return from;
  for (let k = from + 1; k < Math.min(to, from + 12); k++) {
    const t = tokens[k]!;
    if (DASHES.has(t.text)) return k + 1 < to ? k + 1 : from;
    if (!(isUpperWord(t) || t.cap || [",", "(", ")", "."].includes(t.text))) return from;
  }
  return from;
}

export interface IndirectInput {
  text: string;
  p: Paragraph;
  usedCues: Set<number>;
  /** Quote pieces (global indices) that are claims of their own. */
  framed: Set<number>;
  /** Direct drafts of this paragraph, to attach follow-ons and avoid overlaps. */
  direct: Draft[];
}

const QUOTED_AS = new Set(["saying", "telling", "writing", "warning", "arguing"]);
const BARE_QUANTITIES = new Set(["nothing", "much", "enough", "so", "otherwise", "more", "less", "basically", "plenty"]);
// Nouns of intent whose infinitive is part of a speech act's object ("announced plans on Monday to cut jobs").
const INTENT_NOUNS = new Set(["plans", "plan", "intention", "intent", "decision", "proposal", "bid", "effort", "push", "move"]);
const MAKE = new Set(["made", "make", "makes", "making"]);
// Verbs of speaking whose topic after "about" is what was said ("spoke about Y"); "talks" only after a subject.
const TALK = new Set(["spoke", "speak", "speaks", "speaking", "spoken", "talked", "talk", "talks", "talking"]);

/**
 * The "about" (or "of" after "speaking") that opens the topic of a verb of speaking at `k`, past "out", adverbs,
 * times and a listener ("talked with reporters about"); -1 when none follows within a few words.
 */
function topicAtIn(tokens: Token[], k: number, to: number): number {
  const prev = tokens[k - 1];
  const verb = tokens[k]!.lower;
  // A noun ("the talks about", "peace talks") or an infinitive ("to talk about") is no report of speech.
  if (!prev || DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || prev.lower === "to" || /['’]s$/u.test(prev.text)) return -1;
  if ((verb === "talks" || verb === "talk" || verb === "speak") && !(prev.cap || PRONOUNS.has(prev.lower) || AUXILIARIES.has(prev.lower))) return -1;
  for (let j = k + 1; j < Math.min(to, k + 7); j++) {
    const u = tokens[j]!;
    if (u.lower === "about" || (u.lower === "of" && verb === "speaking" && j === k + 1)) return tokens[j + 1]?.word || QUOTE_MARK.test(tokens[j + 1]?.text ?? "") ? j : -1;
    if (!u.word || u.cap && !TIME_WORDS.has(u.lower) || CUES.has(u.lower) || FINITE_AUXILIARIES.has(u.lower) || u.lower === "that") return -1;
    if (!(u.lower === "out" || u.lower === "publicly" || u.lower === "with" || u.lower === "to" || TIME_WORDS.has(u.lower) || isAdverbLike(u) || ROLE_NOUNS.has(u.lower) || DETERMINERS.has(u.lower) || PRONOUNS.has(u.lower) || u.lower === "more" || u.lower === "public")) return -1;
  }
  return -1;
}

/** The indirect-speech drafts of one paragraph. */
export function indirectDrafts({ text, p, usedCues, framed, direct }: IndirectInput): Draft[] {
  const tokens = p.tokens;
  const out: Draft[] = [];
  const draftOf = (from: number, to: number, mention: Mention | null, cue: Token, cueEnd: Token, sameAs: Draft | null): Draft | null => {
    while (to > from && !tokens[to - 1]!.word && !QUOTE_MARK.test(tokens[to - 1]!.text)) to--;
    to = trailingOccasion(tokens, p, from, to);
    while (to > from && !tokens[to - 1]!.word && !QUOTE_MARK.test(tokens[to - 1]!.text)) to--;
    if (to <= from) return null;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    if (end - start < 3) return null;
    // "said nothing", "said enough": a bare quantity is no content.
    if (to - from === 1 && BARE_QUANTITIES.has(tokens[from]!.lower) && p.inQuote[from] === -1) return null;
    // "told the players to stay calm": an order to a listener, not a claim (an infinitive after "tell" or "ask").
    if (tokens[from]!.lower === "to" && CUES.get(cue.lower)?.lemma === "tell" && cue === cueEnd) return null;
    const quoted = tokens.slice(from, to).some((_, i) => p.inQuote[from + i]! >= 0);
    return {
      start, end, mention, sameAs, previousSpeaker: false, cue: text.slice(cue.start, cueEnd.end),
      cueSpan: { start: cue.start, end: cueEnd.end }, direct: quoted ? "mixed" : "indirect",
    };
  };
  const overlapsAny = (d: Draft, others: Draft[]) => overlapsSorted(others, d.start, d.end);
  const topicAt = (k: number, to: number) => topicAtIn(tokens, k, to);
  // The end of the sentence's words from `k` (before its final punctuation).
  const sentenceEnd = (k: number, to: number) => {
    let e = to;
    while (e > k && !tokens[e - 1]!.word) e--;
    return e;
  };
  // The index of "it" opening an impersonal passive before the participle at `k` ("it was reported", "It has been
  // widely said"), or -1 when there is none.
  const impersonalPassive = (k: number, sFrom: number): number => {
    let j = k - 1;
    while (j > sFrom && (isAdverbLike(tokens[j]) || tokens[j]!.lower === "also")) j--;
    if (!BE.has(tokens[j]?.lower ?? "")) return -1;
    j--;
    while (j >= sFrom && (FINITE_AUXILIARIES.has(tokens[j]!.lower) || BE.has(tokens[j]!.lower))) j--;
    return j >= sFrom && tokens[j]!.lower === "it" && (j === sFrom || !tokens[j - 1]!.word || CLAUSE_OPENERS.has(tokens[j - 1]!.lower) || SUBORDINATORS.has(tokens[j - 1]!.lower) || ["and", "but"].includes(tokens[j - 1]!.lower)) ? j : -1;
  };
  // Where content that ends at the frame's comma stops (exclusive), for the frame starting at token `at`, or -1:
  // the comma itself, or a closing quotation mark after the comma (`Y "quoted," X said`: the mixed content keeps its
  // quoted end).
  const commaEnd = (at: number, sFrom: number): number => {
    const before = tokens[at - 1];
    if (before?.text === "," && at - 1 > sFrom) return at - 1;
    if (before && QUOTE_MARK.test(before.text) && p.inQuote[at - 1] !== -1 && tokens[at - 2]?.text === "," && at - 2 > sFrom) return at;
    return -1;
  };
  // "Y, one slide says.": a short noun phrase between the content's comma and a cue that ends the sentence is its
  // source even when its head is no word the lexicon knows.
  const closingSource = (k: number, sFrom: number, sTo: number): Subject | null => {
    const t = tokens[k]!;
    if (WEAK_CUE_FORMS.has(t.lower) || CUES.get(t.lower)?.kind !== "speech") return null;
    const after = skipOccasion(tokens, k + 1, sTo);
    if (after < sTo && !/^[.!?]$/u.test(tokens[after]!.text)) return null;
    let from = k - 1;
    while (from > sFrom && k - from <= 6 && tokens[from]!.word && !tokens[from]!.cap && !CUES.has(tokens[from]!.lower) && !PRONOUNS.has(tokens[from]!.lower) && !FINITE_AUXILIARIES.has(tokens[from]!.lower)) from--;
    if (tokens[from]?.text !== "," || from === k - 1 || commaEnd(from + 1, sFrom) < 0) return null;
    const phrase = tokens.slice(from + 1, k);
    if (!DETERMINERS.has(phrase[0]!.lower) || phrase.length < 2) return null;
    const head = phrase[phrase.length - 1]!;
    const span = { start: phrase[0]!.start, end: head.end };
    const mention: Mention = { form: "unnamed", span, name: text.slice(span.start, span.end), kind: "unnamed_source", description: null, head: head.lower, definite: phrase[0]!.lower === "the" };
    return { mention, from: from + 1 };
  };
  // The end (exclusive) of a participial clause opening the sentence at `k`: its comma, or the quotation mark closing
  // just after a quoted comma (`After saying it was "too late," she left`); -1 when it has none.
  const participleClauseEnd = (k: number, sTo: number): number => {
    for (let j = k + 1; j < sTo && j - k < 60; j++) {
      const u = tokens[j]!;
      if (/^[.;:!?]$/u.test(u.text) && p.inQuote[j] === -1) return -1;
      if (u.text !== ",") continue;
      if (p.inQuote[j] === -1) return j;
      const next = tokens[j + 1];
      if (next && QUOTE_MARK.test(next.text) && p.inQuote[j + 1] === p.inQuote[j] && tokens[j + 2] && p.inQuote[j + 2] === -1) return j + 2;
    }
    return -1;
  };
  // The subject of the main clause starting at `from`: a subject pronoun, or a name or noun phrase before its verb.
  const mainSubject = (from: number, sTo: number): Mention | null => {
    while (from < sTo && !tokens[from]!.word) from++;
    const first = tokens[from];
    if (!first) return null;
    if (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== "who" && first.lower !== "it") return readMention(text, [first]);
    // A subject with an apposition between commas before its verb: "the union's lawyer, Dana Whitfield, told".
    let c1 = from + 1;
    while (c1 < sTo && c1 - from < 8 && tokens[c1]!.word) c1++;
    if (tokens[c1]?.text === ",") {
      let c2 = c1 + 1;
      while (c2 < sTo && c2 - c1 < 10 && tokens[c2]!.text !== "," && tokens[c2]!.word) c2++;
      const verb = tokens[c2 + 1];
      if (tokens[c2]?.text === "," && verb?.word && !verb.cap) {
        const head = readMention(text, tokens.slice(from, c1));
        const apposition = readMention(text, tokens.slice(c1 + 1, c2));
        if (apposition?.form === "name" && head && head.form !== "name") return { ...apposition, description: apposition.description ?? text.slice(head.span.start, head.span.end) };
        if (head?.form === "name") return head;
      }
    }
    const m = sentenceSubject(text, tokens, from, sTo);
    if (!m || m.form === "pronoun") return null;
    let end = from;
    while (end < sTo && tokens[end]!.end <= m.span.end) end++;
    const verb = tokens[end];
    return verb && verb.word && !verb.cap ? m : null;
  };
  // "By X's (own) account,", "In X's view,", "In the words of X,": the source and where the content after the comma starts.
  const viewpoint = (k: number, sTo: number): { mention: Mention; content: number; cueEnd: Token } | null => {
    let comma = k + 1;
    while (comma < sTo && comma - k <= 10 && tokens[comma]!.text !== ",") comma++;
    if (tokens[comma]?.text !== "," || comma + 1 >= sTo) return null;
    const phrase = tokens.slice(k + 1, comma);
    const nouns = tokens[k]!.lower === "by" ? BY_NOUNS : IN_NOUNS;
    // "In the words of one aide": the source after "of".
    const of = phrase.findIndex((u) => u.lower === "of");
    if (of > 0 && nouns.has(phrase[of - 1]!.lower) && tokens[k]!.lower === "in") {
      const mention = readMention(text, phrase.slice(of + 1));
      return mention ? { mention, content: comma + 1, cueEnd: phrase[of]! } : null;
    }
    const noun = phrase[phrase.length - 1];
    const owner = phrase.findIndex((u) => /['’]s$/u.test(u.text) || ["his", "her", "their", "its"].includes(u.lower));
    if (!noun || !nouns.has(noun.lower) || owner < 0) return null;
    const o = phrase[owner]!;
    let mention: Mention | null;
    if (/['’]s$/u.test(o.text)) {
      const bare = { ...o, text: o.text.slice(0, -2), lower: o.lower.slice(0, -2), end: o.end - 2 };
      mention = readMention(text, [...phrase.slice(0, owner), bare]);
    } else mention = readMention(text, [{ ...o, text: o.lower === "her" ? "she" : o.lower === "his" ? "he" : o.lower === "its" ? "it" : "they", lower: o.lower === "her" ? "she" : o.lower === "his" ? "he" : o.lower === "its" ? "it" : "they" }]);
    return mention ? { mention, content: comma + 1, cueEnd: noun } : null;
  };
  const byCue = direct.filter((d) => d.cueSpan).sort((a, b) => a.cueSpan!.start - b.cueSpan!.start);

  // A transcript line: "HOST: Welcome back ...".
  const transcript = p.inQuote[0] === -1 ? transcriptSpeaker(text, tokens) : null;
  if (transcript && tokens[transcript.colon + 1]) {
    const c = tokens[transcript.colon]!;
    const d = draftOf(transcript.colon + 1, tokens.length, transcript.mention, c, c, null);
    // The speaker's own words, as a transcript gives them.
    const lastToken = tokens[tokens.length - 1]!;
    const end = /^[.!?]$/u.test(lastToken.text) ? lastToken.end : d?.end ?? 0;
    if (d && !overlapsAny(d, direct)) out.push({ ...d, end, direct: "direct" });
    return out;
  }
  // Headline colon: "Kirby: Russia may provide ...".
  const colon = tokens.findIndex((t) => t.text === ":");
  if (colon > 0 && colon <= 4 && p.inQuote[colon] === -1 && tokens.slice(0, colon).every((t) => t.cap || t.text === ".")) {
    const mention = readMention(text, tokens.slice(0, colon));
    const rest = tokens.slice(colon + 1);
    if (mention?.form === "name" && rest.filter((t) => t.word).length >= 4 && rest.some((t) => t.word && !t.cap)) {
      const d = draftOf(colon + 1, tokens.length, mention, tokens[colon]!, tokens[colon]!, null);
      if (d && !overlapsAny(d, direct)) out.push(d);
    }
  }

  // A headline in title case: most words capitalised, no final period.
  const words = tokens.filter((t) => t.word);
  // (Some sites end a headline with a full stop: a short paragraph in title case is a headline still.)
  const titleCase = words.length >= 4 && words.filter((t) => t.cap).length >= 0.7 * words.length && (tokens[tokens.length - 1]?.text !== "." || (words.length <= 16 && p.sentences.length === 1));
  for (const [sFrom, sTo] of p.sentences) {
    const sStart = tokens[sFrom]?.start ?? 0;
    const sEnd = tokens[sTo - 1]?.end ?? 0;
    // The sentence's quote frame, if any: a follow-on ("..., adding that") shares its speaker.
    const first = byCue[lowerBound(byCue.length, (i) => byCue[i]!.cueSpan!.start, sStart)];
    let last: Draft | null = first && first.cueSpan!.end <= sEnd ? first : null;
    const candidates: Draft[] = [];
    const add = (d: Draft | null) => {
      if (!d) return;
      candidates.push(d);
      last = d;
    };
    for (let k = sFrom; k < sTo; k++) {
      if (p.inQuote[k] !== -1 || usedCues.has(k)) continue;
      const t = tokens[k]!;
      // according to X, Y / Y, according to X
      if (t.lower === "according" && tokens[k + 1]?.lower === "to") {
        const mention = subjectAfter(text, tokens, k + 1, sTo);
        if (!mention) continue;
        let after = k + 2;
        while (after < sTo && tokens[after]!.start < mention.span.end) after++;
        if (tokens[k - 1]?.text === "," && k - 1 > sFrom) {
          add(draftOf(skipOpeners(tokens, sFrom, k - 1), k - 1, mention, t, tokens[k + 1]!, null));
        } else {
          while (after < sTo && tokens[after]!.text !== ",") after++;
          add(draftOf(after + 1, contentEnd(tokens, p, after + 1, sTo, framed), mention, t, tokens[k + 1]!, null));
        }
        continue;
      }
      // "By her own account, Y", "In the mayor's view, Y", "In the words of one aide, Y": a possessive noun of saying
      // opening the sentence.
      if ((t.lower === "by" || t.lower === "in") && k === skipOpeners(tokens, sFrom, sTo)) {
        const opened = viewpoint(k, sTo);
        if (opened) {
          add(draftOf(opened.content, contentEnd(tokens, p, opened.content, sTo, framed), opened.mention, t, opened.cueEnd, null));
          continue;
        }
      }
      // A noun of saying: "the mayor's claim that Y", "warnings from her lawyer that Y", "reports that Y".
      // (Not a participle after a comma: "..., warning that Y" is a follow-on.)
      // (After a name or a subject pronoun the form is a verb: "Lee claims that Y", "she reports that Y".)
      const before = tokens[k - 1];
      const afterSubject = !!before && ((before.cap && !/['’]s$/u.test(before.text) && !DETERMINERS.has(before.lower)) || SUBJECT_PRONOUNS.has(before.lower));
      const nounCue = NOUN_CUES.has(t.lower) && !t.cap && k > sFrom && tokens[k - 1]!.word && !afterSubject;
      if (nounCue && (tokens[k + 1]?.lower === "that" || tokens[k + 1]?.lower === "from")) {
        let that = k + 1;
        let mention: Mention | null = null;
        if (tokens[k + 1]?.lower === "from") {
          while (that < sTo && that - k < 8 && tokens[that]!.lower !== "that") that++;
          mention = that > k + 2 ? readMention(text, tokens.slice(k + 2, that)) : null;
        }
        if (tokens[that]?.lower !== "that" || !isComplementiser(tokens, that)) continue;
        const owner = tokens[k - 1];
        if (!mention && owner && /['’]s$/u.test(owner.text)) {
          // The owner: the possessive and the name or article before it ("the mayor's", "Ann Lee's").
          let a = k - 1;
          while (a - 1 >= sFrom && k - a < 5 && (tokens[a - 1]!.cap || DETERMINERS.has(tokens[a - 1]!.lower))) a--;
          const bare = { ...owner, text: owner.text.slice(0, -2), lower: owner.lower.slice(0, -2), end: owner.end - 2 };
          mention = readMention(text, [...tokens.slice(a, k - 1), bare]);
        }
        // Unowned reports and findings speak for themselves ("reports that ..." → the reports).
        if (!mention) mention = readMention(text, tokens.slice(owner && DETERMINERS.has(owner.lower) ? k - 1 : k, k + 1));
        const d = draftOf(that + 1, contentEnd(tokens, p, that + 1, sTo, framed), mention, t, t, null);
        if (d) add(d);
        continue;
      }
      // "The mayor began by saying Y", "she ended the call after insisting Y": a gerund of saying after a
      // preposition of manner or time speaks for the sentence's subject.
      const prep = tokens[k - 1];
      const gerund = CUES.get(t.lower);
      // "Claiming Y, Lee told ...", "After saying Y, she left": a participle of saying that opens the sentence speaks
      // for the subject of the main clause after its comma (a pronoun there points forward, to no earlier speaker).
      const opener = skipOpeners(tokens, sFrom, sTo);
      if (gerund && t.lower.endsWith("ing") && (k === opener || (k - 1 === opener && OPENING_PREPOSITIONS.has(prep!.lower)))) {
        const clauseEnd = participleClauseEnd(k, sTo);
        const after = clauseEnd > 0 ? mainSubject(clauseEnd, sTo) : null;
        if (after) {
          const cs = gerund.kind === "object" && tokens[k + 1]?.lower !== "that" ? k + 1 : contentStart(tokens, k, clauseEnd, gerund.lemma);
          add(draftOf(cs, clauseEnd, after, t, t, null));
          continue;
        }
      }
      if (gerund && gerund.kind !== "object" && prep && GERUND_PREPOSITIONS.has(prep.lower) && k - 1 > sFrom && !t.cap && t.lower.endsWith("ing") && CLAUSE_OPENERS.has(tokens[k + 1]?.lower ?? "")) {
        const subject = sentenceSubject(text, tokens, sFrom, k - 1);
        if (subject) {
          const cs = contentStart(tokens, k, sTo, gerund.lemma);
          add(draftOf(cs, contentEnd(tokens, p, cs, sTo, framed), subject, t, t, last));
        }
        continue;
      }
      // "As one advocate put it, Y": the idiom frames the content after the comma, as "As X said" does.
      if (t.lower === "put" && tokens[k + 1]?.lower === "it") {
        const asSubject = subjectBefore(text, tokens, k, sFrom);
        const asAt = asSubject ? asSubject.from - 1 : -1;
        if (asSubject && asAt >= sFrom && tokens[asAt]!.lower === "as" && asAt === skipOpeners(tokens, sFrom, sTo)) {
          let comma = k + 2;
          while (comma < sTo && comma - k < 12 && !(tokens[comma]!.text === "," && p.inQuote[comma] === -1)) comma++;
          if (tokens[comma]?.text === ",") add(draftOf(comma + 1, contentEnd(tokens, p, comma + 1, sTo, framed), asSubject.mention, t, tokens[k + 1]!, null));
        }
        continue;
      }
      // "The minister was quoted as saying Y": the subject of the passive is the speaker.
      if (t.lower === "quoted" && tokens[k + 1]?.lower === "as" && QUOTED_AS.has(tokens[k + 2]?.lower ?? "") && BE.has(tokens[k - 1]?.lower ?? "")) {
        const subject = subjectBefore(text, tokens, k, sFrom);
        const cs = contentStart(tokens, k + 2, sTo, CUES.get(tokens[k + 2]!.lower)?.lemma ?? "say");
        if (subject) add(draftOf(cs, contentEnd(tokens, p, cs, sTo, framed), subject.mention, t, tokens[k + 2]!, null));
        if (subject) usedCues.add(k + 2);
        continue;
      }
      // "It was reported that Y", "it is widely believed that Y": a passive with no named source.
      const it = CUES.has(t.lower) && !t.cap && /(ed|said|thought|known|understood)$/u.test(t.lower) ? impersonalPassive(k, sFrom) : -1;
      if (it >= 0) {
        const that = skipOccasion(tokens, k + 1, sTo);
        if (tokens[that]?.lower === "that" && isComplementiser(tokens, that)) {
          add(draftOf(that + 1, contentEnd(tokens, p, that + 1, sTo, framed), null, tokens[it]!, t, null));
          continue;
        }
      }
      // "The union warned of strikes": what was warned of is the content (with its "of").
      if (CUES.get(t.lower)?.lemma === "warn" && tokens[k + 1]?.lower === "of" && tokens[k + 2]?.word && (!t.cap || (titleCase && k > 0))) {
        const prevTok = tokens[k - 1];
        const subject = prevTok && !DETERMINERS.has(prevTok.lower) && !PREPOSITIONS.has(prevTok.lower) ? subjectBefore(text, tokens, k, sFrom) : null;
        if (subject) add(draftOf(k + 1, objectEnd(tokens, p, k + 2, sTo), subject.mention, t, t, null));
        continue;
      }
      // "She made it clear that Y", "made clear Y": the idiom is a cue before a clause.
      if (MAKE.has(t.lower) && !t.cap) {
        const clear = tokens[k + 1]?.lower === "it" ? k + 2 : k + 1;
        if (tokens[clear]?.lower === "clear") {
          const subject = subjectBefore(text, tokens, k, sFrom);
          let cs = clear + 1;
          if (tokens[cs]?.lower === "that" && isComplementiser(tokens, cs)) cs++;
          const clause = tokens[cs] && (cs > clear + 1 || CLAUSE_OPENERS.has(tokens[cs]!.lower) || tokens[cs]!.cap || DETERMINERS.has(tokens[cs]!.lower));
          if (subject && clause) add(draftOf(cs, contentEnd(tokens, p, cs, sTo, framed), subject.mention, t, tokens[clear]!, null));
          continue;
        }
      }
      // Speaking about a topic: "she spoke out on Monday about Y", "talked with police chiefs about Y", "speaking of
      // Y" after a comma: the topic is the content.
      if (TALK.has(t.lower) && !t.cap) {
        const about = topicAt(k, sTo);
        if (about > 0) {
          const followOn = tokens[k - 1]?.text === "," && t.lower.endsWith("ing");
          const sameAs = followOn ? last : null;
          const mention = followOn ? (last ? null : sentenceSubject(text, tokens, sFrom, k)) : (subjectBefore(text, tokens, k, sFrom)?.mention ?? null);
          if (mention || sameAs) add(draftOf(about + 1, objectEnd(tokens, p, about + 1, sTo), mention, t, tokens[about]!, sameAs));
          continue;
        }
      }
      if (!isCue(tokens, k, titleCase)) continue;
      const info = CUES.get(t.lower)!;
      const prev = tokens[k - 1];
      // Follow-on ("..., adding that Y") or coordinated cue ("said Y and urged Z"): the sentence's speaker.
      // (", going on to argue Y" is a follow-on too; so is a participle right after the occasion of the last claim:
      // "she said at a news conference announcing that Y".)
      const chain = catenativeStart(tokens, k);
      const chainedOn = chain > sFrom && tokens[chain - 1]?.text === "," && tokens[chain]!.lower.endsWith("ing");
      const afterOccasion = !!last && t.lower.endsWith("ing") && OCCASION_NOUNS.has(prev?.lower ?? "") && tokens[k + 1]?.lower === "that";
      if ((FOLLOW_ON_CUES.has(t.lower) && prev?.text === ",") || ((prev?.lower === "and" || prev?.lower === "but") && last) || chainedOn || afterOccasion) {
        const subject = last ? null : sentenceSubject(text, tokens, sFrom, k);
        if (!last && !subject) continue;
        if (info.kind === "object" && tokens[k + 1]?.lower !== "that") {
          add(draftOf(k + 1, objectEnd(tokens, p, k + 1, sTo), subject, t, t, last));
        } else {
          const cs = contentStart(tokens, k, sTo, info.lemma);
          add(draftOf(cs, contentEnd(tokens, p, cs, sTo, framed), subject, t, t, last));
        }
        continue;
      }
      let subject = subjectBefore(text, tokens, k, sFrom) ?? closingSource(k, sFrom, sTo);
      // "While he admitted Y, Mayor Reyes said Z": a pronoun in a subordinate clause opening the sentence points
      // forward to the person named as the main clause's subject.
      const opensWith = subject ? subject.from - 1 : -1;
      const subordinate = subject && opensWith >= sFrom && opensWith === skipOpeners(tokens, sFrom, sTo) && SUBORDINATORS.has(tokens[opensWith]!.lower);
      if (subject && subordinate && subject.mention.form === "pronoun" && (subject.mention.head === "he" || subject.mention.head === "she")) {
        let comma = k + 1;
        while (comma < sTo && comma - k < 40 && !(tokens[comma]!.text === "," && p.inQuote[comma] === -1)) comma++;
        const main = comma < sTo ? mainSubject(comma + 1, sTo) : null;
        if (main?.form === "name" && main.kind === "person") subject = { ...subject, mention: { ...main, span: subject.mention.span } };
      }
      // In a title-case headline a capitalised title is no name: "Retired General Says ..." is a role.
      if (titleCase && subject?.mention.form === "name" && (TITLE_WORDS.has(subject.mention.head) || ROLE_NOUNS.has(subject.mention.head))) {
        subject = { ...subject, mention: { ...subject.mention, form: "role", kind: "unnamed_source" } };
      }
      if (info.kind === "object" && subject) {
        const os = skipOccasion(tokens, k + 1, sTo);
        const contentTo = commaEnd(subject.from, sFrom);
        const commaBefore = contentTo >= 0;
        const skippedComma = tokens.slice(k + 1, os).some((u) => u.text === ",");
        if (tokens[k + 1]?.lower === "that" && isComplementiser(tokens, k + 1, true)) add(draftOf(k + 2, contentEnd(tokens, p, k + 2, sTo, framed), subject.mention, t, t, null));
        else if (commaBefore && (os >= sTo || skippedComma || tokens[os]?.text === "," || /^[.!?]$/u.test(tokens[os]?.text ?? "") || onlyOccasion(tokens, p, os, sentenceEnd(os, sTo)))) {
          // "Y, Mayor Ortiz announced Tuesday."
          add(draftOf(skipOpeners(tokens, sFrom, contentTo), contentTo, subject.mention, t, t, null));
        } else if (WH_WORDS.has(tokens[os]?.lower ?? "") || (isAdverbLike(tokens[os]) && WH_WORDS.has(tokens[os + 1]?.lower ?? ""))) {
          // "revealed how ...", "questioned whether ...": the object is a clause.
          add(draftOf(os, contentEnd(tokens, p, os, sTo, framed), subject.mention, t, t, null));
        } else {
          // "announced plans on Monday to cut jobs": the plan's infinitive is the content.
          let intent = os;
          if (DETERMINERS.has(tokens[intent]?.lower ?? "")) intent++;
          let inf = intent + 1;
          while (INTENT_NOUNS.has(tokens[intent]?.lower ?? "") && inf < sTo && inf - intent < 5 && TIME_WORDS.has(tokens[inf]!.lower) && tokens[inf]!.lower !== "to") inf++;
          const start = INTENT_NOUNS.has(tokens[intent]?.lower ?? "") && tokens[inf]?.lower === "to" && tokens[inf + 1]?.word ? inf : os;
          add(draftOf(start, objectEnd(tokens, p, start === os ? os : start + 1, sTo), subject.mention, t, t, null));
        }
        continue;
      }
      // "As the mayor noted, Y": the frame is a clause of comparison opening the sentence; Y is after its comma.
      const as = subject ? subject.from - 1 : -1;
      if (subject && as >= sFrom && tokens[as]!.lower === "as" && as === skipOpeners(tokens, sFrom, sTo)) {
        let comma = k + 1;
        while (comma < sTo && comma - k < 12 && !(tokens[comma]!.text === "," && p.inQuote[comma] === -1) && !isCue(tokens, comma)) comma++;
        if (tokens[comma]?.text === ",") {
          add(draftOf(comma + 1, contentEnd(tokens, p, comma + 1, sTo, framed), subject.mention, t, t, null));
          continue;
        }
      }
      // "what critics described as a giveaway": the content is what follows "as", up to a colon.
      if (subject && (info.lemma === "describe") && tokens[k + 1]?.lower === "as" && tokens[k + 2]?.word) {
        add(draftOf(k + 2, objectEnd(tokens, p, k + 2, sTo), subject.mention, t, t, null));
        continue;
      }
      if (subject) {
        const cs = contentStart(tokens, k, sTo, info.lemma);
        let ce = contentEnd(tokens, p, cs, sTo, framed);
        // "While he acknowledged Y, Z": a subordinate clause opening the sentence ends at its comma.
        const mention = subject.mention;
        if (subordinate) {
          for (let j = cs + 1; j < ce; j++) {
            if (tokens[j]!.text === "," && p.inQuote[j] === -1) {
              ce = j;
              break;
            }
          }
        }
        // (Nothing but the occasion after the cue is no content: "Y, economists predicted in a note to clients.")
        const hasAfter = ce - cs >= 2 && tokens.slice(cs, ce).some((u) => u.word) && !onlyOccasion(tokens, p, cs, ce);
        const contentTo = commaEnd(subject.from, sFrom);
        const commaBefore = contentTo >= 0;
        // "Y, X said Tuesday, the first ...": a comma right after the frame means the content came before it.
        const skippedComma = tokens.slice(k + 1, cs).some((u) => u.text === ",");
        if (hasAfter && !(commaBefore && skippedComma)) add(draftOf(cs, ce, mention, t, t, null));
        else if (commaBefore) {
          const before = draftOf(skipOpeners(tokens, sFrom, contentTo), contentTo, subject.mention, t, t, null);
          add(before);
          // A frame in the middle of the sentence ("If the talks fail, Kirby warned, the region could face a wider war"): the
          // clause after it is content too; an apposition after it ("..., the first increase in years") is not.
          const clause = !DETERMINERS.has(tokens[cs]?.lower ?? "") || tokens.slice(cs, ce).some((u) => FINITE_AUXILIARIES.has(u.lower));
          // (Not a clause of the reporter's own that opens with a preposition or subordinator: ", after talks broke down".)
          const reporters = PREPOSITIONS.has(tokens[cs]?.lower ?? "") || SUBORDINATORS.has(tokens[cs]?.lower ?? "");
          // (Nor a follow-on participle, which is a claim of its own: "..., the company said, blaming imports".)
          if (hasAfter && skippedComma && clause && !reporters && tokens[cs]?.word && !FOLLOW_ON_CUES.has(tokens[cs]!.lower)) {
            add(draftOf(cs, ce, before ? null : subject.mention, t, t, before));
          }
        }
        continue;
      }
      // Inverted: "Y, said Kirby."
      const contentTo = commaEnd(k, sFrom);
      if (contentTo >= 0) {
        const mention = subjectAfter(text, tokens, k, sTo);
        if (mention) add(draftOf(skipOpeners(tokens, sFrom, contentTo), contentTo, mention, t, t, null));
      }
    }
    // Where attributions nest or compete, the outermost (longest) wins: "X said that Y warned Z" is X's claim.
    const kept: Draft[] = [];
    for (const d of [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
      if (!kept.some((o) => o.start < d.end && d.start < o.end) && !overlapsAny(d, direct) && !overlapsAny(d, out)) kept.push(d);
    }
    out.push(...kept.sort((a, b) => a.start - b.start));
  }
  return out;
}
