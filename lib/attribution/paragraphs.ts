/** Reads the text paragraph by paragraph (one per line) into tokens, sentences and quotes. */
import type { Paragraph } from "./draft";
import { findQuotes, type QuotePiece } from "./quotes";
import { tokenize } from "./tokens";

const ENDS = new Set([".", "!", "?"]);
const OPENING = new Set(["“", '"', "‘", "'", "(", "«"]);
// Closing marks a sentence's final stop may stand before (the two-apostrophe '' mark is two "'" tokens).
const CLOSING = new Set(["”", '"', "’", "'", ")", "»"]);

export function readParagraphs(text: string): Paragraph[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      if (i > start && /\S/u.test(text.slice(start, i))) lines.push({ start, end: i });
      start = i + 1;
    }
  }
  const quotes = findQuotes(text, lines);
  let q = 0;
  return lines.map((line) => {
    const tokens = tokenize(text, line.start, line.end);
    const base = q;
    const mine: QuotePiece[] = [];
    while (q < quotes.length && (quotes[q]?.open ?? Infinity) < line.end) mine.push(quotes[q++]!);
    // Tokens and quotes are both in text order: one walk marks every token inside a quote.
    let k = 0;
    const inQuote = tokens.map((t) => {
      while (k < mine.length && (mine[k]!.close < 0 ? line.end : mine[k]!.close + 1) <= t.start) k++;
      const p = mine[k];
      return p && t.start >= p.open && t.end <= (p.close < 0 ? line.end : p.close + 1) ? base + k : -1;
    });
    // Sentences end at . ! ? (with closing quotes) before a capital or an opening quote.
    const sentences: [number, number][] = [];
    let from = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!ENDS.has(t.text)) continue;
      let j = i + 1;
      while (j < tokens.length && CLOSING.has(tokens[j]!.text)) {
        // A straight mark of another quote opens the next sentence (for '' its second apostrophe carries the quote).
        const mark = tokens[j]!.text === "'" && tokens[j + 1]?.text === "'" && tokens[j + 1]!.start === tokens[j]!.end ? j + 1 : j;
        if ((tokens[j]!.text === '"' || tokens[j]!.text === "'") && inQuote[mark] !== inQuote[i]) break;
        j++;
      }
      const next = tokens[j];
      if (next && !(next.cap || OPENING.has(next.text) || /^\p{N}/u.test(next.text))) continue;
      sentences.push([from, j]);
      from = j;
      i = j - 1;
    }
    if (from < tokens.length) sentences.push([from, tokens.length]);
    return { start: line.start, end: line.end, tokens, inQuote, sentences, quotes: mine };
  });
}
