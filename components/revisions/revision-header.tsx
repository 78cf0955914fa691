import Link from "@/components/app-link";
import type { ReactNode } from "react";
import type { RevisionSummaryDto } from "@/lib/model";
import { CurrentMark, RevisionMeta, RevisionOutcomes } from "./revision-facts";
import { revisionsHref } from "./revision-format";
import { RevisionsBreadcrumb } from "./revisions-breadcrumb";
import styles from "./revisions.module.css";

interface RevisionHeaderProps {
  article: { id: string; title: string };
  revision: RevisionSummaryDto;
  /** The article's current revision number (also the number of revisions). */
  latest: number;
  /** The restore button, or the way into the workspace for the current revision. */
  actions: ReactNode;
}

/** The head of one revision's page: where it sits, what it was, what to do with it, and the way to its neighbours. */
export function RevisionHeader({ article, revision, latest, actions }: RevisionHeaderProps) {
  const n = revision.revision;
  return (
    <header className={styles.header}>
      <RevisionsBreadcrumb article={article} revision={n} />
      <div className={styles.titleRow}>
        <div className={styles.titleBlock}>
          <div className={styles.titleLine}>
            <h1 className={styles.title}>Revision {n}</h1>
            {revision.current ? <CurrentMark /> : null}
          </div>
          <p className={styles.subtitle}>{article.title}</p>
          <RevisionMeta revision={revision} />
          <RevisionOutcomes revision={revision} />
        </div>
        <div className={styles.actions}>{actions}</div>
      </div>
      {revision.current ? null : (
        <p className={styles.notice} role="note">
          This is an older text: revision {n} of {latest}. Its claims are shown as they were while it was the current text.
        </p>
      )}
      <nav aria-label="Other revisions" className={styles.pager}>
        {n > 1 ? (
          <Link href={revisionsHref(article.id, n - 1)}>
            <span aria-hidden="true">← </span>Revision {n - 1}
            <span className="visually-hidden"> (older)</span>
          </Link>
        ) : null}
        {n < latest ? (
          <Link href={revisionsHref(article.id, n + 1)}>
            Revision {n + 1}
            <span className="visually-hidden"> (newer)</span>
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
        <span className={styles.pagerSpacer} />
        <Link href={revisionsHref(article.id)}>All revisions</Link>
      </nav>
    </header>
  );
}
