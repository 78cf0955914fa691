/** Word and punctuation tokens with their offsets: the unit every pattern of the detector reads. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
}

const TITLES = new Set(["Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sgt", "Rev", "Jr", "Sr", "St"]);
const LETTER = /[\p{L}\p{N}\p{M}]/u;
const CAPITAL = /^\p{Lu}/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return LETTER.test(text[i] ?? "");
}

const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;

/**
 * The tokens of text[from, to): words (with inner apostrophes and hyphens: "don't", "Su-35"), numbers ("1,200"),
 * dotted acronyms and initials ("U.S.", "J."), titles with their period ("Mr."), and single punctuation marks.
 * A hand-written scanner: three times faster than the equivalent Unicode regular expression.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (!isWordChar(text, i)) {
      // A surrogate pair is one token.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
    } else {
      i++;
      for (;;) {
        if (i < to && isWordChar(text, i)) {
          i++;
          continue;
        }
        const ch = text[i];
        if (i + 1 < to && (ch === "'" || ch === "’" || ch === "-") && isWordChar(text, i + 1)) {
          i += 2;
          continue;
        }
        if (i + 1 < to && (ch === "," || ch === ".") && isDigit(text, i - 1) && isDigit(text, i + 1)) {
          i += 2;
          continue;
        }
        break;
      }
      // "U.S.", "J.", "D.C.": single letters joined by periods.
      if (i - start === 1 && text[i] === "." && /\p{Lu}/u.test(text[start] ?? "")) {
        i++;
        while (i + 1 < to && isWordChar(text, i) && text[i + 1] === ".") i += 2;
        // "U.S.-designated" keeps its hyphenated tail.
        while (i + 1 < to && text[i] === "-" && isWordChar(text, i + 1)) {
          i++;
          while (i < to && isWordChar(text, i)) i++;
        }
      } else if (text[i] === "." && TITLES.has(text.slice(start, i))) {
        i++;
      } else if (text[i] === "." && text[i - 2] === "-" && /\p{Lu}/u.test(text[i - 1] ?? "") && /\p{Lu}/u.test(text[i + 1] ?? "") && text[i + 2] === ".") {
        // A party and state after a name ("D-N.Y.", "R-N.H."): the state's initials belong to the word.
        i++;
        while (i + 1 < to && isWordChar(text, i) && text[i + 1] === ".") i += 2;
      }
    }
    const t = text.slice(start, i);
    const first = text.charCodeAt(start);
    const cap = first >= 65 && first <= 90 ? true : first < 128 ? false : CAPITAL.test(t);
    out.push({ start, end: i, text: t, lower: t.toLowerCase(), cap, word: isWordChar(text, start) });
  }
  return out;
}
