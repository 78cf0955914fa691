/**
 * The frame around a cue: the speaker phrase before it ("National Security Council coordinator John Kirby said"),
 * after it ("said Kirby"), and where the content after it starts ("told reporters on Tuesday that ...").
 */
import type { Token } from "./tokens";
import { AUXILIARIES, CLAUSE_BREAKS, CUES, catenativeStart, describesSource, DETERMINERS, NOT_NAMES, PREPOSITIONS, PRONOUNS, ROLE_NOUNS, TIME_WORDS, WEAK_CUE_FORMS } from "./lexicon";
import { readMention, type Mention } from "./mentions";

const PUNCT_BREAK = new Set([",", ";", ":", "“", "”", '"', "(", ")", "—", "–", ".", "!", "?", "[", "]", "«", "»"]);
const PUNCT_BREAK_HARD = new Set([";", ":", "“", "”", '"', ".", "!", "?"]);
// (Nouns in -ly are no adverbs: "Lawyers for the family argued".)
const LY_NOUNS = new Set(["family", "rally", "supply", "assembly", "ally", "reply", "monopoly", "anomaly", "assembly", "homily", "melee"]);
const isAdverb = (t: Token) => /ly$/u.test(t.lower) && t.lower.length > 4 && !t.cap && !LY_NOUNS.has(t.lower);

export interface Subject {
  mention: Mention;
  /** Index of the first token of the subject phrase (for a content that ends before it). */
  from: number;
}

/** Skips auxiliaries and adverbs back from a cue ("has also said"); the index of the last subject token. */
function skipBack(tokens: Token[], i: number, floor: number): number {
  while (i >= floor) {
    const t = tokens[i];
    if (!t) break;
    if (AUXILIARIES.has(t.lower) || isAdverb(t) || t.lower === "not" || t.lower === "n't") i--;
    else break;
  }
  return i;
}

/** The phrase ending at token `end - 1` back to a clause boundary, at most `max` tokens, from no earlier than `floor`. */
function phraseBack(tokens: Token[], end: number, floor: number, max = 12): number {
  let i = end - 1;
  while (i >= floor && end - i <= max) {
    const t = tokens[i];
    if (!t || PUNCT_BREAK.has(t.text) || (CLAUSE_BREAKS.has(t.lower) && (!t.cap || COORDINATORS.has(t.lower))) || (CUES.has(t.lower) && !WEAK_CUE_FORMS.has(t.lower) && !describesSource(tokens, i))) break;
    // "While he acknowledged ...": a subordinator opening the sentence is not part of the subject.
    if (i === floor && SUBORDINATORS.has(t.lower)) break;
    i--;
  }
  return i + 1;
}

// Conjunctions that end a subject even capitalised at the start of a sentence ("But they said ...").
const COORDINATORS = new Set(["and", "but", "so", "or", "nor"]);

/** Words that open a subordinate clause ("While she agreed ..., the mayor said ..."). */
export const SUBORDINATORS = new Set(["while", "although", "though", "because", "if", "when", "after", "before", "since", "as", "until", "unless", "whereas"]);

const APPOSITION_OPENERS = new Set(["who", "which", "whose", "a", "an", "the", "speaking", "himself", "herself", "itself", "also", "now", "then", "once", "formerly", "both"]);

/**
 * The speaker phrase just before the cue at `cue`, as a mention. An apposition between commas ("David Schulz,
 * a lawyer for the outlets, said"; "Two officials, speaking on condition of anonymity, said"; "Hezbollah, which
 * has Iran's support, has condemned") belongs to the phrase before it; a name on either side of the commas wins.
 */
