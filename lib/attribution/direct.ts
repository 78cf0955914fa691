/**
 * Direct quotes and their frames: the cue after the quote (`"A," Kirby said`), before it (`Kirby said: "A"`),
 * a later piece of a quote split by its frame (`"A," Kirby said. "B."`: same speaker and cue), a quote running
 * over paragraphs, and a paragraph of quotation with no frame (the last speaker's).
 */
import type { Draft, Paragraph } from "./draft";
import { CLAUSE_ONLY_CUES, CUES, DETERMINERS, FOLLOW_ON_CUES, PREPOSITIONS, WEAK_CUE_FORMS } from "./lexicon";
import { sentenceSubject, skipOccasion, subjectAfter, subjectBefore } from "./frames";
import { readMention, transcriptSpeaker } from "./mentions";
import { lowerBound } from "./search";
import type { Token } from "./tokens";

const CONT_PUNCT = /[,!?—–\-…:;]$/u;

/** A cue form that may frame a quote: not a verb that reports only before a clause ("ruled", "learned"), but "pointed out". */
function frameCue(tokens: Token[], k: number): boolean {
  const info = CUES.get(tokens[k]!.lower);
  if (!info) return false;
  // A form that is more often a noun is one after a preposition or determiner ("the secretary of state").
  const prev = tokens[k - 1];
  if (WEAK_CUE_FORMS.has(tokens[k]!.lower) && prev && (PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower))) return false;
  return !CLAUSE_ONLY_CUES.has(info.lemma) || (info.lemma === "point" && tokens[k + 1]?.lower === "out");
}

interface Frame {
  draft: Draft | null;
  mention: Draft["mention"];
  cue: string;
  cueSpan: { start: number; end: number };
  /** Token index of the cue, so indirect speech does not read it again. */
  cueIndex: number;
}

function sentenceOf(p: Paragraph, token: number): [number, number] {
  const i = lowerBound(p.sentences.length, (k) => p.sentences[k]![1], token + 1);
  return p.sentences[i] ?? [0, p.tokens.length];
}

/** The cue and speaker right after a quote's closing mark, before the sentence ends or another quote opens. */
function frameAfter(text: string, p: Paragraph, after: number, inner: string): Frame | null {
  const tokens = p.tokens;
  const startsWithComma = tokens[after]?.text === ",";
  if (!CONT_PUNCT.test(inner) && !startsWithComma && !/\.$/u.test(inner)) return null;
  let end = after;
  while (end < tokens.length && p.inQuote[end] === -1 && end - after < 20) {
    const t = tokens[end]?.text ?? "";
    // "Rep. Jane Doe (D-Ohio) said": a parenthesis does not end the frame.
    if (t === "(") {
      let close = end + 1;
      while (close < tokens.length && close - end < 8 && tokens[close]?.text !== ")") close++;
      if (tokens[close]?.text === ")") {
        end = close + 1;
        continue;
      }
    }
    if (/^[.!?;]$/u.test(t)) break;
    end++;
  }
  for (let k = after; k < end && k - after <= 9; k++) {
    const t = tokens[k]!;
    if (!frameCue(tokens, k) || t.cap) continue;
    const subject = subjectBefore(text, tokens, k, after);
    // `"...," though she noted Y`: a clause of the reporter's own, not this quote's frame.
    if (subject && tokens.slice(after, subject.from).some((u) => u.word)) return null;
    // The speaker after the cue only in the inverted frame (`," said Kirby`).
    const mention = subject?.mention ?? (k - after <= 1 ? subjectAfter(text, tokens, k, end) : null);
    if (!mention) continue;
    return { draft: null, mention, cue: t.text, cueSpan: { start: t.start, end: t.end }, cueIndex: k };
  }
  return null;
}

const DASHES = new Set(["―", "—", "–", "-"]);

/**
 * A paragraph that ends in a frame and a colon ("Grant added:", "The statement read in part:"): the next
 * paragraph, when it has no quotation marks of its own, is the quotation (a block quote set off without marks).
 */
export function colonFrame(text: string, p: Paragraph): Frame | null {
  const tokens = p.tokens;
  const colon = tokens.length - 1;
  if (tokens[colon]?.text !== ":" || p.inQuote[colon] !== -1) return null;
  for (let k = colon - 1; k >= 0 && colon - k <= 8; k--) {
    const t = tokens[k]!;
    if (!frameCue(tokens, k) || t.cap || skipOccasion(tokens, k + 1, colon) < colon) continue;
    const subject = subjectBefore(text, tokens, k, sentenceOf(p, k)[0]);
    if (!subject) return null;
    return { draft: null, mention: subject.mention, cue: t.text, cueSpan: { start: t.start, end: t.end }, cueIndex: k };
  }
  return null;
}

