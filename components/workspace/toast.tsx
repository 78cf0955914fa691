"use client";

import { useEffect, useRef, useState } from "react";
import styles from "./workspace.module.css";

/** A short message at the bottom of the screen, optionally with an Undo button (which Ctrl+Z also presses). */
export interface ToastMessage {
  id: number;
  text: string;
  undo?: () => void;
  tone?: "error";
}

/** The undo shortcut as this platform writes it. */
function undoShortcut(): string {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘Z" : "Ctrl+Z";
}

const UNDO_MS = 8000;
const PLAIN_MS = 4000;

/**
 * The workspace's toast. It stays 8 seconds when it offers Undo (4 otherwise), and waits while the pointer
 * or the keyboard focus is on it, so nobody loses the Undo by reading slowly.
 */
export function Toast({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss(id: number): void }) {
  const [paused, setPaused] = useState(false);
  const remaining = useRef(0);

  useEffect(() => {
    if (toast) remaining.current = toast.undo ? UNDO_MS : PLAIN_MS;
  }, [toast]);

  useEffect(() => {
    if (!toast || paused) return;
    const started = Date.now();
    const timer = setTimeout(() => onDismiss(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - started;
    };
  }, [toast, paused, onDismiss]);

  return (
    <div className={styles.toastRegion} role="status" aria-live="polite">
      {toast ? (
        <div
          key={toast.id}
          className={toast.tone === "error" ? `${styles.toast} ${styles.toastError}` : styles.toast}
          onMouseEnter={() => setPaused(true)}
          onMouseLeave={() => setPaused(false)}
          onFocus={() => setPaused(true)}
          onBlur={() => setPaused(false)}
        >
          <span>{toast.text}</span>
          {toast.undo ? (
            <button
              type="button"
              className={`button small ${styles.toastButton}`}
              onClick={toast.undo}
              aria-keyshortcuts="Control+Z Meta+Z"
            >
              Undo <span className={styles.toastShortcut} aria-hidden="true">({undoShortcut()})</span>
            </button>
          ) : null}
          <button type="button" className={`button small ghost ${styles.toastClose}`} aria-label="Dismiss" onClick={() => onDismiss(toast.id)}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
