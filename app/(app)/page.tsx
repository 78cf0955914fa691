import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireActor } from "@/app/_lib/session";
import { listArticles } from "@/db/articles/articles";
import { ArticleList } from "@/components/library/article-list";
import { ImportPanel } from "@/components/library/import-panel";
import { WebImportPanel } from "@/components/library/web-import-panel";
import styles from "@/components/library/library.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Articles" };

/** The article library: every imported article, newest first, and the form to import another. */
export default async function LibraryPage() {
  const [db, viewer] = await Promise.all([getDb(), requireActor()]);
  const firstPage = await listArticles(db, viewer, { limit: 50 });
  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <div>
          <h1>Articles</h1>
          <p className="muted">Open an article to highlight its claims, or import a new one.</p>
        </div>
        {/* On narrow screens the import form sits below the list. */}
        <a href="#import-article" className={`button primary small ${styles.jump}`}>
          Import an article
        </a>
      </header>
      <div className={styles.layout}>
        <ArticleList firstPage={firstPage} />
        <div>
          <WebImportPanel />
          <ImportPanel />
        </div>
      </div>
    </div>
  );
}
