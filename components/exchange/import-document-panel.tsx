"use client";

import Link from "@/components/app-link";
import { useEffect, useId, useRef } from "react";
import { articleOutcomeLabel, previewSentence, refusedLabel, resultSentence, wouldChange } from "./import-document";
import type { DocumentImport } from "./use-document-import";
import styles from "./import.module.css";

const MAX_LISTED_ARTICLES = 200;

/**
 * What an import of a Claimlens JSON file will do (the dry run), with Import and Cancel; then what it did,
 * or every problem that stopped it, each with its place in the file.
 */
export function ImportDocumentPanel({ importer }: { importer: DocumentImport }) {
  const { state, confirm, close } = importer;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // Each new answer is read from the top; the panel appears below the button that started it.
  useEffect(() => {
    if (state.step === "preview" || state.step === "done" || state.step === "failed") {
      heading.current?.focus();
      heading.current?.scrollIntoView({ block: "nearest" });
    }
  }, [state.step]);

  if (state.step === "idle") return null;
  const busy = state.step === "checking" || state.step === "importing";
  const report = state.step === "preview" || state.step === "importing" || state.step === "done" ? state.report : null;
  const tone = state.step === "failed" ? styles.importFailed : state.step === "done" ? styles.importDone : "";

  return (
    <section
      aria-labelledby={headingId}
      className={`card ${styles.importPanel} ${tone}`}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !busy) close();
      }}
    >
      <div className={styles.importHeader}>
        <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.importHeading}>
          Import Claimlens JSON
          {state.fileName ? <span className={styles.importFile}>{state.fileName}</span> : null}
        </h3>
        {!busy ? (
          <button type="button" className={`button small ghost ${styles.importClose}`} aria-label="Close the import" onClick={close}>
            ×
          </button>
        ) : null}
      </div>

      {state.step === "checking" ? (
        <p role="status" className={styles.importChecking}>
          <span className={styles.spinner} aria-hidden="true" /> Checking the file: nothing is written yet…
        </p>
      ) : null}

      {state.step === "failed" ? (
        <>
          <p role="alert" className="error-message">
            {state.message}
          </p>
          {state.issues.length > 0 ? (
            <div className={styles.issues} tabIndex={0} role="region" aria-label={`Problems in ${state.fileName ?? "the file"}`}>
              <ul>
                {state.issues.map((issue, index) => (
                  <li key={`${issue.path}-${index}`}>
                    <code>{issue.path}</code> {issue.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {state.refused && state.refused.length > 0 ? (
            <div className={styles.issues} tabIndex={0} role="region" aria-label="Claims you may not change">
              <ul>
                {state.refused.map((claim) => (
                  <li key={claim.path}>
                    <code>{claim.path}</code> {refusedLabel(claim)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}

      {report && (state.step === "preview" || state.step === "importing") ? (
        <p role="status" className={styles.importSummary}>
          {previewSentence(report)}
        </p>
      ) : null}
      {report && state.step === "done" ? (
        <p role="status" className={styles.importSummary}>
          <span aria-hidden="true" className={styles.tick}>
            ✓
          </span>{" "}
          {resultSentence(report)}
        </p>
      ) : null}

      {report && report.articles.length > 0 ? (
        <div className={styles.importArticles}>
          <ul aria-label={state.step === "done" ? "Articles imported" : "Articles in the file"}>
            {report.articles.slice(0, MAX_LISTED_ARTICLES).map((article) => (
              <li key={article.path}>
                {state.step === "done" && article.outcome !== "refused" ? (
                  <Link href={`/articles/${article.id}`} className={styles.importArticleTitle}>
                    {article.title}
                  </Link>
                ) : (
                  <span className={styles.importArticleTitle}>{article.title}</span>
                )}
                <span className={`${styles.outcome} ${styles[`outcome-${article.outcome}`] ?? ""}`}>{articleOutcomeLabel(article, report.dryRun)}</span>
              </li>
            ))}
          </ul>
          {report.articles.length > MAX_LISTED_ARTICLES ? (
            <p className="muted">and {(report.articles.length - MAX_LISTED_ARTICLES).toLocaleString("en")} more articles</p>
          ) : null}
        </div>
      ) : null}

      <div className={styles.importActions}>
        {state.step === "preview" || state.step === "importing" ? (
          wouldChange(state.report) ? (
            <>
              <button
                type="button"
                className="button primary"
                disabled={state.step === "importing"}
                aria-busy={state.step === "importing" || undefined}
                onClick={() => void confirm()}
              >
                {state.step === "importing" ? "Importing…" : "Import"}
              </button>
              <button type="button" className="button" disabled={state.step === "importing"} onClick={close}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={close}>
              Close
            </button>
          )
        ) : state.step === "done" || state.step === "failed" ? (
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        ) : null}
      </div>
    </section>
  );
}
