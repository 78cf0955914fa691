"use client";

import { useId, useState } from "react";
import { api } from "@/components/api-client";
import { countOf } from "@/components/library/format";
import { formatDateTime } from "@/components/revisions/revision-format";
import { usePagedList } from "@/components/use-paged-list";
import { LoadMore } from "@/components/load-more";
import { personLabel } from "@/components/workspace/authorship";
import type { Page } from "@/lib/model";
import { summarizeSpeakerHistoryEntry } from "@/lib/speakers/history-summary";
import type { SpeakerHistoryEntryDto } from "@/lib/speakers/model";
import styles from "./speaker-history.module.css";

/**
 * The speaker's history, behind a "History" disclosure (closed at first): every change to the speaker, newest
 * first, with who made it and when. The server renders the first page; "Load more" fetches the next. `heading`
 * names another speaker's history shown on this page (one merged into it).
 */
export function SpeakerHistory({ speakerId, initial, heading = "History" }: { speakerId: string; initial: Page<SpeakerHistoryEntryDto>; heading?: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const paged = usePagedList({
    initial,
    keyOf: (entry) => entry.id,
    fetchPage: (cursor) => api.speakerHistory(speakerId, cursor),
    describe: (shown) => `Showing ${countOf(shown, "change")}.`,
    failure: "More of the history could not be loaded. Try again.",
  });
  const { items } = paged;

  return (
    <section aria-labelledby={`${id}-heading`} className={styles.section}>
      <h2 id={`${id}-heading`} className={styles.heading}>
        <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true" className={styles.chevron}>
            {open ? "▾" : "▸"}
          </span>
          {heading}
        </button>
      </h2>
      <div id={`${id}-panel`} className={styles.panel} hidden={!open}>
        {items.length === 0 ? (
          <p className={`card ${styles.empty}`}>No changes recorded.</p>
        ) : (
          <ol className={`card ${styles.entries}`} aria-label="Changes to this speaker, newest first">
            {items.map((entry) => (
              <li key={entry.id} className={styles.entry}>
                <span className={styles.what}>{summarizeSpeakerHistoryEntry(entry)}</span>
                <span className={styles.meta}>
                  {personLabel(entry.actor?.name)} · <time dateTime={entry.at}>{formatDateTime(entry.at) ?? entry.at}</time>
                </span>
              </li>
            ))}
          </ol>
        )}
        <LoadMore list={paged} label="Load more changes" />
      </div>
    </section>
  );
}
