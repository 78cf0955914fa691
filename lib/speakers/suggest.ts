import type { Span } from "../claims/span";
import type { SpeakerKind } from "../model";
import { sentenceAround, sentenceBefore, sentenceSpans } from "../text/sentences";

/** What suggesting needs to know of a speaker: the names they go by. */
export interface SpeakerLabels {
  id: string;
  name: string;
  kind: SpeakerKind;
  aliases: readonly string[];
}

export type SuggestionMatch = "name" | "alias" | "surname";

/** A speaker named near a claim, and where. */
export interface SpeakerSuggestion {
  speakerId: string;
  /** The words of the article that name the speaker. */
  found: string;
  match: SuggestionMatch;
  start: number;
  end: number;
  /**
   * How far the words are from the claim, for ranking: code units between them, plus the length of the region
   * for a mention in the sentence before, plus twice that for a mention inside the claim (someone quoted is
   * more often talked about than talking).
   */
  distance: number;
}

/** The stretch of text where a claim's speaker is looked for: the claim's sentence and the one before it. */
export function suggestionRegion(text: string, span: Span, sentences: Span[] = sentenceSpans(text)): Span & { sentenceStart: number } {
  const sentence = sentenceAround(text, span, sentences);
  const before = sentenceBefore(sentences, sentence.start);
  return { start: before?.start ?? sentence.start, end: sentence.end, sentenceStart: sentence.start };
}

/** The last word of a person's name ("Kirby" of "John Kirby"), which articles use on second mention. */
export function surnameOf(speaker: Pick<SpeakerLabels, "name" | "kind">): string | null {
  if (speaker.kind !== "person") return null;
  const words = speaker.name.trim().split(/\s+/u);
  const last = words[words.length - 1] ?? "";
  // "Jr." and initials say nothing on their own; nor does a one-word name, which is matched whole already.
  if (words.length < 2 || last.replace(/[^\p{L}]/gu, "").length < 3 || /^(jr|sr|ii|iii|iv)\.?$/iu.test(last)) return null;
  return last;
}

const MATCH_RANK: Record<SuggestionMatch, number> = { name: 0, alias: 1, surname: 2 };

function labelPattern(label: string, caseSensitive: boolean): RegExp {
  const body = label
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/gu, "\\s+")
    .replace(/['’]/gu, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseSensitive ? "gu" : "giu");
}

/**
 * Ranks the speakers named in a claim's sentence or the sentence before it ("Kirby added" → John Kirby): those
 * in the claim's own sentence first, then those in the sentence before, then those inside the claim, each
 * nearest first. A name or alias matches whole words in any case; a person's surname alone ("Kirby") matches
 * only capitalised as in the name. At the same place a full name beats an alias, and an alias a surname.
 */
export function suggestSpeakers(text: string, span: Span, speakers: readonly SpeakerLabels[], limit = 8): SpeakerSuggestion[] {
  const region = suggestionRegion(text, span);
  const slice = text.slice(region.start, region.end);
  const best = new Map<string, SpeakerSuggestion>();
  const consider = (s: SpeakerSuggestion) => {
    const current = best.get(s.speakerId);
    if (!current || s.distance < current.distance || (s.distance === current.distance && MATCH_RANK[s.match] < MATCH_RANK[current.match])) {
      best.set(s.speakerId, s);
    }
  };
  for (const speaker of speakers) {
    const labels: { label: string; match: SuggestionMatch }[] = [
      { label: speaker.name, match: "name" },
      ...speaker.aliases.map((alias) => ({ label: alias, match: "alias" as const })),
    ];
    const surname = surnameOf(speaker);
    if (surname) labels.push({ label: surname, match: "surname" });
    for (const { label, match } of labels) {
      if (label.trim() === "") continue;
      for (const m of slice.matchAll(labelPattern(label, match === "surname"))) {
        const start = region.start + (m.index ?? 0);
        const end = start + m[0].length;
        const length = region.end - region.start;
        const inside = start < span.end && span.start < end;
        const gap = end <= span.start ? span.start - end : start - span.end;
        const distance = inside ? 2 * length + (start - span.start) : start < region.sentenceStart ? length + gap : gap;
        consider({ speakerId: speaker.id, found: m[0], match, start, end, distance });
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || MATCH_RANK[a.match] - MATCH_RANK[b.match] || b.found.length - a.found.length || a.start - b.start)
    .slice(0, limit);
}
