import type { DetectedClaim } from "../attribution";
import type { ClaimKind, SpeakerKind } from "../model";
import { quoteWithContext } from "../claims/context";
import { hasContent, type Span } from "../claims/span";
import { splitsSurrogatePair } from "../text/code-points";
import type { Directness } from "./model";

/** A suggestion about to be stored: a detection with its quote and context, checked against the text. */
export interface SuggestionCandidate {
  kind: ClaimKind;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  speakerName: string | null;
  speakerKind: SpeakerKind | null;
  speakerDescription: string | null;
  speakerId: string | null;
  mentionStart: number | null;
  mentionEnd: number | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  direct: Directness | null;
}

/** What identifies a suggestion across computations: its kind, its words and where they are. */
export type SuggestionIdentity = Pick<SuggestionCandidate, "kind" | "quote" | "prefix" | "suffix"> & { start: number | null; end: number | null };

// The limits the database and the claim form hold fields to (see db/schema.ts and lib/schemas.ts).
const NAME_MAX = 200;
const DESCRIPTION_MAX = 500;
const CUE_MAX = 100;

const clip = (value: string | null | undefined, max: number): string | null => {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed.slice(0, max).trim();
};

const validSpan = (text: string, span: Span | null | undefined): span is Span =>
  !!span &&
  Number.isInteger(span.start) &&
  Number.isInteger(span.end) &&
  span.start >= 0 &&
  span.start < span.end &&
  span.end <= text.length &&
  !splitsSurrogatePair(text, span.start) &&
  !splitsSurrogatePair(text, span.end);

/**
 * The detector's findings as rows to store: each with the quote and 32 characters of context a claim keeps, its
 * fields held to a claim's limits. A finding whose span is not a span of this text (or holds only whitespace)
 * is dropped, and a mention or cue span that is not is left out, so that a detector bug never stores offsets
 * pointing at nothing.
 */
export function toCandidates(text: string, detected: readonly DetectedClaim[]): SuggestionCandidate[] {
  const out: SuggestionCandidate[] = [];
  for (const d of detected) {
    if (!validSpan(text, d) || !hasContent(text, d)) continue;
    const speaker = d.kind === "attributed" ? d.speaker : null;
    const speakerName = clip(speaker?.name, NAME_MAX);
    const mention = validSpan(text, d.speakerMention) ? d.speakerMention : null;
    const cueSpan = validSpan(text, d.cueSpan) ? d.cueSpan : null;
    out.push({
      kind: d.kind,
      start: d.start,
      end: d.end,
      ...quoteWithContext(text, d),
      speakerName,
      speakerKind: speakerName && speaker ? speaker.kind : null,
      speakerDescription: speakerName ? clip(speaker?.description, DESCRIPTION_MAX) : null,
      speakerId: speakerName ? (speaker?.speakerId ?? null) : null,
      mentionStart: mention?.start ?? null,
      mentionEnd: mention?.end ?? null,
      cue: clip(d.cue, CUE_MAX),
      cueStart: cueSpan?.start ?? null,
      cueEnd: cueSpan?.end ?? null,
      direct: d.direct,
    });
  }
  return out;
}

/**
 * Whether two suggestions are the same one: the same kind and words, at the same place or between the same
 * context (so that a suggestion moved by a text revision is still recognised, and one whose offsets were lost
 * too).
 */
export function sameSuggestion(a: SuggestionIdentity, b: SuggestionIdentity): boolean {
  if (a.kind !== b.kind || a.quote !== b.quote) return false;
  if (a.start !== null && a.start === b.start && a.end === b.end) return true;
  return a.prefix === b.prefix && a.suffix === b.suffix;
}

/**
 * The candidates worth proposing: not one the analyst already decided (accepted or rejected suggestions are
 * never proposed again), not the very span of a claim of the same kind, and each once.
 */
export function freshCandidates(
  candidates: readonly SuggestionCandidate[],
  decided: readonly SuggestionIdentity[],
  claims: readonly { kind: ClaimKind; start: number | null; end: number | null }[],
): SuggestionCandidate[] {
  const claimed = new Set(claims.flatMap((c) => (c.start === null ? [] : [`${c.kind}:${c.start}:${c.end}`])));
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.kind}:${c.start}:${c.end}`;
    if (claimed.has(key) || seen.has(key)) return false;
    seen.add(key);
    // Decided suggestions are few per article: a linear scan is cheaper than indexing them.
    return !decided.some((d) => sameSuggestion(d, c));
  });
}
