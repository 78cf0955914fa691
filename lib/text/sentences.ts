import type { Span } from "../claims/span";

// Words that end in a period without ending a sentence ("U.S. National", "Gen. Milley", "Oct. 7").
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen", "rep", "gov",
    "pres", "st", "jr", "sr", "rev", "hon", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "dept", "est",
    "approx", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
  ],
);

const CLOSERS = "\"'”’)]»";

/** True when the period at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1] ?? "")) from--;
  const word = text.slice(from, dot);
  if (word === "") return false;
  // Initials and dotted acronyms: "J. Kirby", "U.S.", "D.C."
  if (/^(\p{L}\.)*\p{L}$/u.test(word) && (word.length === 1 || word.includes("."))) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentence boundaries of a canonical text, as half-open spans. A sentence ends at `.`, `!` or `?` (with any
 * closing quotes or brackets) before whitespace and a capital, digit or opening quote, and always at a line break.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/u.test(text[s] ?? "")) s++;
    let e = end;
    while (e > s && /\s/u.test(text[e - 1] ?? "")) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end] ?? "")) end++;
    const next = text.slice(end).match(/^[ \t]+(\S)/u);
    if (!next) continue;
    const lead = next[1] ?? "";
    if (!/[\p{Lu}\p{N}"'“‘(\[]/u.test(lead)) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}

/** The smallest run of whole sentences that covers the span (a multi-sentence quote gets all its sentences). */
export function sentenceAround(text: string, span: Span, sentences: Span[] = sentenceSpans(text)): Span {
  let start = span.start;
  let end = span.end;
  for (const s of sentences) {
    const overlaps = s.start < span.end && span.start < s.end;
    const holdsStart = s.start <= span.start && span.start <= s.end;
    if (!overlaps && !holdsStart) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

/** The sentence just before the one that starts at `start`, if any. */
export function sentenceBefore(sentences: Span[], start: number): Span | undefined {
  let found: Span | undefined;
  for (const s of sentences) {
    if (s.end <= start) found = s;
    else break;
  }
  return found;
}
