"use client";

import styles from "./workspace.module.css";

interface TagToolbarProps {
  articleId: string;
  hasSelection: boolean;
  notice: string | null;
  onTag(): void;
}

/** The bar above the text: tag the selection, and download the article with its claims. */
export function TagToolbar({ articleId, hasSelection, notice, onTag }: TagToolbarProps) {
  return (
    <div className={styles.toolbar}>
      <button
        type="button"
        className="button primary"
        disabled={!hasSelection}
        onClick={onTag}
        aria-keyshortcuts="T"
        title={hasSelection ? "Tag the selected words (T)" : "Select words in the article first"}
      >
        Tag selection
      </button>
      <p className={styles.toolbarHint}>
        <span role="status" className={styles.toolbarNotice}>
          {notice}
        </span>
        {notice ? null : hasSelection ? (
          <>
            Press <kbd>T</kbd> or Tag selection to tag these words.
          </>
        ) : (
          "Select words in the article to tag them."
        )}
      </p>
      <a className={`button ${styles.download}`} href={`/api/articles/${articleId}/export`} download>
        <span aria-hidden="true">⤓</span> Download JSON
      </a>
    </div>
  );
}
