import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listRevisions } from "@/db/articles/article-text";
import { countOf } from "@/components/library/format";
import { RevisionList } from "@/components/revisions/revision-list";
import { RevisionsBreadcrumb } from "@/components/revisions/revisions-breadcrumb";
import styles from "@/components/revisions/revisions.module.css";
import { loadArticle } from "./load";

export const dynamic = "force-dynamic";

/** Revisions per page; the API's default page size too, so "Load more" continues in steps of the same size. */
const REVISION_PAGE_SIZE = 50;

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: { absolute: article ? `Revisions · ${article.title}` : "Article not found" } };
}

/** An article's revision history: every saved text, newest first, with what each save did to the claims. */
export default async function RevisionsPage({ params }: PageProps) {
  const { id } = await params;
  const article = await loadArticle(id);
  if (!article) notFound();
  const page = await listRevisions(await getDb(), article.id, { limit: REVISION_PAGE_SIZE });

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <RevisionsBreadcrumb article={article} />
        <div className={styles.titleRow}>
          <div className={styles.titleBlock}>
            <h1 className={styles.title}>Revisions</h1>
            <p className={styles.subtitle}>{article.title}</p>
            <p className={styles.intro}>
              Every save of the article’s text is kept as a revision, with the claims as they were. Read one, see what changed from the
              revision before it, or restore an older text.
            </p>
          </div>
          <div className={styles.actions}>
            <Link href={`/articles/${article.id}`} className="button">
              Open in workspace
            </Link>
          </div>
        </div>
      </header>

      <section aria-labelledby="revisions-heading">
        <div className={styles.listHeader}>
          <h2 id="revisions-heading" className={styles.listHeading}>
            History
          </h2>
          <p className={styles.listCount}>{countOf(article.revision, "revision")}, newest first</p>
        </div>
        <RevisionList articleId={article.id} initial={page} total={article.revision} />
      </section>
    </div>
  );
}
