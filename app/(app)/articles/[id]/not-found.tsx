import Link from "@/components/app-link";

export default function ArticleNotFound() {
  return (
    <div className="card" style={{ maxWidth: 560, margin: "48px auto", padding: "28px 32px" }}>
      <h1 style={{ marginTop: 0 }}>Article not found</h1>
      <p className="muted">This article does not exist, or it was deleted. Its link may be mistyped.</p>
      <Link href="/" className="button primary">
        Back to the articles
      </Link>
    </div>
  );
}
