import { CONFIDENCE_LEVELS } from "@/lib/model";
import type { ConfidenceCounts } from "@/lib/speakers/model";
import { percent } from "@/lib/speakers/timeline";
import styles from "./speaker-page.module.css";

const W = 300;
const ROW = 36;
const LABEL = 78;
const VALUE = 78;

const LEVEL_WORDS = { high: "High", moderate: "Moderate", low: "Low" } as const;

/** The confidence distribution of a speaker's claims: one bar per level, with its count and share. */
export function ConfidenceChart({ counts, labelledBy, describedBy }: { counts: ConfidenceCounts; labelledBy: string; describedBy: string }) {
  const total = counts.low + counts.moderate + counts.high;
  const largest = Math.max(1, counts.low, counts.moderate, counts.high);
  const levels = [...CONFIDENCE_LEVELS].reverse();
  const barSpace = W - LABEL - VALUE;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${W} ${ROW * levels.length}`} role="img" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {levels.map((level, i) => {
        const width = counts[level] === 0 ? 0 : Math.max(3, (counts[level] / largest) * barSpace);
        const cy = i * ROW + ROW / 2;
        return (
          <g key={level}>
            <title>{`${LEVEL_WORDS[level]} confidence: ${counts[level].toLocaleString("en-US")} of ${total.toLocaleString("en-US")} claims`}</title>
            <text x={0} y={cy} dy="0.32em" className={styles.levelText}>
              {LEVEL_WORDS[level]}
            </text>
            <rect x={LABEL} y={cy - 9} width={barSpace} height={18} rx={4} className={styles.track} />
            {width > 0 ? <rect x={LABEL} y={cy - 9} width={width} height={18} rx={4} className={styles[`fill_${level}`]} /> : null}
            <text x={W} y={cy} dy="0.32em" textAnchor="end" className={styles.valueText}>
              {counts[level].toLocaleString("en-US")}
              <tspan className={styles.shareText}> · {percent(counts[level], total)}%</tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}
