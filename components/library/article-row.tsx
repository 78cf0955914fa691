"use client";

import Link from "@/components/app-link";
import { useEffect, useId, useRef, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import type { ArticleSummaryDto } from "@/lib/model";
import { countOf, formatDate, sourceHost } from "./format";
import { ErrorMessage } from "@/components/error-message";
import styles from "./library.module.css";

/** One article in the library: a checkbox to select it for export, its title and facts, and an inline, confirmed "Delete". */
export function ArticleRow({
  article,
  selected,
  onSelectedChange,
  onDeleted,
}: {
  article: ArticleSummaryDto;
  selected: boolean;
  onSelectedChange: (selected: boolean) => void;
  onDeleted: (article: ArticleSummaryDto, alreadyGone: boolean) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const wasConfirming = useRef(false);

  // Focus follows the confirmation: onto "Cancel" (the safe choice) when it opens, back to "Delete" when it closes.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const published = formatDate(article.publishedAt);
  const imported = formatDate(article.createdAt);
  const host = sourceHost(article.sourceUrl);

  async function confirmDelete() {
    setDeleting(true);
    setError(null);
    try {
      await api.deleteArticle(article.id);
      onDeleted(article, false);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) {
        onDeleted(article, true);
        return;
      }
      setError(caught instanceof ApiError ? caught.message : "The article could not be deleted. Try again.");
      setDeleting(false);
    }
  }

  return (
    <li className={`card ${styles.row} ${selected ? styles.rowSelected : ""}`} data-article-id={article.id}>
      <div className={styles.rowSelect}>
        <input
          type="checkbox"
          checked={selected}
          aria-label={`Select ${article.title}`}
          onChange={(event) => onSelectedChange(event.currentTarget.checked)}
        />
      </div>
      <div className={styles.rowMain}>
        <h3 className={styles.rowTitle}>
          <Link href={`/articles/${article.id}`} id={`article-${article.id}`}>
            {article.title}
          </Link>
        </h3>
        <p className={styles.meta}>
          {published ? (
            <span>
              Published <time dateTime={article.publishedAt ?? undefined}>{published}</time>
            </span>
          ) : (
            <span className={styles.metaMissing}>No publication date</span>
          )}
          {host && article.sourceUrl ? (
            <span>
              <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer" className={styles.source}>
                {host}
                <span aria-hidden="true"> ↗</span>
                <span className="visually-hidden"> (source, opens in a new tab)</span>
              </a>
            </span>
          ) : null}
          {imported ? (
            <span>
              Imported <time dateTime={article.createdAt}>{imported}</time>
            </span>
          ) : null}
        </p>
      </div>

      <div className={styles.rowSide}>
        <span className={article.claimCount > 0 ? styles.count : `${styles.count} ${styles.countNone}`}>
          {countOf(article.claimCount, "claim")}
        </span>
        {article.orphanCount > 0 ? (
          <Link
            href={`/articles/${article.id}`}
            className={styles.orphans}
            title="Claims that lost their words when the text was edited: open the article to re-attach or delete them"
          >
            {countOf(article.orphanCount, "orphan")} to review
          </Link>
        ) : null}
        {article.pendingSuggestions > 0 ? (
          <Link
            href={`/articles/${article.id}`}
            className={styles.suggestions}
            title="Claims Claimlens found in the article: open it to accept or reject them"
          >
            {countOf(article.pendingSuggestions, "suggestion")} waiting
          </Link>
        ) : null}
        {!confirming ? (
          <button
            ref={deleteButton}
            type="button"
            className={`button small ghost ${styles.deleteAction}`}
            onClick={() => {
              setError(null);
              setConfirming(true);
            }}
          >
            Delete<span className="visually-hidden"> {article.title}</span>
          </button>
        ) : null}
      </div>

      {confirming ? (
        <div
          role="group"
          aria-labelledby={questionId}
          className={styles.confirm}
          onKeyDown={(event) => {
            if (event.key === "Escape" && !deleting) setConfirming(false);
          }}
        >
          <p id={questionId} className={styles.confirmQuestion}>
            {article.claimCount > 0
              ? `Delete this article and its ${countOf(article.claimCount, "claim")}?`
              : "Delete this article? It has no claims yet."}{" "}
            <span className="muted">This cannot be undone.</span>
          </p>
          <div className={styles.confirmActions}>
            <button type="button" className={`button small ${styles.dangerSolid}`} onClick={confirmDelete} disabled={deleting}>
              {deleting ? "Deleting…" : "Delete"}
            </button>
            <button ref={cancelButton} type="button" className="button small" onClick={() => setConfirming(false)} disabled={deleting}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      <ErrorMessage message={error} className={styles.rowError} />
    </li>
  );
}