/** The block quote a colon frame introduces: the whole next paragraph, as a direct quote of the frame's speaker. */
export function blockQuote(next: Paragraph, frame: Frame): Draft | null {
  if (next.quotes.length > 0 || next.tokens.length < 4) return null;
  return { start: next.start, end: next.end, mention: frame.mention, sameAs: null, previousSpeaker: false, cue: frame.cue, cueSpan: frame.cueSpan, direct: "direct" };
}

/**
 * A caption naming who said a quotation, after a dash ("― Maria Lopez, 34, Phoenix"): on the quote's own line
 * (tokens from `from`) or on the next line. The dash is the cue.
 */
export function dashCaption(text: string, tokens: Token[], from: number): Frame | null {
  const dash = tokens[from];
  if (!dash || !DASHES.has(dash.text)) return null;
  let end = from + 1;
  while (end < tokens.length && end - from <= 6 && tokens[end]!.text !== "," && tokens[end]!.text !== "(") end++;
  const mention = end > from + 1 ? readMention(text, tokens.slice(from + 1, end)) : null;
  if (!mention || mention.form !== "name") return null;
  return { draft: null, mention, cue: dash.text, cueSpan: { start: dash.start, end: dash.end }, cueIndex: from };
}

/** The cue and speaker just before a quote's opening mark (`Kirby said: "`, `said Kirby, "`, `according to X, "`). */
function frameBefore(text: string, p: Paragraph, open: number, floor: number): Frame | null {
  const tokens = p.tokens;
  const last = tokens[open - 1];
  if (!last || ![":", ",", "that"].includes(last.lower) && !CUES.has(last.lower)) return null;
  if (!/[:,]/u.test(last.text) && continuesAfter(p, open)) return null;
  for (let k = open - 1; k >= floor && open - k <= 12; k--) {
    const t = tokens[k]!;
    if (t.lower === "according" && tokens[k + 1]?.lower === "to") {
      const mention = subjectAfter(text, tokens, k + 1, open);
      if (mention) return { draft: null, mention, cue: text.slice(t.start, tokens[k + 1]!.end), cueSpan: { start: t.start, end: tokens[k + 1]!.end }, cueIndex: k };
    }
    if (!frameCue(tokens, k) || t.cap) continue;
    const subject = subjectBefore(text, tokens, k, floor);
    const inverted = k === floor || [",", "”", '"', ":"].includes(tokens[k - 1]?.text ?? "");
    // "He defended the plan, saying, "...": a follow-on participle after a comma speaks for the sentence's subject.
    const followOn = FOLLOW_ON_CUES.has(t.lower) && tokens[k - 1]?.text === "," ? sentenceSubject(text, tokens, floor, k - 1) : null;
    // (When the sentence opens with its subject outside any quote, that subject wins over a name in the clause
    // before the participle: "Lee, the former chair, poked fun at Ortiz's speech, writing, "...".)
    let first = floor;
    while (first < open && !tokens[first]!.word) first++;
    const opensWithSubject = followOn && p.inQuote[first] === -1 && followOn.span.start === tokens[first]!.start;
    const mention = (opensWithSubject ? followOn : null) ?? subject?.mention ?? (inverted ? (subjectAfter(text, tokens, k, open) ?? followOn) : null);
    if (!mention) return null;
    return { draft: null, mention, cue: t.text, cueSpan: { start: t.start, end: t.end }, cueIndex: k };
  }
  return null;
}

/** True when the sentence goes on past the quote that opens at token `open` ("said "tax cuts" would pay for it"). */
function continuesAfter(p: Paragraph, open: number): boolean {
  const piece = p.inQuote[open];
  let k = open;
  while (k < p.tokens.length && p.inQuote[k] === piece) k++;
  const next = p.tokens[k];
  return !!next && next.word && !next.cap;
}

