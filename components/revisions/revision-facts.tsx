import { countOf } from "@/components/library/format";
import type { RevisionSummaryDto } from "@/lib/model";
import { actionLabel, authorLabel, formatDateTime, reanchorParts } from "./revision-format";
import styles from "./revisions.module.css";

/** A revision's facts on one line: what was done, by whom, when, and how long the text is. */
export function RevisionMeta({ revision }: { revision: RevisionSummaryDto }) {
  const when = formatDateTime(revision.createdAt);
  return (
    <p className={styles.meta}>
      <span className={styles.action}>{actionLabel(revision.action)}</span>
      <span className={revision.author ? undefined : styles.unknown}>
        <span className="visually-hidden">by </span>
        {authorLabel(revision.author)}
      </span>
      {when ? (
        <span>
          <time dateTime={revision.createdAt}>{when}</time>
        </span>
      ) : null}
      <span>{countOf(revision.length, "character")}</span>
    </p>
  );
}

/** What became of the claims when the revision was saved ("12 moved · 1 orphaned"); nothing for the import. */
export function RevisionOutcomes({ revision }: { revision: Pick<RevisionSummaryDto, "counts"> }) {
  const parts = reanchorParts(revision.counts);
  if (parts === null) return null;
  return (
    <p className={styles.outcomes}>
      <span className={styles.outcomesLabel}>Claims carried over</span>
      {parts.length === 0 ? (
        <span className={styles.outcomesNone}>none: the article had no claims</span>
      ) : (
        parts.map((part) => (
          <span key={part.outcome} className={styles[`outcome_${part.outcome}`]}>
            {part.text}
          </span>
        ))
      )}
    </p>
  );
}

/** The "Current" mark of the revision that is the article's text now. */
export function CurrentMark() {
  return <span className={styles.current}>Current</span>;
}
