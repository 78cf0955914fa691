"use client";

import { useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { countOf } from "@/components/library/format";
import type { Page, RevisionSummaryDto } from "@/lib/model";
import { RevisionRow } from "./revision-row";
import styles from "./revisions.module.css";

/**
 * An article's revisions, newest first. The server renders the first page; "Load more" fetches the next one
 * by the cursor (the last revision number shown) and keeps what was loaded.
 */
export function RevisionList({ articleId, initial, total }: { articleId: string; initial: Page<RevisionSummaryDto>; total: number }) {
  const [items, setItems] = useState(initial.items);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  async function loadMore() {
    if (!nextCursor) return;
    setLoading(true);
    setError(null);
    try {
      const page = await api.listRevisions(articleId, nextCursor);
      const seen = new Set(items.map((r) => r.revision));
      const next = [...items, ...page.items.filter((r) => !seen.has(r.revision))];
      setItems(next);
      setNextCursor(page.nextCursor);
      setStatus(`Showing ${next.length.toLocaleString("en-US")} of ${countOf(total, "revision")}.`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "More revisions could not be loaded. Try again.");
    } finally {
      setLoading(false);
    }
  }

  return (
    <>
      <ol className={styles.list} aria-label="Revisions, newest first">
        {items.map((revision) => (
          <li key={revision.revision}>
            <RevisionRow articleId={articleId} revision={revision} />
          </li>
        ))}
      </ol>
      {error ? (
        <p role="alert" className="error-message">
          {error}
        </p>
      ) : null}
      {nextCursor || status ? (
        <div className={styles.more}>
          <p className={styles.shown} role="status">
            {status || `Showing ${items.length.toLocaleString("en-US")} of ${countOf(total, "revision")}.`}
          </p>
          {nextCursor ? (
            <button type="button" className="button" onClick={() => void loadMore()} disabled={loading} aria-busy={loading}>
              {loading ? "Loading…" : "Load more revisions"}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
