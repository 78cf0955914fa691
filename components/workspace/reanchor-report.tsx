"use client";

import { REANCHOR_OUTCOME_LABELS, REANCHOR_OUTCOMES, type ReanchorReport } from "@/lib/model";
import { countOf } from "@/components/library/format";
import styles from "./text-dialogs.module.css";
import { useModalDialog } from "@/components/use-modal-dialog";

interface ReanchorReportDialogProps {
  report: ReanchorReport;
  onClose(): void;
  /** Closes the report and takes the analyst to the orphans, to re-attach or delete them. */
  onReview(): void;
}

const OUTCOME_HINTS: Record<ReanchorReport["claims"][number]["outcome"], string> = {
  exact: "same words, same place",
  moved: "same words, moved with the text",
  fuzzy: "close words found: check them",
  orphaned: "words not found: re-attach or delete",
};

const percent = (score: number) => `${Math.round(score * 100)}%`;

/**
 * What became of the claims when the text was saved: a count per outcome, the fuzzy matches with the old and
 * the new quote side by side, and the orphans, which a person must now look at.
 */
export function ReanchorReportDialog({ report, onClose, onReview }: ReanchorReportDialogProps) {
  const dialog = useModalDialog();
  const fuzzy = report.claims.filter((c) => c.outcome === "fuzzy");
  const orphans = report.claims.filter((c) => c.outcome === "orphaned");
  const total = report.claims.length;

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="reanchor-report-title" onClose={onClose}>
      <div className={styles.body}>
        <header className={styles.header}>
          <h2 id="reanchor-report-title">{report.changed ? `Text saved as revision ${report.revision}` : "The text did not change"}</h2>
          <button type="button" className={styles.close} aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <p className={styles.intro}>
          {total === 0
            ? "This article has no claims, so none had to move."
            : report.changed
              ? `${countOf(total, "claim")} carried over to the new text:`
              : "Nothing was saved; every claim stays where it was."}
        </p>
        {total > 0 && report.changed ? (
          <ul className={styles.counts} aria-label="Claims after the edit">
            {REANCHOR_OUTCOMES.map((outcome) => (
              <li key={outcome} className={styles[`count-${outcome}`]} data-outcome={outcome}>
                <span className={styles.countNumber}>{report.counts[outcome]}</span>
                <span className={styles.countLabel}>{REANCHOR_OUTCOME_LABELS[outcome]}</span>
                <span className={styles.countHint}>{OUTCOME_HINTS[outcome]}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {fuzzy.length > 0 ? (
          <section aria-labelledby="reanchor-fuzzy">
            <h3 id="reanchor-fuzzy" className={styles.subheading}>
              Re-found by fuzzy matching
            </h3>
            <table className={styles.compare}>
              <thead>
                <tr>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                  <th scope="col">Match</th>
                </tr>
              </thead>
              <tbody>
                {fuzzy.map((claim) => (
                  <tr key={claim.id}>
                    <td>
                      <del>{claim.oldQuote}</del>
                    </td>
                    <td>
                      <ins>{claim.newQuote}</ins>
                    </td>
                    <td>{claim.score === undefined ? "–" : percent(claim.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
        {orphans.length > 0 ? (
          <section aria-labelledby="reanchor-orphans">
            <h3 id="reanchor-orphans" className={styles.subheading}>
              Orphaned
            </h3>
            <ul className={styles.orphans}>
              {orphans.map((claim) => (
                <li key={claim.id}>“{claim.oldQuote}”</li>
              ))}
            </ul>
          </section>
        ) : null}
        <footer className={styles.footer}>
          {orphans.length > 0 ? (
            <button type="button" className="button primary" onClick={onReview}>
              Review {countOf(orphans.length, "orphan")}
            </button>
          ) : null}
          <button type="button" className={`button${orphans.length > 0 ? "" : " primary"}`} onClick={onClose}>
            Done
          </button>
        </footer>
      </div>
    </dialog>
  );
}
