"use client";

import { useEffect, useRef, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { countOf } from "@/components/library/format";
import type { Page } from "@/lib/model";
import { SPEAKER_SORT_LABELS, SPEAKER_SORTS, type SpeakerProfileDto, type SpeakerSort } from "@/lib/speakers/model";
import { SPEAKER_PAGE_SIZE } from "./directory-size";
import { MergeDialog } from "./merge-dialog";
import { NewSpeakerForm } from "./new-speaker-form";
import { SpeakerCard } from "./speaker-card";
import { SpeakersEmpty } from "./speakers-empty";
import { ErrorMessage } from "@/components/error-message";
import styles from "./speakers.module.css";

/** The directory's address: the search and the sort, so that a view can be shared and comes back on reload. */
function directoryHref(q: string, sort: SpeakerSort): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (sort !== "claims") params.set("sort", sort);
  const search = params.toString();
  return `/speakers${search ? `?${search}` : ""}`;
}

const SORT_SUMMARY: Record<SpeakerSort, string> = {
  claims: "most claims first",
  name: "by name",
  latest: "latest claim first",
};

/**
 * The speaker directory: search by name or alias, sort, each speaker's card (edit, merge, delete, aliases),
 * "Load more", and the "New speaker" form.
 */
export function SpeakerDirectory({ initial, initialQuery, initialSort }: { initial: Page<SpeakerProfileDto>; initialQuery: string; initialSort: SpeakerSort }) {
  const [query, setQuery] = useState(initialQuery);
  const [sort, setSort] = useState(initialSort);
  const [speakers, setSpeakers] = useState(initial.items);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const [searched, setSearched] = useState(initialQuery);
  const [loading, setLoading] = useState<"list" | "more" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [merging, setMerging] = useState<SpeakerProfileDto | null>(null);
  const latest = useRef(0);
  // The server rendered this view already.
  const shown = useRef(`${initialQuery.trim()}\n${initialSort}`);

  useEffect(() => {
    const q = query.trim();
    const view = `${q}\n${sort}`;
    const ticket = ++latest.current;
    if (view === shown.current) {
      setLoading(null);
      return;
    }
    const timer = setTimeout(async () => {
      setLoading("list");
      try {
        const page = await api.listSpeakerDirectory({ q, sort, limit: SPEAKER_PAGE_SIZE });
        // A slower, older search must not overwrite a newer one.
        if (ticket !== latest.current) return;
        shown.current = view;
        setSpeakers(page.items);
        setNextCursor(page.nextCursor);
        setSearched(q);
        setError(null);
        window.history.replaceState(null, "", directoryHref(q, sort));
      } catch (caught) {
        if (ticket !== latest.current) return;
        setError(caught instanceof ApiError ? caught.message : "The search failed. Try again.");
      } finally {
        if (ticket === latest.current) setLoading(null);
      }
    }, q === shown.current.split("\n")[0] ? 0 : 200);
    return () => clearTimeout(timer);
  }, [query, sort]);

  async function loadMore() {
    if (!nextCursor) return;
    const ticket = latest.current;
    setLoading("more");
    try {
      const page = await api.listSpeakerDirectory({ q: searched, sort, cursor: nextCursor, limit: SPEAKER_PAGE_SIZE });
      if (ticket !== latest.current) return;
      setSpeakers((current) => {
        const seen = new Set(current.map((s) => s.id));
        return [...current, ...page.items.filter((s) => !seen.has(s.id))];
      });
      setNextCursor(page.nextCursor);
      setAnnouncement(`Showing ${countOf(speakers.length + page.items.length, "speaker")}.`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "More speakers could not be loaded. Try again.");
    } finally {
      setLoading(null);
    }
  }

  function replaceSpeaker(updated: SpeakerProfileDto) {
    setSpeakers((current) => current.map((s) => (s.id === updated.id ? updated : s)));
  }

  function addSpeaker(created: SpeakerProfileDto) {
    setSpeakers((current) => [created, ...current.filter((s) => s.id !== created.id)]);
    setCreatedId(created.id);
    setAnnouncement(`Created the speaker ${created.name}.`);
  }

  const directoryEmpty = speakers.length === 0 && searched === "" && query.trim() === "";
  const summary = searched
    ? `${countOf(speakers.length, "speaker")}${nextCursor ? " so far" : ""} matching “${searched}”, ${SORT_SUMMARY[sort]}`
    : `${nextCursor ? `The first ${countOf(speakers.length, "speaker")}` : countOf(speakers.length, "speaker")}, ${SORT_SUMMARY[sort]}`;

  return (
    <div className={styles.layout}>
      <section aria-label="Speaker directory" className={styles.directory}>
        <div className={styles.toolbar}>
          <search className={styles.search}>
            <label htmlFor="speaker-search" className={styles.searchLabel}>
              Search speakers
            </label>
            <input
              id="speaker-search"
              type="search"
              value={query}
              placeholder="Name or alias, e.g. Kirby"
              autoComplete="off"
              aria-describedby="speaker-search-summary"
              onChange={(event) => setQuery(event.target.value)}
            />
          </search>
          <div className={styles.sort}>
            <label htmlFor="speaker-sort" className={styles.searchLabel}>
              Sort by
            </label>
            <select id="speaker-sort" value={sort} onChange={(event) => setSort(event.target.value as SpeakerSort)}>
              {SPEAKER_SORTS.map((value) => (
                <option key={value} value={value}>
                  {SPEAKER_SORT_LABELS[value]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p id="speaker-search-summary" className={styles.summary} role="status" aria-busy={loading === "list"}>
          {directoryEmpty ? "" : summary}
          {loading === "list" ? <span className={styles.searching}> Searching…</span> : null}
        </p>
        <ErrorMessage message={error} />

        {directoryEmpty ? (
          <SpeakersEmpty />
        ) : speakers.length === 0 && searched !== "" ? (
          <div className={styles.noMatch}>
            <p>No speaker&rsquo;s name or alias contains &ldquo;{searched}&rdquo;.</p>
            <p className="muted">Check the spelling or try part of the name, or add the speaker with the New speaker form.</p>
          </div>
        ) : (
          <div className={styles.list}>
            {speakers.map((speaker) => (
              <SpeakerCard
                key={speaker.id}
                speaker={speaker}
                highlighted={speaker.id === createdId}
                onChanged={replaceSpeaker}
                onDeleted={(gone) => setSpeakers((current) => current.filter((s) => s.id !== gone.id))}
                onMerge={setMerging}
                announce={setAnnouncement}
              />
            ))}
          </div>
        )}
        {nextCursor ? (
          <div className={styles.more}>
            <button type="button" className="button" onClick={() => void loadMore()} disabled={loading !== null}>
              {loading === "more" ? "Loading…" : "Load more speakers"}
            </button>
          </div>
        ) : null}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
      </section>
      <NewSpeakerForm onCreated={addSpeaker} />
      {merging ? (
        <MergeDialog
          speaker={merging}
          onClose={() => setMerging(null)}
          onMerged={(result, mergedAway) => {
            setSpeakers((current) =>
              current.filter((s) => s.id !== mergedAway.id).map((s) => (s.id === result.speaker.id ? result.speaker : s)),
            );
            setMerging(null);
            setCreatedId(result.speaker.id);
            setAnnouncement(
              `Merged ${mergedAway.name} into ${result.speaker.name}: ${countOf(result.claimsMoved, "claim")} moved, and “${result.nameBecameAlias}” is now an alias.`,
            );
          }}
        />
      ) : null}
    </div>
  );
}
