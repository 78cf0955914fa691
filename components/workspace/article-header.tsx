import Link from "@/components/app-link";
import styles from "./article-header.module.css";

interface ArticleHeaderProps {
  title: string;
  publishedAt: string | null;
  sourceUrl: string | null;
  /** With it, the meta line links to the article's revision history. */
  articleId?: string;
  /** The number of the text shown, from the article's revision. */
  revision?: number;
}

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The source's host name, for a short link text ("washingtonexaminer.com"). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** The article's title, publication date, source link and revision (with the way to its history), above the text. */
export function ArticleHeader({ title, publishedAt, sourceUrl, articleId, revision }: ArticleHeaderProps) {
  return (
    <header className={styles.header}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/">← Articles</Link>
      </nav>
      <h1 className={styles.title}>{title}</h1>
      <p className={styles.meta}>
        {publishedAt ? (
          <span>
            Published <time dateTime={publishedAt}>{DATE.format(new Date(publishedAt))}</time>
          </span>
        ) : (
          <span>No publication date</span>
        )}
        {sourceUrl ? (
          <>
            <span aria-hidden="true" className={styles.dot}>
              ·
            </span>
            <a href={sourceUrl} target="_blank" rel="noopener noreferrer" className={styles.source}>
              Source: {hostOf(sourceUrl)}
              <span aria-hidden="true"> ↗</span>
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        ) : null}
        {revision !== undefined ? (
          <>
            <span aria-hidden="true" className={styles.dot}>
              ·
            </span>
            <span>Revision {revision}</span>
          </>
        ) : null}
        {articleId ? (
          <>
            <span aria-hidden="true" className={styles.dot}>
              ·
            </span>
            <Link href={`/articles/${articleId}/revisions`} className={styles.history} aria-label="Revision history">
              History
            </Link>
          </>
        ) : null}
      </p>
    </header>
  );
}
