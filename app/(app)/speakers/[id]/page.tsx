import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getSpeaker } from "@/db/speakers";
import { articleTitle, countSpeakerClaims, listSpeakerClaims } from "@/db/speaker-claims";
import { listSpeakerHistory } from "@/db/speaker-history";
import { speakerStats } from "@/db/speaker-stats";
import { isAppError } from "@/lib/errors";
import { historyQuerySchema, uuidSchema } from "@/lib/schemas";
import { CLAIM_PAGE_SIZE, claimsSearchParams, hasClaimFilters, NO_CLAIM_FILTERS, speakerPageHref } from "@/lib/speakers/claim-filters";
import { parseSpeakerPageQuery, type SpeakerPageQuery } from "@/lib/speakers/schemas";
import { countOf } from "@/components/library/format";
import { ClaimFiltersForm } from "@/components/speakers/claim-filters-form";
import { SpeakerClaims } from "@/components/speakers/speaker-claims";
import { SpeakerHeader } from "@/components/speakers/speaker-header";
import { SpeakerHistory } from "@/components/speakers/speaker-history";
import { SpeakerOverview } from "@/components/speakers/speaker-overview";
import styles from "@/components/speakers/speaker-page.module.css";

export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The speaker, or null when the id is malformed or names no speaker (both are a 404 to the reader). */
const loadSpeaker = cache(async (id: string) => {
  if (!uuidSchema.safeParse(id).success) return null;
  try {
    return await getSpeaker(await getDb(), id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const speaker = await loadSpeaker((await params).id);
  return { title: speaker ? `${speaker.name} · Speakers` : "Speaker not found" };
}

const DEFAULT_QUERY: SpeakerPageQuery = { ...NO_CLAIM_FILTERS, sort: "newest", cursor: null, limit: CLAIM_PAGE_SIZE, group: "article" };

/**
 * A speaker's page: who they are, their claims over time and by confidence, every claim with the sentence
 * around it (filtered, sorted and grouped as the address says), and the history of changes to the speaker.
 */
export default async function SpeakerPage({ params, searchParams }: PageProps) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const speaker = await loadSpeaker(id);
  if (!speaker) notFound();
  const db = await getDb();

  let query = DEFAULT_QUERY;
  let filterError: string | null = null;
  try {
    // The first page is always rendered from the start: a cursor in a shared address is ignored.
    query = { ...parseSpeakerPageQuery(search), cursor: null };
  } catch (error) {
    if (!isAppError(error)) throw error;
    filterError = error.message;
  }
  const filtered = hasClaimFilters(query);
  const [stats, page, total, title, history] = await Promise.all([
    speakerStats(db, speaker.id),
    filterError ? null : listSpeakerClaims(db, speaker.id, query),
    filtered && !filterError ? countSpeakerClaims(db, speaker.id, query) : Promise.resolve(speaker.claimCount),
    query.articleId ? articleTitle(db, query.articleId) : Promise.resolve(null),
    // The API's default page, so that "Load more" continues in pages of the same size.
    listSpeakerHistory(db, speaker.id, historyQuerySchema.parse({})),
  ]);

  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/speakers">Speakers</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{speaker.name}</span>
      </nav>

      <SpeakerHeader speaker={speaker} />

      {speaker.claimCount === 0 ? (
        <div className={`card ${styles.empty}`}>
          <p className={styles.emptyLead}>No claims by {speaker.name} yet.</p>
          <p>
            Open an article, select what {speaker.name} said, tag it as an attributed claim and choose {speaker.name} as the speaker. Their
            claims then gather here, from every article.
          </p>
          <p>
            <Link href="/">Go to the articles</Link>
          </p>
        </div>
      ) : (
        <>
          <SpeakerOverview speaker={speaker} stats={stats} />

          <section aria-labelledby="claims-heading" className={styles.claimsSection}>
            <div className={styles.claimsHeader}>
              <h2 id="claims-heading">Claims</h2>
              <p className={styles.matchCount}>
                {filterError
                  ? null
                  : filtered
                    ? `${countOf(total, "claim")} of ${speaker.claimCount.toLocaleString("en-US")} match`
                    : `${countOf(total, "claim")} in ${countOf(stats.articleCount, "article")}`}
              </p>
            </div>
            <ClaimFiltersForm key={`filters?${claimsSearchParams(query)}`} speakerId={speaker.id} query={query} cues={stats.cues} articleTitle={title} />
            {filterError ? (
              <div className={styles.noMatch}>
                <p role="alert" className="error-message">
                  {filterError}
                </p>
                <p>
                  <Link href={speakerPageHref(speaker.id)}>Show all of {speaker.name}&rsquo;s claims</Link>
                </p>
              </div>
            ) : page && page.items.length > 0 ? (
              <SpeakerClaims key={`claims?${claimsSearchParams(query)}`} speakerId={speaker.id} initial={page} query={query} total={total} />
            ) : (
              <div className={styles.noMatch}>
                <p>No claim of {speaker.name}&rsquo;s matches these filters.</p>
                <p>
                  <Link href={speakerPageHref(speaker.id, { sort: query.sort, group: query.group })} scroll={false}>
                    Clear all filters
                  </Link>
                </p>
              </div>
            )}
          </section>
        </>
      )}

      {/* Keyed by the newest entry, so that a render after a change starts the list afresh. */}
      <SpeakerHistory key={history.items[0]?.id ?? "none"} speakerId={speaker.id} initial={history} />
    </div>
  );
}
