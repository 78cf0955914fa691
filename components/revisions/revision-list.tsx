"use client";

import { api } from "@/components/api-client";
import { usePagedList } from "@/components/use-paged-list";
import { LoadMore } from "@/components/load-more";
import { countOf } from "@/components/library/format";
import type { Page, RevisionSummaryDto } from "@/lib/model";
import { RevisionRow } from "./revision-row";
import styles from "./revisions.module.css";

/**
 * An article's revisions, newest first. The server renders the first page; "Load more" fetches the next one
 * by the cursor (the last revision number shown) and keeps what was loaded.
 */
export function RevisionList({ articleId, initial, total }: { articleId: string; initial: Page<RevisionSummaryDto>; total: number }) {
  const paged = usePagedList({
    initial,
    keyOf: (r) => r.revision,
    fetchPage: (cursor) => api.listRevisions(articleId, cursor),
    describe: (shown) => `Showing ${shown.toLocaleString("en-US")} of ${countOf(total, "revision")}.`,
    failure: "More revisions could not be loaded. Try again.",
  });
  const { items } = paged;

  return (
    <>
      <ol className={styles.list} aria-label="Revisions, newest first">
        {items.map((revision) => (
          <li key={revision.revision}>
            <RevisionRow articleId={articleId} revision={revision} />
          </li>
        ))}
      </ol>
      <LoadMore list={paged} label="Load more revisions" shown={`Showing ${items.length.toLocaleString("en-US")} of ${countOf(total, "revision")}.`} />
    </>
  );
}
