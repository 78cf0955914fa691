import type { DetectedClaim, DetectOptions, SpeakerKind } from "@/lib/attribution";

/**
 * A stand-in for the attribution detector in route tests, so that they test storing and deciding suggestions
 * whatever the detector finds: the findings of ARTICLE, with directory speakers matched as the detector does.
 */

export const ARTICLE = [
  "National Security Council coordinator John Kirby said the talks had stalled.",
  "“We will watch closely,” Kirby added. Officials said the plan was unchanged.",
  "The Pentagon warned of long delays.",
].join("\n\n");

const at = (text: string, words: string, after = 0) => {
  const start = text.indexOf(words, after);
  if (start < 0) throw new Error(`“${words}” is not in the text`);
  return { start, end: start + words.length };
};

interface Finding {
  quote: string;
  speaker: string;
  kind: SpeakerKind;
  description?: string;
  mention: string;
  cue: string;
}

const FINDINGS: Finding[] = [
  { quote: "the talks had stalled", speaker: "John Kirby", kind: "person", description: "National Security Council coordinator", mention: "John Kirby", cue: "said" },
  { quote: "We will watch closely", speaker: "John Kirby", kind: "person", mention: "Kirby", cue: "added" },
  { quote: "the plan was unchanged", speaker: "officials", kind: "unnamed_source", mention: "Officials", cue: "said" },
  { quote: "of long delays", speaker: "The Pentagon", kind: "organization", mention: "The Pentagon", cue: "warned" },
];

/** The findings of FINDINGS still in `text` (so that an edited text loses some), in text order. */
export function fakeDetectClaims(text: string, options: DetectOptions = {}): DetectedClaim[] {
  const known = options.knownSpeakers ?? [];
  const out: DetectedClaim[] = [];
  for (const f of FINDINGS) {
    if (!text.includes(f.quote)) continue;
    const span = at(text, f.quote);
    const name = f.speaker.toLowerCase();
    const match = known.find((k) => k.name.toLowerCase() === name || k.aliases.some((a) => a.toLowerCase() === name));
    // The mention and cue nearest before the quote's end (the quote may open the sentence, cue after).
    const lineStart = text.lastIndexOf("\n", span.start) + 1;
    out.push({
      kind: "attributed",
      ...span,
      speaker: { name: f.speaker, kind: f.kind, description: f.description ?? null, speakerId: match?.id ?? null },
      speakerMention: text.includes(f.mention, lineStart) ? at(text, f.mention, lineStart) : null,
      cue: f.cue,
      cueSpan: text.includes(f.cue, lineStart) ? at(text, f.cue, lineStart) : null,
      direct: f.quote.startsWith("We") ? "direct" : "indirect",
    });
  }
  if (options.reporterStatements) out.push({ kind: "reporter", ...at(text, text.split("\n")[0] ?? ""), speaker: null, speakerMention: null, cue: null, cueSpan: null, direct: null });
  return out.sort((a, b) => a.start - b.start);
}
