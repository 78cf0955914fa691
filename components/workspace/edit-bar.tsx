"use client";

import styles from "./workspace.module.css";

interface EditBarProps {
  dirty: boolean;
  saving: boolean;
  error: string | null;
  onSave(): void;
  onCancel(): void;
}

/** The bar above the text while it is being edited: save the text as a new revision, or leave it as it was. */
export function EditBar({ dirty, saving, error, onSave, onCancel }: EditBarProps) {
  return (
    <div className={`${styles.toolbar} ${styles.editBar}`} role="group" aria-label="Editing the text">
      <button type="button" className="button primary" disabled={!dirty || saving} onClick={onSave}>
        {saving ? "Saving…" : "Save text"}
      </button>
      <button type="button" className="button" disabled={saving} onClick={onCancel}>
        Cancel editing
      </button>
      <p className={styles.toolbarHint}>
        {error ? (
          <span role="alert" className={styles.editError}>
            {error}
          </span>
        ) : (
          <span role="status">
            {dirty
              ? "Unsaved changes. Claims follow your edits; saving finds each one again and reports any it cannot."
              : "Editing the text: correct it, then save. Highlights move with the words."}
          </span>
        )}
      </p>
    </div>
  );
}
