import { PARAGRAPH_SEPARATOR } from "@/lib/editor/offset-map";

/** About a screenful of characters: what the first paint shows before the editor takes over. */
const FIRST_SCREEN_CHARACTERS = 3000;

/**
 * How much of the text's beginning the page reads for its first screen: the screenful and the breaks between its
 * paragraphs. Given less than the first screen needs (a text of very short paragraphs), it shows fewer paragraphs.
 */
export const FIRST_SCREEN_READ = 2 * FIRST_SCREEN_CHARACTERS;

/**
 * The paragraphs of the text's beginning, up to about a screenful (whole paragraphs, the last one cut), as
 * `paragraphRanges` divides the text; only the beginning of a long text is read, and the text's beginning
 * (`FIRST_SCREEN_READ` characters) is enough.
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
