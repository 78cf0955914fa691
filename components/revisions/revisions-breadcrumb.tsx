import Link from "@/components/app-link";
import { revisionsHref } from "./revision-format";
import styles from "./revisions.module.css";

/** Articles / the article / Revisions [/ Revision n]: the way back from the history to the workspace. */
export function RevisionsBreadcrumb({ article, revision }: { article: { id: string; title: string }; revision?: number }) {
  const sep = <span aria-hidden="true">/</span>;
  return (
    <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
      <Link href="/">Articles</Link>
      {sep}
      <Link href={`/articles/${article.id}`} className={styles.crumbTitle} title={article.title}>
        {article.title}
      </Link>
      {sep}
      {revision === undefined ? (
        <span aria-current="page">Revisions</span>
      ) : (
        <>
          <Link href={revisionsHref(article.id)}>Revisions</Link>
          {sep}
          <span aria-current="page">Revision {revision}</span>
        </>
      )}
    </nav>
  );
}
