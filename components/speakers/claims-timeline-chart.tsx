import { CONFIDENCE_LEVELS } from "@/lib/model";
import { axisLabels, niceTicks, type Timeline } from "@/lib/speakers/timeline";
import styles from "./speaker-page.module.css";

const W = 640;
const H = 190;
const M = { top: 10, right: 6, bottom: 34, left: 40 };

const UNIT_WORDS: Record<Timeline["unit"], string> = { day: "day", week: "week", month: "month", quarter: "quarter", year: "year" };

/** A bar's tooltip. One string: React hydrates a `<title>` with several text children as a mismatch. */
function barTitle(bucket: Timeline["buckets"][number]): string {
  const claims = `${bucket.label}: ${bucket.total.toLocaleString("en-US")} ${bucket.total === 1 ? "claim" : "claims"}`;
  return bucket.total > 0 ? `${claims} (${bucket.high} high, ${bucket.moderate} moderate, ${bucket.low} low)` : claims;
}

/**
 * A speaker's claims over time as stacked bars (high at the bottom, then moderate, then low), drawn on the
 * server as SVG. The picture is one image to assistive technology, named by `summaryId`'s text.
 */
export function ClaimsTimelineChart({ timeline, labelledBy, describedBy }: { timeline: Timeline; labelledBy: string; describedBy: string }) {
  const ticks = niceTicks(timeline.max);
  const top = ticks[ticks.length - 1] ?? 1;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = Math.max(1, timeline.buckets.length);
  const slot = plotW / n;
  const barW = Math.max(2, Math.min(44, slot * 0.72));
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const stack = [...CONFIDENCE_LEVELS].reverse();
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      preserveAspectRatio="xMidYMid meet"
    >
      {ticks.map((tick) => (
        <g key={tick} className={styles.gridLine}>
          <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} />
          <text x={M.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className={styles.axisText}>
            {tick.toLocaleString("en-US")}
          </text>
        </g>
      ))}
      {timeline.buckets.map((bucket, i) => {
        const x = M.left + i * slot + (slot - barW) / 2;
        let base = 0;
        return (
          <g key={bucket.start} className={styles.bar}>
            <title>{barTitle(bucket)}</title>
            {/* A full-height hit area, so that the tooltip shows on thin bars too. */}
            <rect x={M.left + i * slot} y={M.top} width={slot} height={plotH} className={styles.hit} />
            {stack.map((level) => {
              const value = bucket[level];
              if (value === 0) return null;
              const y0 = y(base);
              base += value;
              const y1 = y(base);
              return <rect key={level} x={x} y={y1} width={barW} height={Math.max(1, y0 - y1)} className={styles[`fill_${level}`]} />;
            })}
          </g>
        );
      })}
      <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} className={styles.baseline} />
      {axisLabels(timeline, Math.max(2, Math.floor(plotW / 78))).map(({ index, text }) => (
        <text key={index} x={M.left + index * slot + slot / 2} y={H - M.bottom + 18} textAnchor="middle" className={styles.axisText}>
          {text}
        </text>
      ))}
      <text x={W - M.right} y={H - 4} textAnchor="end" className={styles.axisNote}>
        claims per {UNIT_WORDS[timeline.unit]}, by article date
      </text>
    </svg>
  );
}
