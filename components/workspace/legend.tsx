import styles from "./workspace.module.css";

/** What the colours, lines and letters in the text mean. */
export function Legend() {
  return (
    <div className={styles.legend} aria-label="Legend" role="group">
      <span className={styles.legendItem}>
        <span className={`${styles.swatch} ${styles.swatchAttributed}`} aria-hidden="true">
          Abc
        </span>
        Attributed claim (blue, solid line)
      </span>
      <span className={styles.legendItem}>
        <span className={`${styles.swatch} ${styles.swatchReporter}`} aria-hidden="true">
          Abc
        </span>
        Reporter statement (amber, dashed line)
      </span>
      <span className={styles.legendItem}>
        <span className={styles.markers} aria-hidden="true">
          <span className={styles.markerLow}>L</span>
          <span className={styles.markerModerate}>M</span>
          <span className={styles.markerHigh}>H</span>
        </span>
        Confidence: low, moderate, high (thicker line = higher)
      </span>
      <span className={styles.legendItem}>
        <span className={`${styles.swatch} ${styles.swatchOverlap}`} aria-hidden="true">
          Abc
        </span>
        Overlapping claims stack
      </span>
      <span className={styles.legendItem}>
        <span className={`${styles.swatch} ${styles.swatchSuggestion}`} aria-hidden="true">
          Abc
        </span>
        Suggested, not yet a claim (outline)
      </span>
    </div>
  );
}
