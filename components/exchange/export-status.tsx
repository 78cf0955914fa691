"use client";

import { useEffect, useRef } from "react";
import { describeProgress, formatBytes, progressFraction } from "./download-progress";
import type { ExportState } from "./use-export-download";
import styles from "./export.module.css";

interface ExportStatusProps {
  state: ExportState;
  onCancel(): void;
  onDismiss(): void;
}

const SAVED_VISIBLE_MS = 6000;

/**
 * The small popover under an Export button: how much of the export has arrived (with Cancel), then the name
 * it was saved under, or why it failed. Only the start and the end are announced, not every step between.
 */
export function ExportStatus({ state, onCancel, onDismiss }: ExportStatusProps) {
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  useEffect(() => {
    if (state.status !== "saved") return;
    const timer = setTimeout(() => dismiss.current(), SAVED_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const fraction = state.status === "running" ? progressFraction(state.progress) : null;

  return (
    <div className={styles.statusAnchor} data-export-status="">
      <div role="status" className="visually-hidden">
        {state.status === "running"
          ? `Exporting ${state.choice.label}…`
          : state.status === "saved"
            ? `Export saved as ${state.fileName}.`
            : ""}
      </div>
      {state.status === "running" ? (
        <div className={styles.status}>
          <p className={styles.statusTitle}>Exporting {state.choice.label}…</p>
          <progress
            className={styles.progress}
            aria-label="Export progress"
            max={1}
            // Without a known total the bar is indeterminate.
            value={fraction ?? undefined}
          />
          <p className={styles.statusDetail}>
            <span>{describeProgress(state.progress)}</span>
            {state.progress.claims !== null && state.progress.received > 0 ? (
              <span className="muted">{formatBytes(state.progress.received)}</span>
            ) : null}
          </p>
          <div className={styles.statusActions}>
            <button type="button" className="button small" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : state.status === "saved" ? (
        <div className={`${styles.status} ${styles.statusSaved}`}>
          <p className={styles.statusTitle}>
            <span aria-hidden="true" className={styles.tick}>
              ✓
            </span>{" "}
            Export saved
          </p>
          <p className={styles.fileName}>{state.fileName}</p>
          <p className={styles.statusDetail}>
            {state.claims !== null ? `${state.claims.toLocaleString("en")} ${state.claims === 1 ? "claim" : "claims"} · ` : ""}
            {state.choice.label}
          </p>
          <button type="button" className={`button small ghost ${styles.statusClose}`} aria-label="Close" onClick={onDismiss}>
            ×
          </button>
        </div>
      ) : state.status === "failed" ? (
        <div className={`${styles.status} ${styles.statusFailed}`}>
          <div role="alert">
            <p className={styles.statusTitle}>{state.choice ? `${state.choice.label}: export failed` : "Nothing exported"}</p>
            <p className={styles.statusError}>{state.message}</p>
          </div>
          <button type="button" className={`button small ghost ${styles.statusClose}`} aria-label="Close" onClick={onDismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
