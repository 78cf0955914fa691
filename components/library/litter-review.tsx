"use client";

import { useId } from "react";
import type { LitterLine } from "@/lib/extract/page-litter";
import { countOf } from "./format";
import styles from "./web-import.module.css";

/**
 * The lines "Remove page litter" would take out of pasted text, as a diff (each struck through, with why),
 * before anything changes: the analyst applies it or keeps the text as it is.
 */
export function LitterReview({ removed, onApply, onDismiss }: { removed: LitterLine[]; onApply(): void; onDismiss(): void }) {
  const id = useId();
  if (removed.length === 0) {
    return (
      <div className={styles.litter} role="status">
        <p>No page litter found: the text has no share buttons, comment forms, bylines or repeated headlines that Claimlens recognises.</p>
        <button type="button" className="button small" onClick={onDismiss}>
          OK
        </button>
      </div>
    );
  }
  return (
    <section className={styles.litter} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Remove {countOf(removed.length, "line")} of page litter?</h3>
      <ul className={styles.litterLines}>
        {removed.map((line, index) => (
          <li key={index}>
            <del>{line.text}</del> <span className="muted">({line.reason})</span>
          </li>
        ))}
      </ul>
      <div className={styles.litterActions}>
        <button type="button" className="button small primary" onClick={onApply}>
          Remove these lines
        </button>
        <button type="button" className="button small" onClick={onDismiss}>
          Keep the text as it is
        </button>
      </div>
    </section>
  );
}
