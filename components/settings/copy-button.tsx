"use client";

import { useEffect, useState } from "react";
import styles from "./settings.module.css";

/**
 * Copies `text` to the clipboard. Where the browser refuses (a page served over plain http, say), it selects the
 * field `fieldId` instead and says to press Ctrl+C.
 */
export function CopyButton({ text, label, fieldId }: { text: string; label: string; fieldId?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      const field = fieldId ? document.getElementById(fieldId) : null;
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
        field.focus();
        field.select();
      }
      setState("failed");
    }
  }

  return (
    <span className={styles.copy}>
      <button type="button" className="button small" onClick={() => void copy()}>
        {state === "copied" ? "Copied" : label}
      </button>
      <span role="status" className={state === "failed" ? styles.copyFailed : "visually-hidden"}>
        {state === "copied" ? "Copied to the clipboard." : state === "failed" ? "This browser blocked copying: press Ctrl+C (⌘C on a Mac) to copy the selected text." : ""}
      </span>
    </span>
  );
}
