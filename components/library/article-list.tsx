"use client";

import { useEffect, useRef, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import type { ArticleSummaryDto, Page } from "@/lib/model";
import { ArticleRow } from "./article-row";
import { LibraryEmpty } from "./library-empty";
import { countOf } from "./format";
import styles from "./library.module.css";

/** The library's list: the server's first page, then "Load more" pages fetched through the API. */
export function ArticleList({ firstPage }: { firstPage: Page<ArticleSummaryDto> }) {
  const [articles, setArticles] = useState(firstPage.items);
  const [cursor, setCursor] = useState(firstPage.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

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

      {articles.length === 0 && !cursor ? (
        <LibraryEmpty />
      ) : (
        <ul className={styles.list}>
          {articles.map((article) => (
            <ArticleRow key={article.id} article={article} onDeleted={removeArticle} />
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
      {error ? (
        <p role="alert" className="error-message">
          {error}
        </p>
      ) : null}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
