import type { Metadata } from "next";
import Link from "@/components/app-link";
import { reviewUnits } from "@/db/assignments/review";
import { loadAssignedArticle } from "../assigned-article";
import { actorCan } from "@/lib/auth/roles";
import { CompareView } from "@/components/assignments/compare-view";
import styles from "@/components/assignments/assignments.module.css";

export const metadata: Metadata = { title: "Compare and review" };

/** The assignees' claims compared over the text, and the review of their disagreements. */
export default async function ComparePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, article, result: units, problem } = await loadAssignedArticle(id, reviewUnits);
  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb">
        <Link href={`/articles/${id}`}>← {article.title}</Link>
      </nav>
      <h1>Compare and review</h1>
      {units ? (
        <>
          <p className="muted">
            {units.analysts.map((a) => a.name).join(" and ")}: agreed claims go into the reviewed set by themselves; decide each
            disagreement.{" "}
            <Link href={`/articles/${id}/agreement`}>Agreement figures</Link> ·{" "}
            <a href={`/api/articles/${id}/export?set=reviewed`} download>
              Download the reviewed claims
            </a>
          </p>
          <CompareView articleId={id} text={article.text} initial={units} mayReview={actorCan(actor, "review")} />
        </>
      ) : (
        <p role="status">{problem}</p>
      )}
    </div>
  );
}
