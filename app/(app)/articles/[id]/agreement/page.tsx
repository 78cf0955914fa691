import type { Metadata } from "next";
import Link from "@/components/app-link";
import { articleAgreementOf } from "@/db/assignments/agreement";
import { loadAssignedArticle } from "../assigned-article";
import { AgreementFigures } from "@/components/assignments/agreement-figures";
import styles from "@/components/assignments/assignments.module.css";

export const metadata: Metadata = { title: "Agreement" };

/** How far the assignees of one article agree, once all are done. */
export default async function ArticleAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { article, result: agreement, problem } = await loadAssignedArticle(id, articleAgreementOf);
  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb">
        <Link href={`/articles/${id}`}>← {article.title}</Link>
      </nav>
      <h1>Agreement</h1>
      {agreement ? (
        <>
          <p>
            <Link className="button small" href={`/articles/${id}/compare`}>
              Compare and review
            </Link>
          </p>
          <AgreementFigures agreement={agreement} />
        </>
      ) : (
        <p role="status">{problem}</p>
      )}
    </div>
  );
}