export function subjectBefore(text: string, tokens: Token[], cue: number, floor: number): Subject | null {
  // "continued to insist": the subject is the catenative verb's.
  const chain = catenativeStart(tokens, cue);
  if (chain > floor) cue = chain;
  let end = skipBack(tokens, cue - 1, floor) + 1;
  // "Sen. Ann Lee (D-Ore.) said": a parenthesis after the name.
  if (tokens[end - 1]?.text === ")") {
    let open = end - 2;
    while (open > floor && end - open < 12 && tokens[open]?.text !== "(") open--;
    if (tokens[open]?.text === "(") end = skipBack(tokens, open - 1, floor) + 1;
  }
  if (end <= floor) return null;
  if (tokens[end - 1]?.text === ",") {
    // The comma that opens the apposition.
    let open = end - 2;
    while (open > floor && end - open < 30 && tokens[open]?.text !== "," && !PUNCT_BREAK_HARD.has(tokens[open]?.text ?? "")) open--;
    if (open <= floor || tokens[open]?.text !== ",") return null;
    const head = phraseBack(tokens, open, floor);
    const first = readMention(text, tokens.slice(head, open));
    const inner = tokens.slice(open + 1, end - 1);
    const second = readMention(text, inner);
    if (!first) return null;
    // "The findings, published in the journal Nature, suggest": a participle's phrase describes; its name is no speaker.
    const participial = inner[0] && !inner[0].cap && /ed$/u.test(inner[0].lower) && inner.length > 1;
    if (second?.form === "name" && first.form !== "name" && first.form !== "pronoun" && !participial) {
      return { mention: { ...second, description: second.description ?? text.slice(first.span.start, first.span.end) }, from: head };
    }
    const describes = second && (second.form === "role" || second.form === "unnamed") && inner[0] && APPOSITION_OPENERS.has(inner[0].lower) && !["who", "which", "whose"].includes(inner[0].lower);
    if (describes && first.form === "name" && !first.description) {
      return { mention: { ...first, description: text.slice(second.span.start, second.span.end) }, from: head };
    }
    return { mention: first, from: head };
  }
  const from = phraseBack(tokens, end, floor);
  // "Lee, now the committee chair, who in 2019 said": the relative pronoun stands for the phrase before it.
  const relative = (t: Token | undefined) => t?.lower === "who" || t?.lower === "which";
  if ((relative(tokens[from - 1]) || relative(tokens[from])) && !tokens.slice(from + 1, end).some((t) => t.word && !TIME_WORDS.has(t.lower) && !/^\p{N}/u.test(t.text) && !t.cap)) {
    const who = relative(tokens[from]) ? from : from - 1;
    let stop = who;
    if (tokens[stop - 1]?.text === ",") stop--;
    const head = phraseBack(tokens, stop, floor);
    let antecedent = head < stop ? readMention(text, tokens.slice(head, stop)) : null;
    // "The figures came from the county police, which reported": the noun phrase after the last preposition.
    for (let h = stop - 1; !antecedent && h > head; h--) if (PREPOSITIONS.has(tokens[h]!.lower)) antecedent = readMention(text, tokens.slice(h + 1, stop));
    // Past an apposition: "Lee, now the committee chair, who" is Lee.
    if (tokens[head - 1]?.text === "," && antecedent?.form !== "name") {
      const before = phraseBack(tokens, head - 1, floor);
      const named = before < head - 1 ? readMention(text, tokens.slice(before, head - 1)) : null;
      if (named && named.form === "name") return { mention: named, from: before };
    }
    if (antecedent && antecedent.form !== "pronoun") return { mention: antecedent, from: head };
    return null;
  }
  if (from >= end) return null;
  // "The union that represents the drivers said": a relative clause with its own verb after the speaker's noun.
  if (tokens[from - 1]?.lower === "that" && isRelativeVerb(tokens[from])) {
    const head = phraseBack(tokens, from - 1, floor);
    const antecedent = head < from - 1 ? readMention(text, tokens.slice(head, from - 1)) : null;
    const opens = head === floor || PUNCT_BREAK.has(tokens[head - 1]?.text ?? "") || COORDINATORS.has(tokens[head - 1]?.lower ?? "");
    if (antecedent && antecedent.form !== "pronoun" && antecedent.form !== "document" && opens) return { mention: antecedent, from: head };
  }
  const mention = readMention(text, tokens.slice(from, end));
  return mention ? { mention, from } : null;
}

// A verb in the present or past opening a relative clause ("that represents", "that owns", "that organized"), not
// a noun ("that officials") or a name.
const isRelativeVerb = (t: Token | undefined) =>
  !!t && t.word && !t.cap && /[^s](s|ed)$/u.test(t.lower) && !ROLE_NOUNS.has(t.lower) && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower);

