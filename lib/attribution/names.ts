/**
 * People named anywhere in the reporter's text (outside quotes), so that "he" or "she" can refer to someone
 * introduced before speaking ("Retired Gen. Jane Doe spoke for an hour ... she said").
 */
import type { Paragraph } from "./draft";
import { capitalRuns, readMention } from "./mentions";
import type { NamedPerson } from "./speakers";

const TITLE = /^(mr|mrs|ms|miss|dr|gen|sen|rep|gov)\.?$/iu;

export function namedPeople(text: string, paragraphs: Paragraph[]): NamedPerson[] {
  const out: NamedPerson[] = [];
  for (const p of paragraphs) {
    const outside = p.tokens.filter((_, i) => p.inQuote[i] === -1);
    for (const [a, b] of capitalRuns(outside)) {
      if (b - a < 2 && !TITLE.test(outside[a - 1]?.text ?? "")) continue;
      const mention = readMention(text, outside.slice(a, b));
      if (!mention || mention.form !== "name" || mention.kind !== "person") continue;
      const first = outside[a]?.text ?? "";
      out.push({ mention, title: TITLE.test(first) ? first : TITLE.test(outside[a - 1]?.text ?? "") ? (outside[a - 1]?.text ?? null) : null });
    }
  }
  return out;
}
