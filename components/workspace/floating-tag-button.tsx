"use client";

import styles from "./article-text.module.css";

/** A small "Tag" button under the end of the selection, for the mouse; the toolbar has the same action. */
export function FloatingTagButton({ top, left, onTag }: { top: number; left: number; onTag(): void }) {
  return (
    <button
      type="button"
      className={`button primary small ${styles.floatingTag}`}
      style={{ top, left }}
      // Keep the focus (and so the selection) in the text while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onTag}
      aria-label="Tag selected words"
      title="Tag selected words (T)"
    >
      <span aria-hidden="true">+</span> Tag
    </button>
  );
}
