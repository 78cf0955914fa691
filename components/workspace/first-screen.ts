import { PARAGRAPH_SEPARATOR } from "@/lib/editor/offset-map";

/** About a screenful of characters: what the first paint shows before the editor takes over. */
const FIRST_SCREEN_CHARACTERS = 3000;

/**
 * The paragraphs of the text's beginning, up to about a screenful (whole paragraphs, the last one cut), as
 * `paragraphRanges` divides the text; only the beginning of a long text is read.
 */
export function firstScreen(text: string): string[] {
  const paragraphs: string[] = [];
  let used = 0;
  for (let start = 0; used < FIRST_SCREEN_CHARACTERS; ) {
    const at = text.indexOf(PARAGRAPH_SEPARATOR, start);
    const end = at < 0 ? text.length : at;
    const take = Math.min(end - start, FIRST_SCREEN_CHARACTERS - used);
    paragraphs.push(text.slice(start, start + take));
    used += take;
    if (at < 0) break;
    start = at + PARAGRAPH_SEPARATOR.length;
  }
  return paragraphs;
}
