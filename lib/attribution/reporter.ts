/** Reporter statements: every sentence that holds no attributed content, cue or speaker mention. */
import { snapToWords } from "../claims/span";
import { sentenceSpans } from "../text/sentences";
import type { DetectedClaim, Span } from "./types";

export function reporterStatements(text: string, attributed: DetectedClaim[]): DetectedClaim[] {
  const taken: Span[] = [];
  for (const c of attributed) {
    taken.push({ start: c.start, end: c.end });
    if (c.cueSpan) taken.push(c.cueSpan);
    if (c.speakerMention) taken.push(c.speakerMention);
  }
  taken.sort((a, b) => a.start - b.start);
  const out: DetectedClaim[] = [];
  let t = 0;
  for (const s of sentenceSpans(text)) {
    while (t < taken.length && taken[t]!.end <= s.start) t++;
    let overlaps = false;
    for (let k = t; k < taken.length && taken[k]!.start < s.end; k++) if (taken[k]!.end > s.start) overlaps = true;
    if (overlaps) continue;
    const span = snapToWords(text, s);
    if (!span || !/[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) continue;
    out.push({ kind: "reporter", ...span, speaker: null, speakerMention: null, cue: null, cueSpan: null, direct: null });
  }
  return out;
}
