"use client";

import Link from "@/components/app-link";
import { api } from "@/components/api-client";
import { usePagedList } from "@/components/use-paged-list";
import { LoadMore } from "@/components/load-more";
import { countOf } from "@/components/library/format";
import type { Page } from "@/lib/model";
import { claimsSearchParams, speakerPageHref } from "@/lib/speakers/claim-filters";
import { groupByArticle } from "@/lib/speakers/group";
import type { SpeakerClaimDto } from "@/lib/speakers/model";
import type { SpeakerPageQuery } from "@/lib/speakers/schemas";
import { ArticleLine, SpeakerClaimCard } from "./speaker-claim-card";
import styles from "./speaker-page.module.css";

/**
 * The speaker's claims, grouped by article or as one list, with "Load more" fetching the next page of the same
 * view. The server renders the first page; this keeps what was loaded when more arrives.
 */
export function SpeakerClaims({
  speakerId,
  initial,
  query,
  total,
}: {
  speakerId: string;
  initial: Page<SpeakerClaimDto>;
  query: SpeakerPageQuery;
  /** How many claims the view holds in all. */
  total: number;
}) {
  const paged = usePagedList({
    initial,
    keyOf: (c) => c.id,
    fetchPage: (cursor) => api.listSpeakerClaims(speakerId, claimsSearchParams({ ...query, group: undefined, cursor })),
    describe: (shown) => `Showing ${shown.toLocaleString("en-US")} of ${countOf(total, "claim")}.`,
    failure: "More claims could not be loaded. Try again.",
  });
  const { items } = paged;

  return (
    <>
      {query.group === "article" ? (
        <ol className={styles.groups}>
          {groupByArticle(items).map((group, i) => (
            <li key={`${group.article.id}-${i}`} className={`card ${styles.group}`}>
              <div className={styles.groupHeader}>
                <ArticleLine article={group.article} heading />
                {query.articleId !== group.article.id ? (
                  <Link className={styles.only} href={speakerPageHref(speakerId, { ...query, cursor: null, articleId: group.article.id })} scroll={false}>
                    Only this article<span className="visually-hidden">: {group.article.title}</span>
                  </Link>
                ) : null}
              </div>
              <ol className={styles.claims}>
                {group.claims.map((claim) => (
                  <li key={claim.id}>
                    <SpeakerClaimCard claim={claim} showArticle={false} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      ) : (
        <ol className={`${styles.claims} ${styles.flat}`}>
          {items.map((claim) => (
            <li key={claim.id} className="card">
              <SpeakerClaimCard claim={claim} showArticle />
            </li>
          ))}
        </ol>
      )}
      <LoadMore list={paged} label="Load more claims" shown={`Showing ${items.length.toLocaleString("en-US")} of ${countOf(total, "claim")}.`} always />
    </>
  );
}