/** The speaker phrase right after the cue ("said Kirby, the spokesman"), up to punctuation or a preposition. */
export function subjectAfter(text: string, tokens: Token[], cue: number, ceiling: number): Mention | null {
  let end = cue + 1;
  while (end < ceiling && end - cue <= 10) {
    const t = tokens[end];
    if (!t || PUNCT_BREAK.has(t.text)) break;
    if (!t.cap && (CLAUSE_BREAKS.has(t.lower) || ["on", "in", "at", "during", "after", "before", "who", "when"].includes(t.lower))) break;
    end++;
  }
  if (end === cue + 1) return null;
  const mention = readMention(text, tokens.slice(cue + 1, end));
  if (!mention) return null;
  // "said Kirby, the spokesman for ...": an apposition describes the name.
  if (mention.form === "name" && tokens[end]?.text === ",") {
    let k = end + 1;
    while (k < ceiling && k - end <= 10 && !PUNCT_BREAK.has(tokens[k]?.text ?? ".")) k++;
    const desc = k > end + 1 ? readMention(text, tokens.slice(end + 1, k)) : null;
    if (desc && (desc.form === "role" || desc.form === "unnamed") && !mention.description) {
      return { ...mention, description: text.slice(desc.span.start, desc.span.end) };
    }
  }
  return mention;
}

const OBJECT_TAKERS = new Set(["tell", "inform", "assure", "remind", "brief", "advise", "warn", "urge", "ask", "promise"]);

/**
 * True when the "that" at `k` introduces a clause ("said that the plan"), not a demonstrative that is part of the
 * content ("rejected that proposal", "said that was untrue").
 */
export function isComplementiser(tokens: Token[], k: number, objectVerb = false): boolean {
  const next = tokens[k + 1];
  if (!next) return false;
  if (next.cap || PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower) || next.lower === "there" || !next.word) return true;
  // "said that was untrue": "that" is the subject.
  if (AUXILIARIES.has(next.lower) || BE_FORMS.has(next.lower)) return false;
  if (!objectVerb) return true;
  // A demonstrative is followed by its noun, never by a preposition: "pledged that in 2030 it would stop ...".
  if (PREPOSITIONS.has(next.lower)) return true;
  // After a speech-act verb, "that" + a singular noun and no verb is a demonstrative: "rejected that proposal in a letter".
  const after = tokens[k + 2];
  const verbAfter = after && (BE_FORMS.has(after.lower) || AUXILIARIES.has(after.lower) || /(ed|es)$/u.test(after.lower));
  return /[^s]s$/u.test(next.lower) || !!verbAfter;
}

const BE_FORMS = new Set(["is", "was", "were", "are", "be", "been", "will", "would", "could", "should", "can", "may", "might", "must"]);

/**
 * Where the content after a cue starts: past "that", times and places of saying ("on Tuesday", "in a statement"),
 * and for "told" its listener ("told reporters"). Returns `ceiling` when nothing follows but such words.
 */
