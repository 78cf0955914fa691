"use client";

import { useEffect, useId, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import type { ClaimHistoryEntryDto } from "@/lib/model";
import { HistoryEntryText } from "./history-entry";
import styles from "./history.module.css";

type Loaded = { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; items: ClaimHistoryEntryDto[] };

/**
 * A claim's history, behind a "History" disclosure in its details: every change, newest first, with who made
 * it and when. Loaded when opened, and again when the claim changes while it is open.
 */
export function ClaimHistory({ claimId, version }: { claimId: string; version: number }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });

  useEffect(() => {
    if (!open) return;
    let live = true;
    // Keep the list on screen while a newer one loads.
    setLoaded((l) => (l.status === "ready" ? l : { status: "loading" }));
    api.claimHistory(claimId).then(
      (page) => live && setLoaded({ status: "ready", items: page.items }),
      (error: unknown) =>
        live && setLoaded({ status: "failed", message: error instanceof ApiError ? error.message : "The history could not be loaded." }),
    );
    return () => {
      live = false;
    };
  }, [open, claimId, version, attempt]);

  return (
    <div className={styles.claimHistory}>
      <button
        type="button"
        className={`button small ghost ${styles.disclosure}`}
        aria-expanded={open}
        aria-controls={open ? `${id}-history` : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className={styles.chevron}>
          {open ? "▾" : "▸"}
        </span>{" "}
        History
      </button>
      {open ? (
        <div id={`${id}-history`}>
          {loaded.status === "loading" ? (
            <p role="status" className={styles.status}>
              Loading the history…
            </p>
          ) : loaded.status === "failed" ? (
            <div role="alert" className={`error-message ${styles.failed}`}>
              {loaded.message}{" "}
              <button type="button" className="button small" onClick={() => setAttempt((a) => a + 1)}>
                Try again
              </button>
            </div>
          ) : loaded.items.length === 0 ? (
            <p className={styles.status}>No changes recorded.</p>
          ) : (
            <ol className={styles.entries} aria-label="Changes to this claim, newest first">
              {loaded.items.map((entry) => (
                <li key={entry.id} className={styles.entry}>
                  <HistoryEntryText entry={entry} />
                </li>
              ))}
            </ol>
          )}
        </div>
      ) : null}
    </div>
  );
}
