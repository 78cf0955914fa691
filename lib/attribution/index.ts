/**
 * The attribution detector: every attributed claim in an article (content, speaker, cue, directness), and
 * optionally every other sentence as a reporter statement. Pure, deterministic, no network, linear in the text.
 */
import { blockQuote, colonFrame, dashCaption, directDrafts } from "./direct";
import type { Draft } from "./draft";
import { indirectDrafts } from "./indirect";
import { namedPeople } from "./names";
import { readParagraphs } from "./paragraphs";
import { reporterStatements } from "./reporter";
import { resolveSpeakers } from "./speakers";
import { trimContent } from "./trim";
import type { DetectedClaim, DetectOptions } from "./types";

export type * from "./types";

export function detectClaims(text: string, options: DetectOptions = {}): DetectedClaim[] {
  const paragraphs = readParagraphs(text);
  const drafts: Draft[] = [];
  const framesByQuote = new Map<number, Draft>();
  const pendingByQuote = new Map<number, Draft[]>();
  let quoteIndex = 0;
  paragraphs.forEach((p, i) => {
    const usedCues = new Set<number>();
    const direct = directDrafts(text, p, quoteIndex, framesByQuote, pendingByQuote, usedCues);
    // A quotation with no frame, captioned on the next line ("― Maria Lopez, Phoenix").
    const next = paragraphs[i + 1];
    const caption = next ? dashCaption(text, next.tokens, 0) : null;
    if (caption) {
      for (const d of direct) {
        if (!d.previousSpeaker) continue;
        d.previousSpeaker = false;
        d.mention = caption.mention;
        d.cue = caption.cue;
        d.cueSpan = caption.cueSpan;
      }
    }
    // Quote pieces that became claims of their own (drafts and pieces are both in text order).
    const framed = new Set<number>();
    let d = 0;
    p.quotes.forEach((q, k) => {
      while (d < direct.length && direct[d]!.end <= q.start) d++;
      const draft = direct[d];
      if (draft && draft.start >= q.start && draft.end <= q.end) framed.add(quoteIndex + k);
    });
    const previous = paragraphs[i - 1];
    const colon = previous ? colonFrame(text, previous) : null;
    const block = colon ? blockQuote(p, colon) : null;
    if (block) {
      // Attributions inside the block quote are the quoted speaker's own words: the block is one claim.
      drafts.push(block);
      quoteIndex += p.quotes.length;
      return;
    }
    // A frame that introduces the next paragraph as a block quote is not read again as indirect speech.
    const introduces = paragraphs[i + 1] ? colonFrame(text, p) : null;
    if (introduces && blockQuote(paragraphs[i + 1]!, introduces)) usedCues.add(introduces.cueIndex);
    const indirect = indirectDrafts({ text, p, usedCues, framed, direct });
    let firstOther = Infinity;
    for (const x of [...direct, ...indirect]) if (!x.afterClaimOnly) firstOther = Math.min(firstOther, x.start);
    drafts.push(...direct.filter((x) => !x.afterClaimOnly || firstOther < x.start), ...indirect);
    quoteIndex += p.quotes.length;
  });
  const speakers = resolveSpeakers(drafts, namedPeople(text, paragraphs), options.knownSpeakers ?? []);
  const claims: DetectedClaim[] = [];
  for (const d of drafts) {
    const span = trimContent(text, d);
    if (!span) continue;
    claims.push({
      kind: "attributed",
      start: span.start,
      end: span.end,
      speaker: speakers.get(d) ?? null,
      speakerMention: d.mention ? { ...d.mention.span } : null,
      cue: d.cue,
      cueSpan: d.cueSpan ? { ...d.cueSpan } : null,
      direct: d.direct,
    });
  }
  const all = options.reporterStatements ? [...claims, ...reporterStatements(text, claims)] : claims;
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}
