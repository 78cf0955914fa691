import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getArticle } from "@/db/articles/articles";
import { articleAgreementOf } from "@/db/assignments/agreement";
import { isAppError } from "@/lib/errors";
import { uuidSchema } from "@/lib/schemas";
import { requireActor } from "@/app/_lib/session";
import { AgreementFigures } from "@/components/assignments/agreement-figures";
import styles from "@/components/assignments/assignments.module.css";

export const metadata: Metadata = { title: "Agreement" };

/** How far the assignees of one article agree, once all are done. */
export default async function ArticleAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await requireActor();
  const db = await getDb();
  const article = await getArticle(db, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  let problem: string | null = null;
  let agreement = null;
  try {
    agreement = await articleAgreementOf(db, id);
  } catch (error) {
    if (!isAppError(error) || error.code !== "conflict") throw error;
    problem = error.message;
  }
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
