"use client";

import Link from "@/components/app-link";
import { useId } from "react";
import { api } from "@/components/api-client";
import { countOf, formatDate } from "@/components/library/format";
import { LoadMore } from "@/components/load-more";
import { claimHref } from "@/components/speakers/speaker-claim-card";
import { usePagedList } from "@/components/use-paged-list";
import { entryQuote, HistoryEntryText } from "@/components/workspace/history-entry";
import { groupByDay } from "@/lib/claims/activity-days";
import type { ActivityEntryDto, Page } from "@/lib/model";
import { activityHref } from "./activity-href";
import styles from "./activity.module.css";

/** One change: the claim's words, what was done, who and when, and the article it is in (a link to the claim). */
function ActivityItem({ entry }: { entry: ActivityEntryDto }) {
  return (
    <li className={styles.entry}>
      <q className={styles.quote}>{entryQuote(entry)}</q>
      <HistoryEntryText entry={entry} />
      <span className={styles.article}>
        in{" "}
        {entry.articleTitle === null ? (
          <span className={styles.deleted}>a deleted article</span>
        ) : (
          <Link href={claimHref({ id: entry.claimId, articleId: entry.articleId })}>{entry.articleTitle}</Link>
        )}
      </span>
    </li>
  );
}

/**
 * The team's changes to claims, newest first, grouped by day (UTC, as every date here), with "Load more"
 * fetching the next page of the same view. The server renders the first page. `actor` is the person the list
 * is limited to, or null for everyone.
 */
export function ActivityList({ initial, actor }: { initial: Page<ActivityEntryDto>; actor: { id: string; name: string } | null }) {
  const paged = usePagedList({
    initial,
    keyOf: (entry) => entry.id,
    fetchPage: (cursor) => api.activity(actor?.id, cursor),
    describe: (shown) => `Showing ${countOf(shown, "change")}.`,
    failure: "More changes could not be loaded. Try again.",
  });
  const { items } = paged;
  const id = useId();

  if (items.length === 0) {
    return (
      <div className={`card ${styles.empty}`}>
        <p className={styles.emptyLead}>{actor ? `No changes by ${actor.name} yet.` : "No changes yet."}</p>
        {actor ? (
          <p>
            <Link href={activityHref(null)}>Show everyone&rsquo;s changes</Link>
          </p>
        ) : (
          <p>When someone tags, edits or deletes a claim in any article, the change shows here.</p>
        )}
      </div>
    );
  }

  return (
    <>
      <ol className={styles.days} aria-label="Changes to claims, newest first">
        {groupByDay(items).map((group, i) => (
          <li key={`${group.day}-${i}`} className={styles.day}>
            <h2 id={`${id}-day-${i}`} className={styles.dayHeading}>
              {formatDate(group.day) ?? "Undated"}
            </h2>
            <ol className={`card ${styles.entries}`} aria-labelledby={`${id}-day-${i}`}>
              {group.entries.map((entry) => (
                <ActivityItem key={entry.id} entry={entry} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <LoadMore list={paged} label="Load more changes" />
    </>
  );
}
