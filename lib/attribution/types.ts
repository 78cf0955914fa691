/**
 * The attribution detector's public shapes. Offsets are JavaScript string offsets (UTF-16 code units) into the
 * text as Claimlens normalises it (lib/text/normalise).
 */
export type SpeakerKind = "person" | "organization" | "unnamed_source";
export type Directness = "direct" | "indirect" | "mixed";

import type { Span } from "../claims/span";

export type { Span };

export interface DetectedSpeaker {
  /** Resolved canonical name, e.g. "John Kirby" (not the pronoun or surname that introduced this claim). */
  name: string;
  kind: SpeakerKind;
  /** A description from the introducing mention, e.g. "National Security Council coordinator"; null when none. */
  description: string | null;
  /** The directory speaker matched by name or alias from DetectOptions.knownSpeakers; null when none matched. */
  speakerId: string | null;
}

export interface DetectedClaim {
  kind: "attributed" | "reporter";
  /** The content span (what was claimed). */
  start: number;
  end: number;
  /** Null for reporter statements. */
  speaker: DetectedSpeaker | null;
  /** Where this claim's speaker is mentioned (e.g. "he", "Kirby"); null when not mentioned nearby. */
  speakerMention: Span | null;
  /** The cue as written: "said", "according to", ":"; null for reporter statements. */
  cue: string | null;
  cueSpan: Span | null;
  /** Null for reporter statements. */
  direct: Directness | null;
}

export interface KnownSpeaker {
  id: string;
  name: string;
  aliases: string[];
}

export interface DetectOptions {
  /** Also propose every sentence holding no attributed claim as a reporter statement (default false). */
  reporterStatements?: boolean;
  /** Directory speakers to match resolved names against (by name or alias, case-insensitively). */
  knownSpeakers?: KnownSpeaker[];
}
