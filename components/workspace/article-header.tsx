import Link from "next/link";
import styles from "./article-header.module.css";

interface ArticleHeaderProps {
  title: string;
  publishedAt: string | null;
  sourceUrl: string | null;
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

/** The article's title, publication date and source link, above the text. */
export function ArticleHeader({ title, publishedAt, sourceUrl }: ArticleHeaderProps) {
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
      </p>
    </header>
  );
}
