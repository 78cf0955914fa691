import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { axisLabels, buildTimeline, lastDayOf, niceTicks, timelineSummary } from "./timeline";
import type { DayCounts } from "./model";

const day = (d: string, low = 0, moderate = 0, high = 1): DayCounts => ({ day: d, low, moderate, high });

describe("buildTimeline", () => {
  it("is empty without claims", () => {
    expect(buildTimeline([])).toEqual({ unit: "month", buckets: [], total: 0, max: 0 });
  });

  it.each<[string, DayCounts[], string, number]>([
    ["a few days apart: days", [day("2023-11-19"), day("2023-11-21")], "day", 3],
    ["two months apart: weeks (from Monday)", [day("2023-10-05"), day("2023-11-21")], "week", 8],
    ["a year apart: months", [day("2023-02-14"), day("2024-01-22")], "month", 12],
    ["five years apart: quarters", [day("2019-01-01"), day("2023-12-31")], "quarter", 20],
    ["twenty years apart: years", [day("2004-06-01"), day("2023-06-01")], "year", 20],
  ])("%s", (_name, days, unit, count) => {
    const timeline = buildTimeline(days);
    expect(timeline.unit).toBe(unit);
    expect(timeline.buckets).toHaveLength(count);
    expect(timeline.total).toBe(days.length);
  });

  it("sums by confidence into consecutive periods, empty ones included", () => {
    const timeline = buildTimeline([day("2023-03-31", 1, 0, 0), day("2023-01-02", 0, 2, 1), day("2023-01-30", 0, 0, 3)], 6);
    expect(timeline.unit).toBe("month");
    expect(timeline.buckets.map((b) => [b.start, b.end, b.label, b.short, b.low, b.moderate, b.high, b.total])).toEqual([
      ["2023-01-01", "2023-02-01", "Jan 2023", "Jan", 0, 2, 4, 6],
      ["2023-02-01", "2023-03-01", "Feb 2023", "Feb", 0, 0, 0, 0],
      ["2023-03-01", "2023-04-01", "Mar 2023", "Mar", 1, 0, 0, 1],
    ]);
    expect(timeline.max).toBe(6);
    expect(lastDayOf(timeline.buckets[1]!)).toBe("2023-02-28");
  });

  it("starts weeks on Monday and labels them by their first day", () => {
    const timeline = buildTimeline([day("2023-11-21"), day("2024-01-03")], 10);
    expect(timeline.unit).toBe("week");
    expect(timeline.buckets[0]).toMatchObject({ start: "2023-11-20", end: "2023-11-27", label: "Week of 20 Nov 2023" });
  });

  it("keeps every claim, in at most maxBuckets periods that tile the range", () => {
    const dayArb = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.record({ day: dayArb, low: fc.nat(5), moderate: fc.nat(5), high: fc.nat(5) }), { maxLength: 30 }), fc.integer({ min: 4, max: 40 }), (days, max) => {
        const timeline = buildTimeline(days, max);
        const total = days.reduce((sum, d) => sum + d.low + d.moderate + d.high, 0);
        expect(timeline.total).toBe(total);
        if (total === 0) return;
        expect(timeline.buckets.length).toBeLessThanOrEqual(timeline.unit === "year" ? Infinity : max);
        for (let i = 1; i < timeline.buckets.length; i++) expect(timeline.buckets[i]!.start).toBe(timeline.buckets[i - 1]!.end);
      }),
    );
  });
});

describe("niceTicks", () => {
  it.each<[number, number[]]>([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [12, [0, 5, 10, 15]],
    [50_000, [0, 20_000, 40_000, 60_000]],
  ])("%d → %j", (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it("always reaches the maximum in whole, even steps", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (max) => {
        const ticks = niceTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeLessThanOrEqual(7);
        for (const t of ticks) expect(Number.isInteger(t)).toBe(true);
      }),
    );
  });
});

describe("axisLabels and timelineSummary", () => {
  it("labels evenly, with the year where it changes", () => {
    const timeline = buildTimeline([day("2023-02-14"), day("2024-01-22")]);
    expect(axisLabels(timeline, 6).map((l) => l.text)).toEqual(["Feb 2023", "Apr", "Jun", "Aug", "Oct", "Dec"]);
  });

  it("says the span, the busiest period and the shares of each confidence", () => {
    const timeline = buildTimeline([day("2023-02-14", 1, 1, 1), day("2024-01-22", 0, 0, 1)]);
    expect(timelineSummary(timeline, { low: 1, moderate: 1, high: 2 })).toBe(
      "4 claims from Feb 2023 to Jan 2024; the most in Feb 2023 (3). By confidence: high confidence 2 (50%), moderate confidence 1 (25%), low confidence 1 (25%).",
    );
    expect(timelineSummary(buildTimeline([day("2023-02-14")]), { low: 0, moderate: 0, high: 1 })).toBe(
      "1 claim, all in 14 Feb 2023. By confidence: high confidence 1 (100%), moderate confidence 0 (0%), low confidence 0 (0%).",
    );
    expect(timelineSummary(buildTimeline([]), { low: 0, moderate: 0, high: 0 })).toBe("No claims yet.");
  });
});
