import { CONFIDENCE_LEVELS } from "@/lib/model";
import type { ConfidenceCounts } from "@/lib/speakers/model";
import styles from "./confidence-bar.module.css";

/**
 * A speaker's claims by confidence as one stacked bar (high, moderate, low) with the counts in words beside
 * it; the bar is decoration, the words are what a screen reader reads.
 */
export function ConfidenceBar({ counts, compact = false }: { counts: ConfidenceCounts; compact?: boolean }) {
  const total = counts.low + counts.moderate + counts.high;
  const levels = [...CONFIDENCE_LEVELS].reverse();
  return (
    <div className={`${styles.wrap} ${compact ? styles.compact : ""}`}>
      <div className={styles.bar} aria-hidden="true">
        {total === 0
          ? null
          : levels.map((level) =>
              counts[level] > 0 ? <span key={level} className={styles[level]} style={{ flexGrow: counts[level] }} /> : null,
            )}
      </div>
      <p className={styles.counts}>
        {levels.map((level) => (
          <span key={level} className={counts[level] === 0 ? styles.zero : undefined}>
            <span className={`${styles.dot} ${styles[level]}`} aria-hidden="true" />
            {counts[level].toLocaleString("en-US")} {level}
          </span>
        ))}
      </p>
    </div>
  );
}
