import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { preload } from "react-dom";
import { getDb } from "@/db/client";
import { getArticleOpening } from "@/db/articles/articles";
import { listSuggestions } from "@/db/suggestions/suggestions";
import { getUserSettings } from "@/db/accounts/user-settings";
import { isAppError } from "@/lib/errors";
import { uuidSchema } from "@/lib/schemas";
import { ArticleHeader } from "@/components/workspace/article-header";
import { articleUrl, claimsUrl } from "@/components/workspace/workspace-urls";
import { FIRST_SCREEN_READ, firstScreen } from "@/components/workspace/first-screen";
import { WorkspaceLoader } from "@/components/workspace/workspace-loader";
import { requireActor } from "@/app/_lib/session";
import { assignableAccounts, listAssignments } from "@/db/assignments/assignments";
import { actorCan } from "@/lib/auth/roles";
import { submittedMessage } from "@/db/assignments/frozen";
import { AssignmentBar } from "@/components/assignments/assignment-bar";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ claim?: string | string[]; restored?: string | string[] }>;
}

/**
 * The article's heading and the beginning of its text (the rest comes from the API), or null when the id is
 * malformed or names no article (both are a 404 to the reader).
 */
const loadArticle = cache(async (id: string) => {
  if (!uuidSchema.safeParse(id).success) return null;
  try {
    return await getArticleOpening(await getDb(), id, FIRST_SCREEN_READ);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: { absolute: article?.title ?? "Article not found" } };
}

export default async function ArticlePage({ params, searchParams }: PageProps) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const article = await loadArticle(id);
  if (!article) notFound();
  const [actor, db] = await Promise.all([requireActor(), getDb()]);
  const mayReview = actorCan(actor, "review");
  const [assignments, suggestions, settings, candidates] = await Promise.all([
    listAssignments(db, article.id),
    listSuggestions(db, article.id, actor, "pending"),
    getUserSettings(db, actor.userId),
    mayReview ? assignableAccounts(db) : [],
  ]);
  const mine = assignments.find((a) => a.user.id === actor.userId);
  // The text and the claims come from the API (the same getArticle and listClaims, the same visibility), which
  // the browser fetches while the scripts arrive; the page carries the first screen of words only (issue 11).
  // Asked for once the page has read what it needs: asked for earlier, reading 5,000 claims held up the page's own
  // few queries on the database (one connection for the embedded one), and the page finished up to 0.6 s later.
  preload(articleUrl(article.id), { as: "fetch", crossOrigin: "anonymous" });
  preload(claimsUrl(article.id), { as: "fetch", crossOrigin: "anonymous" });
  const claimId = typeof query.claim === "string" ? query.claim : null;
  const restored = typeof query.restored === "string" && /^[1-9][0-9]{0,8}$/.test(query.restored) ? Number(query.restored) : null;

  return (
    <WorkspaceLoader
      articleId={article.id}
      firstScreen={firstScreen(article.opening)}
      initialClaimId={claimId}
      restoredRevision={restored}
      me={{ id: actor.userId, name: actor.name, role: actor.role, frozen: mine?.status === "done" ? submittedMessage(null) : null }}
      suggestions={suggestions}
      defaultConfidence={settings.defaultConfidence}
      header={
        <>
          <ArticleHeader articleId={article.id} revision={article.revision} title={article.title} publishedAt={article.publishedAt} sourceUrl={article.sourceUrl} />
          <AssignmentBar articleId={article.id} me={{ id: actor.userId, mayReview }} assignments={assignments} candidates={candidates} />
        </>
      }
    />
  );
}
