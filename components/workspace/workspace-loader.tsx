"use client";

import { useEffect, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import type { ClaimDto } from "@/lib/model";
import { firstScreen } from "./first-screen";
import { Workspace, type WorkspaceProps } from "./workspace";
import textStyles from "./article-text.module.css";
import panelStyles from "./claim-panel.module.css";
import styles from "./workspace.module.css";

type Loading = { claims: ClaimDto[] } | { error: string } | null;

/**
 * The workspace, once the article's claims are in. The page sends the text and starts loading the claims beside
 * it (a `<link rel="preload">` to the claims API): 5,000 claims inside the page's own data made the HTML seven
 * times the size of the text, and the server took most of a second to write them into it. Until they are in, the
 * article's first screen of words shows where the text will be (no highlight yet, so none in the wrong place).
 */
export function WorkspaceLoader(props: Omit<WorkspaceProps, "claims">) {
  const articleId = props.article.id;
  const [loading, setLoading] = useState<Loading>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stale = false;
    api.listClaims(articleId).then(
      (items) => {
        // For the workspace benchmark: how much of the opening comes after the claims are in.
        performance.mark("claimlens:claims-loaded");
        if (!stale) setLoading({ claims: items });
      },
      (caught: unknown) => {
        if (!stale) setLoading({ error: caught instanceof ApiError ? caught.message : "The claims could not be loaded." });
      },
    );
    return () => {
      stale = true;
    };
  }, [articleId, attempt]);

  if (loading && "claims" in loading) return <Workspace {...props} claims={loading.claims} />;
  return (
    <div className={styles.layout}>
      <div className={styles.reading}>
        {props.header}
        <div className={`card ${styles.textCard}`}>
          <div className={textStyles.prose} aria-busy="true">
            {firstScreen(props.article.text).map((paragraph, index) => (
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
