/**
 * Markdown to the plain text Claimlens annotates: the words a reader sees, without markup. Raw HTML is
 * dropped (tags removed, a few entities decoded), links keep their text, images their alt text.
 * The result still goes through `normaliseText`.
 */
export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?-->/g, "").split("\n");
  const out: string[] = [];
  let inFence = false;
  for (const raw of lines) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    // Setext heading underlines and thematic breaks carry no words.
    if (/^\s*(=+|-{3,}|\*{3,}|_{3,})\s*$/.test(raw)) {
      out.push("");
      continue;
    }
    // Link reference definitions: [id]: https://...
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(raw)) continue;
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, "")
      .replace(/\s+#+\s*$/, "")
      .replace(/^(\s*>)+\s?/, "")
      .replace(/^(\s*)[*+]\s+/, "$1- ");
    line = inline(line);
    out.push(line);
  }
  return out.join("\n");
}

// Escaped punctuation is set aside as private-use characters while the markup rules run, so that `\*` is never
// read as emphasis, then put back as the literal character.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>])/g;
const HIDDEN = /[\uE000-\uE07F]/g;
const USES_PRIVATE_USE = /[\uE000-\uE07F]/;
const hide = (line: string) => line.replace(ESCAPED, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
const reveal = (line: string) => line.replace(HIDDEN, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));

function inline(line: string): string {
  // A line that already holds such characters (vanishingly rare in news text) keeps the simple order.
  if (USES_PRIVATE_USE.test(line)) return decodeEntities(inlineMarkup(line).replace(ESCAPED, "$1"));
  return decodeEntities(reveal(inlineMarkup(hide(line))));
}

function inlineMarkup(line: string): string {
  return (
    line
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
      .replace(/<\/?[A-Za-z][^>]*>/g, "")
      .replace(/`([^`]+)`/g, "$1")
      .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, "$2")
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, "$1$2")
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, "$1$2")
      .replace(/~~(?=\S)([^~]*?\S)~~/g, "$1")
  );
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return safeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith("#")) return safeCodePoint(parseInt(body.slice(1), 10)) ?? whole;
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(cp: number): string | undefined {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
}
