"use client";

import Link from "@/components/app-link";
import { useEffect, useRef } from "react";
import { MAX_AGREEMENT_ARTICLES } from "@/lib/agreement/schemas";
import { MAX_SELECTED_FOR_EXPORT } from "@/components/exchange/export-formats";
import { exportHref } from "@/lib/export/export-href";
import { ExportControl } from "@/components/exchange/export-control";
import { ImportDocumentButton } from "@/components/exchange/import-document-button";
import type { DocumentImport } from "@/components/exchange/use-document-import";
import { countOf } from "./format";
import styles from "./library.module.css";

interface LibraryToolbarProps {
  /** Ids of the articles listed, and of those selected among them. */
  listedIds: string[];
  selectedIds: string[];
  /** True when more articles exist than are listed. */
  more: boolean;
  onSelectAll(selected: boolean): void;
  importer: DocumentImport;
}

/**
 * The bar above the library's list: select articles, export them (or the whole corpus) in any format, and
 * import a Claimlens JSON file.
 */
export function LibraryToolbar({ listedIds, selectedIds, more, onSelectAll, importer }: LibraryToolbarProps) {
  const selectAll = useRef<HTMLInputElement>(null);
  const selected = selectedIds.length;
  const all = listedIds.length > 0 && selected === listedIds.length;

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selected > 0 && !all;
  }, [selected, all]);

  const heading = selected === 0 ? "Export all articles" : `Export ${countOf(selected, "selected article")}`;
  // Too many ids would make the address too long. When they are every article there is, the whole corpus is
  // the same articles (its speaker list also names the speakers no claim cites).
  const tooMany = selected > MAX_SELECTED_FOR_EXPORT;
  const wholeCorpus = selected === 0 || (tooMany && all && !more);
  const refusal =
    tooMany && !wholeCorpus
      ? `Select at most ${MAX_SELECTED_FOR_EXPORT} articles to export them, or clear the selection to export all articles.`
      : null;

  return (
    <div className={styles.toolbar}>
      {listedIds.length > 0 ? (
        <div className={styles.selection}>
          <label className={styles.selectAll}>
            <input ref={selectAll} type="checkbox" checked={all} onChange={(event) => onSelectAll(event.currentTarget.checked)} />
            Select all
          </label>
          {selected > 0 ? (
            <>
              <span className={styles.selectedCount} aria-live="polite">
                {countOf(selected, "article")} selected
              </span>
              <button type="button" className={`button small ghost ${styles.clearSelection}`} onClick={() => onSelectAll(false)}>
                Clear
              </button>
              {selected <= MAX_AGREEMENT_ARTICLES ? (
                <Link className="button small ghost" href={`/agreement?articles=${selectedIds.join(",")}`}>
                  Agreement
                </Link>
              ) : null}
            </>
          ) : (
            <span className={styles.selectionHint}>Select articles to export only those.</span>
          )}
        </div>
      ) : (
        <p className={styles.selectionHint}>Restore a backup or bring in another installation’s work.</p>
      )}
      <div className={styles.toolbarActions}>
        <ImportDocumentButton importer={importer} className="small" />
        {listedIds.length > 0 ? (
          <ExportControl
            heading={heading}
            urlFor={(format) => exportHref(format, wholeCorpus ? {} : { articleIds: selectedIds })}
            refusal={refusal}
            buttonClassName={`small ${styles.exportButton}`}
          />
        ) : null}
      </div>
    </div>
  );
}
