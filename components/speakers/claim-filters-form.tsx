"use client";

import Link from "@/components/app-link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { CONFIDENCE_LEVELS, type Confidence } from "@/lib/model";
import { activeFilters, hasClaimFilters, speakerPageHref } from "@/lib/speakers/claim-filters";
import { CLAIM_GROUPING_LABELS, CLAIM_GROUPINGS, CLAIM_SORT_LABELS, CLAIM_SORTS, type ClaimGrouping, type ClaimSort } from "@/lib/speakers/model";
import type { SpeakerPageQuery } from "@/lib/speakers/schemas";
import styles from "./speaker-page.module.css";

const LEVEL_WORDS: Record<Confidence, string> = { high: "High", moderate: "Moderate", low: "Low" };

/**
 * The speaker page's filters and sort. Choices apply as they are made; the dates and the words apply with
 * Enter or "Apply". Everything lives in the address, so a view can be bookmarked and shared. Without script
 * the form still works as a plain GET form.
 */
export function ClaimFiltersForm({
  speakerId,
  query,
  cues,
  articleTitle,
}: {
  speakerId: string;
  query: SpeakerPageQuery;
  cues: { cue: string; count: number }[];
  articleTitle: string | null;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The form keeps its own copy of the view so that a choice shows at once, while the page is fetched; the
  // page remounts it (by key) with the new address.
  const [view, setView] = useState(query);
  const [q, setQ] = useState(query.q ?? "");
  const [from, setFrom] = useState(query.from ?? "");
  const [to, setTo] = useState(query.to ?? "");
  const id = useId();
  const chips = activeFilters(query, articleTitle);
  const cueListed = !query.cue || cues.some((c) => c.cue === query.cue);

  function go(change: Partial<SpeakerPageQuery>) {
    const next: SpeakerPageQuery = { ...view, q: q.trim() || null, from: from || null, to: to || null, ...change, cursor: null };
    setView(next);
    startTransition(() => router.push(speakerPageHref(speakerId, next), { scroll: false }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go({});
  }

  function toggleLevel(level: Confidence, on: boolean) {
    const levels = new Set(view.confidence);
    if (on) levels.add(level);
    else levels.delete(level);
    // All three ticked is the same as none: no filter.
    go({ confidence: levels.size === 3 ? [] : CONFIDENCE_LEVELS.filter((l) => levels.has(l)) });
  }

  return (
    <div className={styles.filters}>
      <form className={styles.filterForm} method="get" action={`/speakers/${speakerId}`} onSubmit={onSubmit} aria-label="Filter and sort claims" aria-busy={pending}>
        {query.articleId ? <input type="hidden" name="article" value={query.articleId} /> : null}
        <fieldset>
          <legend className={styles.filterLabel}>Confidence</legend>
          <div className={styles.levelChoices}>
            {[...CONFIDENCE_LEVELS].reverse().map((level) => (
              <label key={level} className={`${styles.levelChoice} ${styles[`choice_${level}`]}`}>
                <input
                  type="checkbox"
                  name="confidence"
                  value={level}
                  checked={view.confidence.includes(level)}
                  onChange={(event) => toggleLevel(level, event.target.checked)}
                />
                {LEVEL_WORDS[level]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className={styles.filterField}>
          <label htmlFor={`${id}-cue`} className={styles.filterLabel}>
            Cue
          </label>
          <select id={`${id}-cue`} name="cue" value={view.cue ?? ""} onChange={(event) => go({ cue: event.target.value || null })}>
            <option value="">Any cue</option>
            {cues.map((c) => (
              <option key={c.cue} value={c.cue}>
                {c.cue} ({c.count.toLocaleString("en-US")})
              </option>
            ))}
            {!cueListed && query.cue ? <option value={query.cue}>{query.cue}</option> : null}
          </select>
        </div>
        <div className={styles.filterField}>
          <label htmlFor={`${id}-set`} className={styles.filterLabel}>
            Claims
          </label>
          <select id={`${id}-set`} name="set" value={view.set ?? ""} onChange={(event) => go({ set: (event.target.value || null) as SpeakerPageQuery["set"] })}>
            <option value="">Every claim</option>
            <option value="reviewed">Reviewed claims only</option>
            <option value="analyst">Analysts' claims only</option>
          </select>
        </div>
        <div className={styles.filterField}>
          <label htmlFor={`${id}-from`} className={styles.filterLabel}>
            Article date from
          </label>
          <input id={`${id}-from`} type="date" name="from" value={from} max={to || undefined} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className={styles.filterField}>
          <label htmlFor={`${id}-to`} className={styles.filterLabel}>
            to
          </label>
          <input id={`${id}-to`} type="date" name="to" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} />
        </div>
        <div className={`${styles.filterField} ${styles.words}`}>
          <label htmlFor={`${id}-q`} className={styles.filterLabel}>
            Words in the claim
          </label>
          <input id={`${id}-q`} type="search" name="q" value={q} maxLength={200} placeholder="e.g. Wagner equipment" onChange={(event) => setQ(event.target.value)} />
        </div>
        <button type="submit" className="button primary small">
          Apply
        </button>
        <div className={styles.viewRow}>
          <div className={styles.filterField}>
            <label htmlFor={`${id}-sort`} className={styles.filterLabel}>
              Sort
            </label>
            <select id={`${id}-sort`} name="sort" value={view.sort} onChange={(event) => go({ sort: event.target.value as ClaimSort })}>
              {CLAIM_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {CLAIM_SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend className={styles.filterLabel}>Show</legend>
            <div className={styles.segmented}>
              {CLAIM_GROUPINGS.map((group) => (
                <label key={group}>
                  <input type="radio" name="group" value={group} checked={view.group === group} onChange={() => go({ group: group as ClaimGrouping })} />
                  <span>{CLAIM_GROUPING_LABELS[group]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </form>
      {chips.length > 0 ? (
        <div className={styles.chips} aria-label="Filters in force" role="group">
          {chips.map((chip) => (
            <Link key={chip.key} href={speakerPageHref(speakerId, chip.without)} className={styles.chip} scroll={false}>
              {chip.label}
              <span aria-hidden="true" className={styles.chipX}>
                ×
              </span>
              <span className="visually-hidden"> (remove this filter)</span>
            </Link>
          ))}
          {hasClaimFilters(query) ? (
            <Link href={speakerPageHref(speakerId, { sort: query.sort, group: query.group })} className={styles.clear} scroll={false}>
              Clear all filters
            </Link>
          ) : null}
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {pending ? "Updating the list…" : ""}
      </p>
    </div>
  );
}
