import { countOf } from "@/components/library/format";
import type { DiffSegment, TextDiffView } from "@/lib/text/text-diff-view";
import styles from "./text-diff.module.css";

/** A change made only of line breaks would show nothing: a pilcrow stands in for it. */
function Changed({ segment }: { segment: DiffSegment }) {
  const onlyBreaks = /^\s+$/u.test(segment.text) && segment.text.includes("\n");
  const body = (
    <>
      {onlyBreaks ? (
        <span className={styles.breakMark} aria-hidden="true">
          ¶
        </span>
      ) : null}
      {segment.text}
    </>
  );
  if (segment.op === "insert") {
    return (
      <ins className={styles.ins} title={onlyBreaks ? "Line break inserted" : undefined}>
        {body}
      </ins>
    );
  }
  return (
    <del className={styles.del} title={onlyBreaks ? "Line break deleted" : undefined}>
      {body}
    </del>
  );
}

function Segment({ segment }: { segment: DiffSegment }) {
  switch (segment.op) {
    case "equal":
      return <>{segment.text}</>;
    case "skip":
      return (
        <details className={styles.skip}>
          <summary>{countOf(segment.chars, "unchanged character")}</summary>
          <div className={styles.skipped}>{segment.text}</div>
        </details>
      );
    default:
      return <Changed segment={segment} />;
  }
}

/**
 * The changes between two texts: a one-line summary, a key, and the text with insertions (`<ins>`, green,
 * underlined) and deletions (`<del>`, red, struck through); unchanged stretches fold into "N unchanged
 * characters", which open in place. Text is rendered as text, never as HTML.
 */
export function TextDiff({ view, fromLabel }: { view: TextDiffView; /** "revision 2" */ fromLabel: string }) {
  const { summary, segments } = view;
  if (summary.changes === 0) {
    return <p className={`card ${styles.same}`}>The text is the same as in {fromLabel}.</p>;
  }
  return (
    <>
      <div className={styles.summary}>
        <p className={styles.figures}>
          {countOf(summary.wordsInserted, "word")} inserted, {countOf(summary.wordsDeleted, "word")} deleted, in{" "}
          {countOf(summary.changes, "place")}
        </p>
        <p className={styles.chars}>
          ({summary.charsInserted.toLocaleString("en-US")} characters inserted, {summary.charsDeleted.toLocaleString("en-US")} deleted)
        </p>
        <p className={styles.legend} aria-hidden="true">
          <span>
            <span className={styles.swatchIns}>inserted</span>
          </span>
          <span>
            <span className={styles.swatchDel}>deleted</span>
          </span>
        </p>
      </div>
      <div className={`card ${styles.diff}`}>
        {segments.map((segment, i) => (
          <Segment key={i} segment={segment} />
        ))}
      </div>
    </>
  );
}
