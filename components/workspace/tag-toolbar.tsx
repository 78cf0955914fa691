"use client";

import { articleExportHref } from "@/lib/export/export-href";
import { ExportControl } from "@/components/exchange/export-control";
import styles from "./workspace.module.css";

interface TagToolbarProps {
  articleId: string;
  hasSelection: boolean;
  notice: string | null;
  /** Why the analyst may not tag claims, or edit the text; null when they may. */
  tagBlocked: string | null;
  textBlocked: string | null;
  onTag(): void;
  /** Switch the text into edit mode. */
  onEditText(): void;
  /** Open the dialog that replaces the whole text. */
  onReplaceText(): void;
  /** Open the list of keyboard shortcuts. */
  onShortcuts(): void;
}

/**
 * The bar above the text: tag the selection; edit or replace the text; download the article with its claims as Claimlens JSON at once,
 * or pick another format from the Export menu.
 */
export function TagToolbar({ articleId, hasSelection, notice, tagBlocked, textBlocked, onTag, onEditText, onReplaceText, onShortcuts }: TagToolbarProps) {
  return (
    <div className={styles.toolbar}>
      <button
        type="button"
        className="button primary"
        disabled={!hasSelection || tagBlocked !== null}
        onClick={onTag}
        aria-keyshortcuts="T"
        title={tagBlocked ?? (hasSelection ? "Tag the selected words (T)" : "Select words in the article first")}
      >
        Tag selection
      </button>
      <p className={styles.toolbarHint}>
        <span role="status" className={styles.toolbarNotice}>
          {notice}
        </span>
        {notice ? null : tagBlocked ? (
          tagBlocked
        ) : hasSelection ? (
          <>
            Press <kbd>T</kbd> or Tag selection to tag these words.
          </>
        ) : (
          "Select words in the article to tag them."
        )}
      </p>
      <div className={styles.textTools} role="group" aria-label="Change the text">
        <button
          type="button"
          className="button"
          disabled={textBlocked !== null}
          onClick={onEditText}
          title={textBlocked ?? "Correct the article's text; claims follow the edit"}
        >
          Edit text
        </button>
        <button
          type="button"
          className="button"
          disabled={textBlocked !== null}
          onClick={onReplaceText}
          title={textBlocked ?? "Replace the whole text with a new copy"}
        >
          Replace text…
        </button>
      </div>
      <button type="button" className={`button ghost ${styles.shortcutsButton}`} onClick={onShortcuts} aria-keyshortcuts="?" title="Keyboard shortcuts (?)">
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">Keyboard shortcuts</span>
      </button>
      <div className={styles.exportGroup} role="group" aria-label="Export this article">
        <a
          className={`button ${styles.download}`}
          href={`/api/articles/${articleId}/export`}
          download
          title="The article and its claims as Claimlens JSON (lossless, re-importable)"
        >
          <span aria-hidden="true">⤓</span> Download JSON
        </a>
        <ExportControl
          heading="Export this article"
          urlFor={(format) => articleExportHref(articleId, format)}
          buttonClassName={styles.exportButton}
        />
      </div>
    </div>
  );
}
