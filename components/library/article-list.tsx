"use client";

import { useEffect, useRef, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { ImportDocumentPanel } from "@/components/exchange/import-document-panel";
import { useDocumentImport } from "@/components/exchange/use-document-import";
import type { ArticleSummaryDto, Page } from "@/lib/model";
import { ArticleRow } from "./article-row";
import { LibraryEmpty } from "./library-empty";
import { LibraryToolbar } from "./library-toolbar";
import { countOf } from "./format";
import { ErrorMessage } from "@/components/error-message";
import styles from "./library.module.css";

/**
 * The library's list: the server's first page, then "Load more" pages fetched through the API; articles can
 * be selected for export, and a Claimlens JSON file imported above them.
 */
export function ArticleList({ firstPage }: { firstPage: Page<ArticleSummaryDto> }) {
  const [articles, setArticles] = useState(firstPage.items);
  const [cursor, setCursor] = useState(firstPage.nextCursor);
  const [shownPage, setShownPage] = useState(firstPage);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const importer = useDocumentImport();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // After an import refreshes the page, the server sends a new first page: the list starts again from it.
  if (firstPage !== shownPage) {
    setShownPage(firstPage);
    setArticles(firstPage.items);
    setCursor(firstPage.nextCursor);
  }
  const selectedIds = articles.filter((a) => selected.has(a.id)).map((a) => a.id);

  function toggle(article: ArticleSummaryDto, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(article.id);
      else next.delete(article.id);
      return next;
    });
  }

  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget === "heading") heading.current?.focus();
    else document.getElementById(`article-${focusTarget}`)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  async function loadMore() {
    if (!cursor) return;
    setLoading(true);
    setError(null);
    try {
      const page = await api.listArticles(cursor);
      const known = new Set(articles.map((a) => a.id));
      const fresh = page.items.filter((a) => !known.has(a.id));
      setArticles([...articles, ...fresh]);
      setCursor(page.nextCursor);
      setAnnouncement(`Loaded ${countOf(fresh.length, "more article")}.`);
      // Keyboard users continue where the new articles begin.
      if (fresh[0]) setFocusTarget(fresh[0].id);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "More articles could not be loaded. Try again.");
    } finally {
      setLoading(false);
    }
  }

  function removeArticle(article: ArticleSummaryDto, alreadyGone: boolean) {
    setArticles((current) => current.filter((a) => a.id !== article.id));
    toggle(article, false);
    setAnnouncement(alreadyGone ? `“${article.title}” had already been deleted.` : `Deleted “${article.title}”.`);
    setFocusTarget("heading");
  }

  return (
    <section aria-labelledby="library-heading" className={styles.library}>
      <div className={styles.listHeader}>
        <h2 id="library-heading" ref={heading} tabIndex={-1} className={styles.listHeading}>
          {articles.length === 0
            ? "No articles yet"
            : cursor
              ? `Latest ${countOf(articles.length, "article")}`
              : countOf(articles.length, "article")}
        </h2>
        {articles.length > 1 ? <p className="muted">Newest first</p> : null}
      </div>

      <LibraryToolbar
        listedIds={articles.map((a) => a.id)}
        selectedIds={selectedIds}
        more={cursor !== null}
        onSelectAll={(on) => setSelected(on ? new Set(articles.map((a) => a.id)) : new Set())}
        importer={importer}
      />
      <ImportDocumentPanel importer={importer} />

      {articles.length === 0 && !cursor ? (
        <LibraryEmpty />
      ) : (
        <ul className={styles.list}>
          {articles.map((article) => (
            <ArticleRow
              key={article.id}
              article={article}
              selected={selected.has(article.id)}
              onSelectedChange={(on) => toggle(article, on)}
              onDeleted={removeArticle}
            />
          ))}
        </ul>
      )}

      {cursor ? (
        <div className={styles.more}>
          <button type="button" className="button" onClick={loadMore} disabled={loading} aria-describedby="library-heading">
            {loading ? "Loading…" : "Load more"}
          </button>
        </div>
      ) : null}
      <ErrorMessage message={error} />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
