"use client";

import { useEffect, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import type { ClaimDto } from "@/lib/model";
import { Legend } from "./legend";
import { TagToolbar } from "./tag-toolbar";
import { Workspace, type WorkspaceProps } from "./workspace";
import textStyles from "./article-text.module.css";
import panelStyles from "./claim-panel.module.css";
import styles from "./workspace.module.css";

type Loading = { article: WorkspaceProps["article"]; claims: ClaimDto[] } | { error: string } | null;

const LOADING = "Loading the article…";
const nothing = () => {};

/**
 * The workspace, once the article's text and claims are in. The page sends the first screen of the text and
 * starts loading the text and the claims from the API beside it (`<link rel="preload">`s in its head): 5,000
 * claims inside the page's own data made the HTML seven times the size of the text, and the server took most of a
 * second to write them into it; the text in the page's data (667 kB for a 100,000-word article) took the server
 * ~100 ms more to compress with the page than the API takes to send it. Until they are in, the article's first
 * screen of words shows where the text will be (no highlight yet, so none in the wrong place).
 */
export function WorkspaceLoader({ articleId, firstScreen, ...props }: Omit<WorkspaceProps, "claims" | "article"> & { articleId: string; firstScreen: readonly string[] }) {
  const [loading, setLoading] = useState<Loading>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stale = false;
    Promise.all([api.getArticle(articleId), api.listClaims(articleId)]).then(
      ([{ id, text, revision, formatting }, claims]) => {
        // For the workspace benchmark: how much of the opening comes after the claims are in.
        performance.mark("claimlens:claims-loaded");
        if (!stale) setLoading({ article: { id, text, revision, formatting }, claims });
      },
      (caught: unknown) => {
        if (!stale) setLoading({ error: caught instanceof ApiError ? caught.message : "The article could not be loaded." });
      },
    );
    return () => {
      stale = true;
    };
  }, [articleId, attempt]);

  if (loading && "claims" in loading) return <Workspace {...props} article={loading.article} claims={loading.claims} />;
  return (
    <div className={styles.layout}>
      <div className={styles.reading}>
        {props.header}
        {/* The workspace's own bar and legend where they will be, so the text starts where it will stay; inert (no
            button to press, nothing for a screen reader) until the workspace takes over. */}
        <div inert>
          <TagToolbar
            articleId={articleId}
            hasSelection={false}
            notice={null}
            tagBlocked={LOADING}
            textBlocked={LOADING}
            onTag={nothing}
            onEditText={nothing}
            onReplaceText={nothing}
            onShortcuts={nothing}
          />
          <Legend />
        </div>
        <div className={`card ${styles.textCard}`}>
          <div className={textStyles.prose} aria-busy="true">
            {firstScreen.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </div>
      </div>
      <aside className={panelStyles.panel} aria-label="Claims">
        <div className={panelStyles.header}>
          <h2 className={panelStyles.heading}>Claims</h2>
        </div>
        <div className={panelStyles.scroller}>
          {loading && "error" in loading ? (
            <div role="alert" className={panelStyles.empty}>
              <p>{loading.error}</p>
              <button
                type="button"
                className="button small"
                onClick={() => {
                  setLoading(null);
                  setAttempt((n) => n + 1);
                }}
              >
                Try again
              </button>
            </div>
          ) : (
            <p role="status" className={panelStyles.empty}>
              Loading claims…
            </p>
          )}
        </div>
      </aside>
    </div>
  );
}
