"use client";

import Link from "@/components/app-link";
import { useParams } from "next/navigation";

/** An unknown revision number (or article): say so, and lead back to the article's history. */
export default function RevisionNotFound() {
  const params = useParams<{ id?: string }>();
  return (
    <div className="card" style={{ maxWidth: 560, margin: "48px auto", padding: "28px 32px" }}>
      <h1 style={{ marginTop: 0 }}>Revision not found</h1>
      <p className="muted">This article has no revision with that number, or the article was deleted. The link may be mistyped.</p>
      {params.id ? (
        <Link href={`/articles/${params.id}/revisions`} className="button primary">
          See the article’s revisions
        </Link>
      ) : (
        <Link href="/" className="button primary">
          Back to the articles
        </Link>
      )}
    </div>
  );
}
