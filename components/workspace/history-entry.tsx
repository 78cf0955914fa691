"use client";

import type { ClaimHistoryEntryDto } from "@/lib/model";
import { summarizeHistoryEntry } from "@/lib/claims/history-summary";
import { formatDateTime } from "@/components/revisions/revision-format";
import { personLabel } from "./authorship";
import styles from "./history.module.css";

/** What a history entry did, by whom and when: "Edited: confidence moderate → high · Ana · 2 Mar 2024, 09:30 UTC". */
export function HistoryEntryText({ entry }: { entry: ClaimHistoryEntryDto }) {
  return (
    <>
      <span className={styles.what}>{summarizeHistoryEntry(entry)}</span>
      <span className={styles.meta}>
        {personLabel(entry.actor?.name)} · <time dateTime={entry.at}>{formatDateTime(entry.at) ?? entry.at}</time>
      </span>
    </>
  );
}
