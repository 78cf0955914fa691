import type { Metadata } from "next";
import Link from "@/components/app-link";
import { getDb } from "@/db/client";
import { corpusAgreementOf } from "@/db/assignments/agreement";
import { agreementQuerySchema } from "@/lib/agreement/schemas";
import { requireActor } from "@/app/_lib/session";
import { AgreementFigures } from "@/components/assignments/agreement-figures";
import styles from "@/components/assignments/assignments.module.css";

export const metadata: Metadata = { title: "Agreement over articles" };

/** Agreement over a set of articles (chosen in the library): each pair over the articles both annotated. */
export default async function CorpusAgreementPage({ searchParams }: { searchParams: Promise<{ articles?: string | string[] }> }) {
  await requireActor();
  const { articles } = await searchParams;
  const parsed = agreementQuerySchema.safeParse({ articles: Array.isArray(articles) ? articles.join(",") : articles });
  const result = parsed.success ? await corpusAgreementOf(await getDb(), parsed.data.articles) : null;
  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb">
        <Link href="/">← Articles</Link>
      </nav>
      <h1>Agreement over articles</h1>
      {!result ? (
        <p role="status">Select articles in the library, then choose Agreement.</p>
      ) : (
        <>
          <p>
            Over {result.articles.length} {result.articles.length === 1 ? "article" : "articles"}: {result.articles.map((a) => a.title).join("; ") || "none"}.
          </p>
          {result.skipped.length > 0 ? (
            <ul className="muted">
              {result.skipped.map((s) => (
                <li key={s.id}>
                  {s.title || s.id}: {s.reason}
                </li>
              ))}
            </ul>
          ) : null}
          {result.articles.length > 0 ? <AgreementFigures agreement={result} /> : null}
        </>
      )}
    </div>
  );
}
