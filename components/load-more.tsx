"use client";

import { ErrorMessage } from "@/components/error-message";
import styles from "./load-more.module.css";

interface LoadMoreProps {
  /** From `usePagedList`: the next cursor, the request under way, the error and the announcement. */
  list: { nextCursor: string | null; loading: boolean; error: string | null; status: string; loadMore(): Promise<void> };
  /** What the button says: "Load more claims". */
  label: string;
  /** What to say before anything more was loaded ("Showing 50 of 120 claims."); nothing when absent. */
  shown?: string;
  /** Show the line even when everything is loaded (the speaker page always says how many it shows). */
  always?: boolean;
}

/** The foot of a paged list: a failure, how many are shown (announced), and "Load more" while there is more. */
export function LoadMore({ list, label, shown, always = false }: LoadMoreProps) {
  const { nextCursor, loading, error, status } = list;
  return (
    <>
      <ErrorMessage message={error} />
      {always || nextCursor || status ? (
        <div className={styles.more}>
          <p className={styles.shown} role="status">
            {status || shown}
          </p>
          {nextCursor ? (
            <button type="button" className="button" onClick={() => void list.loadMore()} disabled={loading} aria-busy={loading}>
              {loading ? "Loading…" : label}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
