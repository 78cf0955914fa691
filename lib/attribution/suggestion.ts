/** The flat JSON shape of a detected claim that `npm run suggest` prints and the scorer reads. */
import type { DetectedClaim, Directness, Span, SpeakerKind } from "./types";

export interface SuggestionJson {
  kind: "attributed" | "reporter";
  start: number;
  end: number;
  quote: string;
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  speakerMention: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  direct: Directness | null;
}

export function toSuggestion(text: string, c: DetectedClaim): SuggestionJson {
  return {
    kind: c.kind,
    start: c.start,
    end: c.end,
    quote: text.slice(c.start, c.end),
    speaker: c.speaker?.name ?? null,
    speakerKind: c.speaker?.kind ?? null,
    speakerMention: c.speakerMention,
    cue: c.cue,
    cueSpan: c.cueSpan,
    direct: c.direct,
  };
}
