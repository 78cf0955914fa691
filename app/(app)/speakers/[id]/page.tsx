import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb, type Database } from "@/db/client";
import { requireActor } from "@/app/_lib/session";
import { getSpeaker } from "@/db/speakers/speakers";
import { articleTitle, countSpeakerClaims, listSpeakerClaims } from "@/db/speakers/speaker-claims";
import { listSpeakerHistory } from "@/db/speakers/speaker-history";
import { mergedInto } from "@/db/speakers/merged-speakers";
import { speakerStats } from "@/db/speakers/speaker-stats";
import { isAppError } from "@/lib/errors";
import { historyQuerySchema, uuidSchema } from "@/lib/schemas";
import { CLAIM_PAGE_SIZE, claimsSearchParams, hasClaimFilters, NO_CLAIM_FILTERS, speakerPageHref } from "@/lib/speakers/claim-filters";
import { mergedNotice } from "@/lib/speakers/messages";
import type { SpeakerMergedAwayDto } from "@/lib/speakers/model";
import { parseSpeakerPageQuery, type SpeakerPageQuery } from "@/lib/speakers/schemas";
import { countOf, formatDate } from "@/components/library/format";
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
    // Its counts are of the claims the viewer may see (db/speakers/hidden-claims.ts).
    const [db, viewer] = await Promise.all([getDb(), requireActor()]);
    return await getSpeaker(db, id, viewer);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const speaker = await loadSpeaker((await params).id);
  return { title: speaker ? `${speaker.name} · Speakers` : "Speaker not found" };
}

/**
 * The speaker merged into `speakerId` that the address names (`?merged=`, which the redirect from the merged-away
 * speaker's page sets), or null for anything else: no parameter, a malformed one, or one naming another speaker.
 */
async function mergedHere(db: Database, merged: string | string[] | undefined, speakerId: string): Promise<SpeakerMergedAwayDto | null> {
  if (typeof merged !== "string") return null;
  const merge = await mergedInto(db, merged);
  return merge?.mergedInto.id === speakerId ? merge : null;
}

const DEFAULT_QUERY: SpeakerPageQuery = { ...NO_CLAIM_FILTERS, sort: "newest", cursor: null, limit: CLAIM_PAGE_SIZE, group: "article" };

/**
 * A speaker's page: who they are, their claims over time and by confidence, every claim with the sentence
 * around it (filtered, sorted and grouped as the address says), and the history of changes to the speaker.
 * The page of a speaker merged away sends the reader on to the speaker who has their claims now, whose page says
 * so and shows the merged-away speaker's history beside its own.
 */
export default async function SpeakerPage({ params, searchParams }: PageProps) {
  // `merged` is the page's own parameter, not a filter of the claims (which refuse unknown ones).
  const [{ id }, { merged, ...search }] = await Promise.all([params, searchParams]);
  const speaker = await loadSpeaker(id);
  const [db, viewer] = await Promise.all([getDb(), requireActor()]);
  if (!speaker) {
    const merge = await mergedInto(db, id);
    if (merge) redirect(`/speakers/${merge.mergedInto.id}?merged=${merge.id}`);
    notFound();
  }
  const mergedAway = await mergedHere(db, merged, speaker.id);

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
  const [stats, page, total, title, history, mergedHistory] = await Promise.all([
    speakerStats(db, speaker.id, viewer),
    filterError ? null : listSpeakerClaims(db, speaker.id, query, viewer),
    filtered && !filterError ? countSpeakerClaims(db, speaker.id, query, viewer) : Promise.resolve(speaker.claimCount),
    query.articleId ? articleTitle(db, query.articleId) : Promise.resolve(null),
    // The API's default page, so that "Load more" continues in pages of the same size.
    listSpeakerHistory(db, speaker.id, historyQuerySchema.parse({})),
    mergedAway ? listSpeakerHistory(db, mergedAway.id, historyQuerySchema.parse({})) : Promise.resolve(null),
  ]);

  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/speakers">Speakers</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{speaker.name}</span>
      </nav>

      {mergedAway ? (
        <p className={styles.mergedNotice} role="note">
          {mergedNotice(mergedAway.name, mergedAway.mergedBy?.name ?? null, formatDate(mergedAway.mergedAt) ?? mergedAway.mergedAt)}
        </p>
      ) : null}

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
      {mergedAway && mergedHistory ? (
        <SpeakerHistory key={`merged-${mergedAway.id}`} speakerId={mergedAway.id} initial={mergedHistory} heading={`History of “${mergedAway.name}”, merged into ${speaker.name}`} />
      ) : null}
    </div>
  );
}
