/**
 * Canonical article text. Every offset Claimlens stores is a JavaScript string index into the text this
 * function returns, so it runs once, at import (and on every edit), and never on stored text again.
 *
 * - line endings become `\n`, byte-order marks are dropped;
 * - Unicode is put in NFC, so the same words are the same code units whichever way they were typed;
 * - control characters other than tab and newline are removed (they render as nothing and break exports);
 * - trailing whitespace is dropped from every line;
 * - paragraphs are separated by exactly one blank line; leading and trailing blank lines are dropped.
 *
 * A single newline inside a paragraph is kept: it is a line break the publisher chose.
 */
export function normaliseText(input: string): string {
  const lines = input
    // A byte-order mark anywhere (a concatenated file, or one behind blank lines) is dropped, not only the first.
    .replace(/\uFEFF/g, "")
    .replace(/\r\n?/g, "\n")
    // Control characters go before NFC: removing one between a letter and its accent would leave them uncomposed.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .normalize("NFC")
    .split("\n")
    .map((line) => line.replace(/[\s\u00A0\u2000-\u200B\u3000]+$/u, ""));

  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === "") {
      if (current.length > 0) paragraphs.push(current.join("\n"));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current.join("\n"));
  return paragraphs.join("\n\n");
}

/** The paragraphs of a canonical text, each with the offset where it starts. */
export function paragraphsOf(text: string): { start: number; text: string }[] {
  if (text === "") return [];
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const part of text.split("\n\n")) {
    out.push({ start, text: part });
    start += part.length + 2;
  }
  return out;
}

/** A title for an article imported without one: its first line, shortened at a word boundary. */
export function deriveTitle(text: string, max = 120): string {
  const first = text.split("\n").find((line) => line.trim() !== "")?.trim() ?? "Untitled article";
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max / 2 ? space : max).trimEnd()}…`;
}