function wordCount(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The direct-quote drafts of one paragraph. `framesByQuote` carries frames of multi-paragraph quotes across
 * paragraphs; `usedCues` receives the token indices of cues a frame took.
 */
export function directDrafts(
  text: string,
  p: Paragraph,
  firstQuoteIndex: number,
  framesByQuote: Map<number, Draft>,
  pendingByQuote: Map<number, Draft[]>,
  usedCues: Set<number>,
): Draft[] {
  const out: Draft[] = [];
  let previous: Draft | null = null;
  let previousClose = 0;
  p.quotes.forEach((q, k) => {
    const index = firstQuoteIndex + k;
    const tokens = p.tokens;
    const openTok = lowerBound(tokens.length, (i) => tokens[i]!.start, q.open);
    const closeTok = q.close < 0 ? tokens.length : lowerBound(tokens.length, (i) => tokens[i]!.start, q.close);
    const inner = text.slice(q.start, q.end).trim();
    let start = q.start + (text.slice(q.start, q.end).length - text.slice(q.start, q.end).trimStart().length);
    const end = start + inner.length;
    if (end <= start) return;
    // An interview transcript in quotes: "HOST: Welcome back ...".
    const inside = tokens.slice(openTok + 1, closeTok);
    const speaker = transcriptSpeaker(text, inside);
    if (speaker && inside[speaker.colon + 1]) {
      const colon = inside[speaker.colon]!;
      start = inside[speaker.colon + 1]!.start;
      const draft: Draft = { start, end, mention: speaker.mention, sameAs: null, previousSpeaker: false, cue: ":", cueSpan: { start: colon.start, end: colon.end }, direct: "direct" };
      out.push(draft);
      previous = draft;
      previousClose = closeTok + 1;
      if (q.close < 0) framesByQuote.set(q.first, draft);
      return;
    }
    const [sFrom] = sentenceOf(p, Math.max(0, openTok));
    // A short quotation after an ordinary word ("the host of "Morning Show," said ...") is a title or a scare
    // quote inside the reporter's sentence, whatever follows it.
    const lead = tokens[openTok - 1];
    if (lead && lead.word && p.inQuote[openTok - 1] === -1 && !CUES.has(lead.lower) && lead.lower !== "that" && wordCount(inner) < 5) return;
    // A quotation inside the reporter's sentence that ends it (`called the vote "a win for us." He said ...`) takes
    // no frame from the next sentence.
    const embedded = !!lead && lead.word && p.inQuote[openTok - 1] === -1 && !CUES.has(lead.lower) && lead.lower !== "that" && /[.!?]$/u.test(inner);
    const after = q.close >= 0 && !embedded ? frameAfter(text, p, closeTok + 1, inner) : null;
    const caption = q.close >= 0 && !after ? dashCaption(text, tokens, closeTok + 1) : null;
    const beforeFrame = frameBefore(text, p, openTok, Math.max(previousClose, sFrom));
    // A quote that ends its sentence (`X said, "A." Others disagree.`) belongs to the frame before it: what follows
    // the full stop is a sentence of its own.
    const frame = caption ?? (beforeFrame && /[.!?]$/u.test(inner) ? beforeFrame : (after ?? beforeFrame));
    const groupFrame = framesByQuote.get(q.first);
    const draft: Draft = { start, end, mention: null, sameAs: null, previousSpeaker: false, cue: null, cueSpan: null, direct: "direct" };
    const follow = (other: Draft) => {
      draft.sameAs = other;
      draft.cue = other.cue;
      draft.cueSpan = other.cueSpan;
    };
    const before = tokens[openTok - 1];
    if (frame) {
      draft.mention = frame.mention;
      draft.cue = frame.cue;
      draft.cueSpan = frame.cueSpan;
      usedCues.add(frame.cueIndex);
      if (!groupFrame) framesByQuote.set(q.first, draft);
      // Earlier paragraphs of this quote waited for the frame that closes it.
      for (const d of pendingByQuote.get(q.first) ?? []) {
        d.previousSpeaker = false;
        d.sameAs = draft;
        d.cue = frame.cue;
        d.cueSpan = frame.cueSpan;
      }
      pendingByQuote.delete(q.first);
    } else if (groupFrame) {
      follow(groupFrame);
    } else if (before && p.inQuote[openTok - 1] === -1 && !/^[.!?:]$/u.test(before.text) && !CUES.has(before.lower)) {
      // A quote inside the reporter's sentence with no cue of its own: a scare quote, or part of indirect
      // speech that reads it; not a claim by itself.
      return;
    } else if (previous) {
      follow(previous);
    } else if (openTok <= 0 && wordCount(inner) >= 4) {
      draft.previousSpeaker = true;
      pendingByQuote.set(q.first, [...(pendingByQuote.get(q.first) ?? []), draft]);
    } else if (before && /^[.!?]$/u.test(before.text) && q.close >= 0 && wordCount(inner) >= 4 && !continuesAfter(p, openTok)) {
      // A quoted sentence after a sentence of indirect speech (`X says Y. "Z."`): the same speaker's.
      draft.previousSpeaker = true;
      draft.afterClaimOnly = true;
    } else {
      return;
    }
    out.push(draft);
    previous = draft;
    previousClose = closeTok + 1;
  });
  return out;
}