export function contentStart(tokens: Token[], cue: number, ceiling: number, lemma: string): number {
  let i = cue + 1;
  if (lemma === "point" && tokens[i]?.lower === "out") i++;
  // A parenthesis between commas before "that": "insisted, in a radio interview on Sunday, that".
  if (tokens[i]?.text === ",") {
    for (let k = i + 1; k < Math.min(ceiling, i + 25); k++) {
      const t = tokens[k]!;
      if (t.text === "," && tokens[k + 1]?.lower === "that" && isComplementiser(tokens, k + 1)) return k + 2;
      if (t.text === "“" || t.text === '"' || /^[.;:!?]$/u.test(t.text) || (CUES.has(t.lower) && !t.cap)) break;
    }
  }
  // A "that" within reach ends the frame: "said on Tuesday that", "told the Associated Press that".
  for (let k = i; k < Math.min(ceiling, i + 9); k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.lower === "that") return isComplementiser(tokens, k) ? k + 1 : k;
    // (A cue form after an occasion's noun is a noun too: "told investors on a conference call that".)
    const before = tokens[k - 1]?.lower ?? "";
    const noun = WEAK_CUE_FORMS.has(t.lower) && TIME_WORDS.has(before) && !DETERMINERS.has(before) && !PREPOSITIONS.has(before);
    // (Nor past a quotation mark or a finite verb: "added, are like ''tools that you can't use''" has no "that" of its own.)
    if (t.text === "“" || t.text === '"' || t.text === "'" || t.text === "‘" || t.text === "." || BE_FORMS.has(t.lower) || (CUES.has(t.lower) && !t.cap && !noun)) break;
  }
  if (OBJECT_TAKERS.has(lemma)) {
    // The listener: a name, a pronoun, or a short noun phrase.
    const t = tokens[i];
    if (t && (["me", "him", "her", "them", "us", "reporters", "journalists", "lawmakers", "congress", "voters", "supporters", "viewers", "listeners", "fans"].includes(t.lower))) i++;
    else if (t && t.cap && !NOT_NAMES.has(t.lower)) {
      while (tokens[i]?.cap || ["of", "the"].includes(tokens[i]?.lower ?? "")) i++;
    } else if (t && DETERMINERS.has(t.lower)) {
      let k = i + 1;
      while (k < ceiling && k - i < 5 && tokens[k]?.word && !CUES.has(tokens[k]?.lower ?? "")) {
        if (ROLE_NOUNS.has(tokens[k]?.lower ?? "") || tokens[k]?.cap) {
          i = k + 1;
          break;
        }
        k++;
      }
    }
  }
  const at = skipOccasion(tokens, i, ceiling);
  // "said in a ruling that": the complementiser after the occasion.
  return tokens[at]?.lower === "that" && at > i && isComplementiser(tokens, at) ? at + 1 : at;
}

/** Skips the time and occasion of saying after a cue ("on Tuesday", "in a statement", "last month"). */
export function skipOccasion(tokens: Token[], i: number, ceiling: number): number {
  while (i < ceiling) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === "," || t.text === ":" || TIME_WORDS.has(t.lower) || (t.cap && TIME_WORDS.has(t.lower.replace(/\.$/u, "")))) {
      // "in a statement" but not "in total": only while an occasion word follows soon.
      // (An article opens an occasion only after its preposition: "condemned the decision" has no occasion.)
      if ((t.lower === "a" || t.lower === "the") && !["in", "on", "at", "during"].includes(tokens[i - 1]?.lower ?? "")) break;
      if (t.lower === "in" || t.lower === "on" || t.lower === "at" || t.lower === "during" || t.lower === "a" || t.lower === "the" || t.lower === "this" || t.lower === "last") {
        const next = tokens.slice(i + 1, i + 4).find((u) => !["a", "an", "the", "this", "last", "his", "her", "their", "its", "written", "joint", "televised", "radio", "phone", "news", "press"].includes(u.lower));
        if (!next || !TIME_WORDS.has(next.lower.replace(/\.$/u, ""))) break;
      }
      i++;
      continue;
    }
    if (/^\p{N}/u.test(t.text) && TIME_WORDS.has(tokens[i - 1]?.lower.replace(/\.$/u, "") ?? "")) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** The subject that opens a sentence ("The mayor has vetoed ..., saying ..."). */
export function sentenceSubject(text: string, tokens: Token[], from: number, to: number): Mention | null {
  let k = from;
  while (k < to && !tokens[k]?.word) k++;
  const begin = k;
  while (k < to && k - begin < 10) {
    const t = tokens[k]!;
    if (!t.word) break;
    if (!t.cap && !DETERMINERS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !["of", "for", "and"].includes(t.lower)) break;
    k++;
  }
  const read = k > begin ? readMention(text, tokens.slice(begin, k)) : null;
  if (read) return read;
  // "A state appeals court on Tuesday sided ...": a noun phrase with lower-case modifiers, up to a preposition or verb.
  let e = begin;
  while (e < to && e - begin < 8 && tokens[e]!.word && !PREPOSITIONS.has(tokens[e]!.lower) && !AUXILIARIES.has(tokens[e]!.lower) && !(CUES.has(tokens[e]!.lower) && !WEAK_CUE_FORMS.has(tokens[e]!.lower)) && !(/ed$/u.test(tokens[e]!.lower) && e > begin)) e++;
  return e > begin + 1 ? readMention(text, tokens.slice(begin, e)) : null;
}
