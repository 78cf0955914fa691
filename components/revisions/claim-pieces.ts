import type { ClaimDto } from "@/lib/model";

/** A stretch of text covered by the same claims (outermost first), as `[start, end)` offsets into the text. */
export interface TextPiece {
  start: number;
  end: number;
  claims: ClaimDto[];
}

/** A paragraph of the text (blank lines separate paragraphs) cut into pieces at every claim boundary. */
export interface ClaimParagraph {
  start: number;
  end: number;
  pieces: TextPiece[];
}

/** Outermost first: the earlier start, then the longer span, then the older claim. */
function outerFirst(a: ClaimDto, b: ClaimDto): number {
  return (a.start ?? 0) - (b.start ?? 0) || (b.end ?? 0) - (a.end ?? 0) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * Splits a text into paragraphs and each paragraph into pieces at claim starts and ends, so that overlapping
 * claims can be drawn as nested highlights piece by piece. Orphaned claims (no offsets) and spans outside the
 * text are left out. One sweep over the sorted boundaries: linear in the text's pieces, not pieces × claims.
 */
export function claimParagraphs(text: string, claims: readonly ClaimDto[]): ClaimParagraph[] {
  const paragraphs: ClaimParagraph[] = [];
  let from = 0;
  for (const gap of text.matchAll(/\n{2,}/g)) {
    if (gap.index > from) paragraphs.push({ start: from, end: gap.index, pieces: [] });
    from = gap.index + gap[0].length;
  }
  if (text.length > from) paragraphs.push({ start: from, end: text.length, pieces: [] });

  const placed = claims
    .filter((c) => c.start !== null && c.end !== null && c.start < c.end && c.start >= 0 && c.end <= text.length)
    .sort(outerFirst);
  const bounds = new Set<number>();
  for (const p of paragraphs) bounds.add(p.start).add(p.end);
  for (const c of placed) bounds.add(c.start ?? 0).add(c.end ?? 0);
  const sorted = [...bounds].sort((a, b) => a - b);

  let active: ClaimDto[] = [];
  let next = 0;
  let para = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? 0;
    active = active.filter((c) => (c.end ?? 0) > start);
    let added = false;
    while (next < placed.length && (placed[next]?.start ?? 0) <= start) {
      const claim = placed[next++];
      if (claim) active.push(claim), (added = true);
    }
    if (added) active.sort(outerFirst);
    while (para < paragraphs.length && (paragraphs[para]?.end ?? 0) <= start) para++;
    const paragraph = paragraphs[para];
    if (paragraph && paragraph.start <= start && end <= paragraph.end) paragraph.pieces.push({ start, end, claims: [...active] });
  }
  return paragraphs;
}
