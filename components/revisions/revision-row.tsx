import Link from "@/components/app-link";
import type { RevisionSummaryDto } from "@/lib/model";
import { CurrentMark, RevisionMeta, RevisionOutcomes } from "./revision-facts";
import { revisionsHref } from "./revision-format";
import styles from "./revisions.module.css";

/** One revision in the history: its number, what was done, by whom and when, and links to its changes and text. */
export function RevisionRow({ articleId, revision }: { articleId: string; revision: RevisionSummaryDto }) {
  const n = revision.revision;
  const headingId = `revision-${n}`;
  return (
    <article className={`card ${styles.row} ${revision.current ? styles.rowCurrent : ""}`} aria-labelledby={headingId}>
      <div>
        <div className={styles.titleLine}>
          <h2 id={headingId} className={styles.rowTitle}>
            <Link href={revisionsHref(articleId, n)}>Revision {n}</Link>
          </h2>
          {revision.current ? <CurrentMark /> : null}
        </div>
        <RevisionMeta revision={revision} />
        <RevisionOutcomes revision={revision} />
      </div>
      <div className={styles.rowLinks}>
        {n > 1 ? (
          <Link href={revisionsHref(articleId, n, "changes")} className="button small">
            Changes<span className="visually-hidden"> in revision {n}</span>
          </Link>
        ) : (
          <span className={styles.first}>First revision</span>
        )}
        <Link href={revisionsHref(articleId, n)} className="button small">
          Read<span className="visually-hidden"> revision {n}</span>
        </Link>
      </div>
    </article>
  );
}
