"use client";

import type { ClaimHistoryEntryDto } from "@/lib/model";
import { summarizeHistoryEntry } from "@/lib/claims/history-summary";
import { formatDateTime } from "@/components/revisions/revision-format";
import { personLabel } from "./authorship";
import { shortenQuote } from "./claim-text";
import styles from "./history.module.css";

/** The quote an entry is about, short: the claim as it was before the change, or after it when it was new. */
export function entryQuote(entry: ClaimHistoryEntryDto): string {
  const { shown, rest } = shortenQuote((entry.before ?? entry.after)?.quote ?? "", 90);
  return `${shown}${rest ? "…" : ""}`;
}

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
