/** Helpers for JavaScript string indices (UTF-16 code units) that never split a surrogate pair. */

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  return isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index));
}

/** The code point that starts at `index` and how many code units it takes. */
export function codePointAt(text: string, index: number): { char: string; width: number } {
  const cp = text.codePointAt(index) ?? 0;
  const width = cp > 0xffff ? 2 : 1;
  return { char: text.slice(index, index + width), width };
}

/** The code point that ends at `index` and how many code units it takes. */
export function codePointBefore(text: string, index: number): { char: string; width: number } {
  const width = index >= 2 && isLow(text.charCodeAt(index - 1)) && isHigh(text.charCodeAt(index - 2)) ? 2 : 1;
  return { char: text.slice(index - width, index), width };
}

/** Number of code points in `text.slice(0, index)`: a JS index as the W3C model counts positions. */
export function toCodePointOffset(text: string, index: number): number {
  let count = 0;
  for (let i = 0; i < index; i++) {
    if (!(isLow(text.charCodeAt(i)) && i > 0 && isHigh(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}
