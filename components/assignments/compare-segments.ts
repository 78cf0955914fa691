/** One run of the article's text and the units that cover it (none: plain text). */
export interface Segment {
  start: number;
  end: number;
  /** Keys of the units covering this run, in the order given. */
  units: string[];
}

/**
 * Cuts a text of `length` characters at every unit boundary, so that each run is covered by the same units
 * throughout: a sweep over the sorted boundaries, O((n + runs) log n).
 */
export function segmentsOf(length: number, units: readonly { key: string; start: number; end: number }[]): Segment[] {
  const events = units.flatMap((u) => [
    { at: u.start, key: u.key, open: true },
    { at: u.end, key: u.key, open: false },
  ]);
  events.sort((x, y) => x.at - y.at);
  const active = new Set<string>();
  const out: Segment[] = [];
  let from = 0;
  let i = 0;
  while (from < length) {
    while (i < events.length && (events[i]?.at ?? 0) <= from) {
      const e = events[i++];
      if (e) {
        if (e.open) active.add(e.key);
        else active.delete(e.key);
      }
    }
    const next = Math.min(length, events[i]?.at ?? length);
    if (next > from) out.push({ start: from, end: next, units: [...active] });
    from = Math.max(next, from + (next > from ? 0 : 1));
  }
  return out;
}
