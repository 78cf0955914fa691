/** A run of activity entries from one day (UTC), in the list's order. */
export interface ActivityDay<T> {
  /** The day as "2024-03-02" (UTC), which also keys the group. */
  day: string;
  entries: T[];
}

/**
 * Groups a newest-first list of changes by the day they were made, keeping the list's order. Days are UTC, as
 * every date on the page is, so that the server's render and the browser's agree. Pages appended later extend
 * the last day when they continue it.
 */
export function groupByDay<T extends { at: string }>(entries: readonly T[]): ActivityDay<T>[] {
  const days: ActivityDay<T>[] = [];
  for (const entry of entries) {
    const date = new Date(entry.at);
    const day = Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
    const last = days[days.length - 1];
    if (last && last.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}
