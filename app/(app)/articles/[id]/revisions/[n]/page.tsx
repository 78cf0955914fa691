import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { textDiffView } from "@/lib/text/text-diff-view";
import { RestoreRevision } from "@/components/revisions/restore-revision";
import { RevisionClaims } from "@/components/revisions/revision-claims";
import { RevisionHeader } from "@/components/revisions/revision-header";
import { RevisionText, RevisionTextLegend } from "@/components/revisions/revision-text";
import { TextDiff } from "@/components/revisions/text-diff";
import styles from "@/components/revisions/revisions.module.css";
import textStyles from "@/components/revisions/revision-text.module.css";
import { loadArticle, loadRevision } from "../load";

export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ id: string; n: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id, n } = await params;
  const [article, revision] = await Promise.all([loadArticle(id), loadRevision(id, n)]);
  return { title: { absolute: article && revision ? `Revision ${revision.revision} · ${article.title}` : "Revision not found" } };
}

/**
 * One revision of an article, read-only: what changed from the revision before it, its text with the claims as
 * they were, and (for an older one) the way to restore it.
 */
export default async function RevisionPage({ params }: PageProps) {
  const { id, n } = await params;
  const [article, revision] = await Promise.all([loadArticle(id), loadRevision(id, n)]);
  if (!article || !revision) notFound();
  const number = revision.revision;
  const previous = number > 1 ? await loadRevision(article.id, number - 1) : null;
  const diff = previous ? textDiffView(previous.text, revision.text) : null;

  return (
    <div className={`${styles.page} ${styles.wide}`}>
      <RevisionHeader
        article={article}
        revision={revision}
        latest={article.revision}
        actions={
          revision.current ? (
            <Link href={`/articles/${article.id}`} className="button primary">
              Open in workspace
            </Link>
          ) : (
            <RestoreRevision articleId={article.id} revision={number} currentRevision={article.revision} />
          )
        }
      />

      <section id="changes" aria-labelledby="changes-heading" className={styles.section}>
        <div className={styles.sectionHead}>
          <h2 id="changes-heading">{previous ? `Changes from revision ${previous.revision}` : "Changes"}</h2>
        </div>
        {diff && previous ? (
          <TextDiff view={diff} fromLabel={`revision ${previous.revision}`} />
        ) : (
          <p className={styles.sectionNote}>Revision 1 is the text as it was imported: there is no earlier revision to compare it with.</p>
        )}
      </section>

      <section id="text" aria-labelledby="text-heading" className={styles.section}>
        <div className={styles.sectionHead}>
          <h2 id="text-heading">Text of revision {number}</h2>
          <p className={styles.sectionNote}>Read-only</p>
        </div>
        <RevisionTextLegend />
        <div className={textStyles.layout}>
          <div className={`card ${textStyles.paper}`}>
            <RevisionText text={revision.text} claims={revision.claims} />
          </div>
          <RevisionClaims claims={revision.claims} headingId="claims-heading" />
        </div>
      </section>
    </div>
  );
}
