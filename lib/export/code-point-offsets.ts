/**
 * Converts JavaScript string indices (UTF-16 code units, what Claimlens stores) into Unicode code point offsets
 * (what the W3C TextPositionSelector and Python's `str` count).
 *
 * A converter remembers where it last stopped, so a run of offsets in text order costs one walk over the text
 * in all, not one walk from the start per offset; and a text without surrogate pairs, the common case, needs no
 * walk at all.
 */
export interface CodePointOffsets {
  /** The code point offset of the JavaScript index `index` (0 ≤ index ≤ text.length). */
  at(index: number): number;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** A converter for one text; ask it for offsets in any order, cheapest when they come roughly in text order. */
export function codePointOffsets(text: string): CodePointOffsets {
  if (!SURROGATE.test(text)) return { at: (index) => clamp(index, text.length) };
  let unit = 0; // a JS index, never between the halves of a pair
  let point = 0; // the code point offset of `unit`
  const isLow = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0xdc00 && c <= 0xdfff;
  };
  const isHigh = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff;
  };
  return {
    at(rawIndex) {
      const index = clamp(rawIndex, text.length);
      while (unit < index) {
        unit += isHigh(unit) && unit + 1 < text.length && isLow(unit + 1) ? 2 : 1;
        point++;
      }
      while (unit > index) {
        unit -= unit >= 2 && isLow(unit - 1) && isHigh(unit - 2) ? 2 : 1;
        point--;
      }
      // An index between the halves of a pair (never stored, but be total) counts that code point, as
      // toCodePointOffset does.
      return unit < index ? point + 1 : point;
    },
  };
}

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(index, length));
}
