"use client";

import { useEffect, useRef, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { countOf } from "@/components/library/format";
import type { SpeakerDto } from "@/lib/model";
import { SPEAKER_PAGE_SIZE } from "./directory-size";
import { NewSpeakerForm } from "./new-speaker-form";
import { SpeakerCard } from "./speaker-card";
import { SpeakersEmpty } from "./speakers-empty";
import styles from "./speakers.module.css";

/** The speaker directory: search by name or alias, each speaker's card, and the "New speaker" form. */
export function SpeakerDirectory({ initialSpeakers }: { initialSpeakers: SpeakerDto[] }) {
  const [query, setQuery] = useState("");
  const [speakers, setSpeakers] = useState(initialSpeakers);
  const [searched, setSearched] = useState("");
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [createdId, setCreatedId] = useState<string | null>(null);
  const latest = useRef(0);
  // The server rendered the unfiltered list, so the empty query counts as already searched.
  const lastSearched = useRef("");

  useEffect(() => {
    const ticket = ++latest.current;
    const q = query.trim();
    if (q === lastSearched.current) {
      setSearching(false);
      return;
    }
    const timer = setTimeout(async () => {
      setSearching(true);
      try {
        const { items } = await api.searchSpeakers(q, SPEAKER_PAGE_SIZE);
        // A slower, older search must not overwrite a newer one.
        if (ticket !== latest.current) return;
        lastSearched.current = q;
        setSpeakers(items);
        setSearched(q);
        setError(null);
      } catch (caught) {
        if (ticket !== latest.current) return;
        setError(caught instanceof ApiError ? caught.message : "The search failed. Try again.");
      } finally {
        if (ticket === latest.current) setSearching(false);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [query]);

  function replaceSpeaker(updated: SpeakerDto) {
    setSpeakers((current) => current.map((s) => (s.id === updated.id ? updated : s)));
  }

  function addSpeaker(created: SpeakerDto) {
    setSpeakers((current) => [created, ...current.filter((s) => s.id !== created.id)]);
    setCreatedId(created.id);
    setAnnouncement(`Created the speaker ${created.name}.`);
  }

  const directoryEmpty = speakers.length === 0 && searched === "" && query.trim() === "";
  const summary = searched
    ? `${countOf(speakers.length, "speaker")} matching “${searched}”`
    : speakers.length >= SPEAKER_PAGE_SIZE
      ? `The first ${SPEAKER_PAGE_SIZE} speakers, most cited first. Search to find others.`
      : `${countOf(speakers.length, "speaker")}, most cited first`;

  return (
    <div className={styles.layout}>
      <section aria-label="Speaker directory" className={styles.directory}>
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
        <p id="speaker-search-summary" className={styles.summary} role="status" aria-busy={searching}>
          {directoryEmpty ? "" : summary}
          {searching ? <span className={styles.searching}> Searching…</span> : null}
        </p>
        {error ? (
          <p role="alert" className="error-message">
            {error}
          </p>
        ) : null}

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
                announce={setAnnouncement}
              />
            ))}
          </div>
        )}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
      </section>
      <NewSpeakerForm onCreated={addSpeaker} />
    </div>
  );
}
