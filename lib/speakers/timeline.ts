import { CONFIDENCE_LEVELS } from "../model";
import type { ConfidenceCounts, DayCounts } from "./model";

/** The period one bar of the over-time chart covers: the finest that keeps the bars few enough to read. */
export const TIMELINE_UNITS = ["day", "week", "month", "quarter", "year"] as const;
export type TimelineUnit = (typeof TIMELINE_UNITS)[number];

export interface TimelineBucket extends ConfidenceCounts {
  /** First day of the period, and the day after its last (YYYY-MM-DD, UTC). */
  start: string;
  end: string;
  /** "Nov 2023"; `short` is what fits under a bar ("Nov"). */
  label: string;
  short: string;
  total: number;
}

export interface Timeline {
  unit: TimelineUnit;
  buckets: TimelineBucket[];
  total: number;
  /** The largest bucket total (0 when there are no claims). */
  max: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const DAY_MS = 86_400_000;

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parseDay = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The start of the period holding `ms`, and the start of the next one. */
function periodOf(unit: TimelineUnit, ms: number): { start: number; next: number } {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case "day": {
      const start = Date.UTC(y, m, d.getUTCDate());
      return { start, next: start + DAY_MS };
    }
    case "week": {
      // ISO weeks start on Monday.
      const start = Date.UTC(y, m, d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY_MS;
      return { start, next: start + 7 * DAY_MS };
    }
    case "month":
      return { start: Date.UTC(y, m, 1), next: Date.UTC(y, m + 1, 1) };
    case "quarter": {
      const q = Math.floor(m / 3) * 3;
      return { start: Date.UTC(y, q, 1), next: Date.UTC(y, q + 3, 1) };
    }
    case "year":
      return { start: Date.UTC(y, 0, 1), next: Date.UTC(y + 1, 0, 1) };
  }
}

function labels(unit: TimelineUnit, ms: number): { label: string; short: string } {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const month = MONTHS[d.getUTCMonth()] ?? "";
  switch (unit) {
    case "day":
      return { label: `${d.getUTCDate()} ${month} ${y}`, short: `${d.getUTCDate()} ${month}` };
    case "week":
      return { label: `Week of ${d.getUTCDate()} ${month} ${y}`, short: `${d.getUTCDate()} ${month}` };
    case "month":
      return { label: `${month} ${y}`, short: month };
    case "quarter":
      return { label: `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${y}`, short: `Q${Math.floor(d.getUTCMonth() / 3) + 1}` };
    case "year":
      return { label: String(y), short: String(y) };
  }
}

function periodsBetween(unit: TimelineUnit, first: number, last: number): number[] {
  const starts: number[] = [];
  for (let at = periodOf(unit, first).start; at <= last; at = periodOf(unit, at).next) starts.push(at);
  return starts;
}

/**
 * Buckets a speaker's claims per day into at most `maxBuckets` consecutive periods (empty ones included, so
 * that the chart's x axis is time), choosing the finest unit that fits: days, weeks, months, quarters or years.
 */
export function buildTimeline(days: DayCounts[], maxBuckets = 36): Timeline {
  const sorted = days.filter((d) => d.low + d.moderate + d.high > 0).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const firstDay = sorted[0];
  const lastDay = sorted[sorted.length - 1];
  if (!firstDay || !lastDay) return { unit: "month", buckets: [], total: 0, max: 0 };
  const first = parseDay(firstDay.day);
  const last = parseDay(lastDay.day);
  const unit = TIMELINE_UNITS.find((u) => periodsBetween(u, first, last).length <= maxBuckets) ?? "year";
  const buckets: TimelineBucket[] = periodsBetween(unit, first, last).map((start) => ({
    start: toDay(start),
    end: toDay(periodOf(unit, start).next),
    ...labels(unit, start),
    low: 0,
    moderate: 0,
    high: 0,
    total: 0,
  }));
  let i = 0;
  for (const day of sorted) {
    while (i < buckets.length - 1 && (buckets[i]?.end ?? "") <= day.day) i++;
    const bucket = buckets[i];
    if (!bucket) continue;
    for (const level of CONFIDENCE_LEVELS) bucket[level] += day[level];
    bucket.total += day.low + day.moderate + day.high;
  }
  const total = buckets.reduce((sum, b) => sum + b.total, 0);
  return { unit, buckets, total, max: buckets.reduce((max, b) => Math.max(max, b.total), 0) };
}

/** The last day a bucket covers (its `end` is the day after): what a date filter's "to" takes. */
export function lastDayOf(bucket: Pick<TimelineBucket, "end">): string {
  return toDay(parseDay(bucket.end) - DAY_MS);
}

/** Round steps for a chart's y axis from 0 to at least `max`: 0, 5, 10, 15 or 0, 2000, 4000. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? 10 * magnitude));
  // Steps up to the first one at or past the maximum.
  const ticks = [0];
  while ((ticks[ticks.length - 1] ?? 0) < max) ticks.push(ticks.length * step);
  return ticks;
}

/** A percentage of a total, rounded, for labels: 0 when the total is 0. */
export function percent(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0;
}

/**
 * The chart in words, for screen readers and anyone who would rather read: the span of time, the busiest
 * period, and the share of each confidence level.
 */
export function timelineSummary(timeline: Timeline, counts: ConfidenceCounts): string {
  const total = counts.low + counts.moderate + counts.high;
  if (total === 0) return "No claims yet.";
  const first = timeline.buckets[0];
  const last = timeline.buckets[timeline.buckets.length - 1];
  const claims = `${total.toLocaleString("en-US")} ${total === 1 ? "claim" : "claims"}`;
  const parts: string[] = [];
  if (first && last && first !== last) {
    const busiest = timeline.buckets.reduce((best, b) => (b.total > best.total ? b : best), first);
    parts.push(`${claims} from ${first.label} to ${last.label}; the most in ${busiest.label} (${busiest.total.toLocaleString("en-US")}).`);
  } else if (first) {
    parts.push(`${claims}, all in ${first.label}.`);
  }
  const shares = [...CONFIDENCE_LEVELS]
    .reverse()
    .map((level) => `${level} confidence ${counts[level].toLocaleString("en-US")} (${percent(counts[level], total)}%)`);
  parts.push(`By confidence: ${shares.join(", ")}.`);
  return parts.join(" ");
}

/**
 * The x-axis labels of a timeline: at most `maxLabels`, evenly spaced, each with the year where it changes
 * ("Nov 2023", "Feb", "May", "Aug", "Nov", "Feb 2024").
 */
export function axisLabels(timeline: Timeline, maxLabels = 8): { index: number; text: string }[] {
  const n = timeline.buckets.length;
  if (n === 0) return [];
  const every = Math.max(1, Math.ceil(n / maxLabels));
  const out: { index: number; text: string }[] = [];
  let lastYear: string | null = null;
  for (let i = 0; i < n; i += every) {
    const bucket = timeline.buckets[i]!;
    const year = bucket.start.slice(0, 4);
    const withYear = timeline.unit !== "year" && year !== lastYear;
    out.push({ index: i, text: withYear ? `${bucket.short} ${year}` : bucket.short });
    lastYear = year;
  }
  return out;
}
