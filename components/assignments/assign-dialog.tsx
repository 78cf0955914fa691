"use client";

import { useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { ErrorMessage } from "@/components/error-message";
import { useModalDialog } from "@/components/use-modal-dialog";
import dialogStyles from "@/components/dialog.module.css";
import styles from "./assignments.module.css";

interface AssignDialogProps {
  articleId: string;
  candidates: { id: string; name: string }[];
  /** Already assigned: shown ticked and fixed. */
  assigned: string[];
  onClose(): void;
  onAssigned(): void;
}

/** Choose the analysts who annotate the article independently (two or more). */
export function AssignDialog({ articleId, candidates, assigned, onClose, onAssigned }: AssignDialogProps) {
  const dialog = useModalDialog();
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.assignArticle(articleId, chosen);
      onAssigned();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Something went wrong; nobody was assigned.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className={dialogStyles.dialog} aria-labelledby="assign-title" onClose={onClose}>
      <form className={dialogStyles.body} onSubmit={submit}>
        <div className={dialogStyles.header}>
          <h2 id="assign-title">Assign for independent annotation</h2>
          <button type="button" className={dialogStyles.close} aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        <p className={dialogStyles.intro}>
          Each analyst tags the article on their own: until everyone has marked it done, each sees only their own claims, and
          nobody sees how far the others have got.
        </p>
        <fieldset className={styles.choices}>
          <legend className="visually-hidden">Analysts</legend>
          {candidates.map((c) => {
            const fixed = assigned.includes(c.id);
            return (
              <label key={c.id}>
                <input
                  type="checkbox"
                  checked={fixed || chosen.includes(c.id)}
                  disabled={fixed}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setChosen((list) => (on ? [...list, c.id] : list.filter((id) => id !== c.id)));
                  }}
                />
                {c.name}
                {fixed ? <span className="muted"> (assigned)</span> : null}
              </label>
            );
          })}
        </fieldset>
        <ErrorMessage message={error} />
        <div className={dialogStyles.footer}>
          <button type="submit" className="button primary" disabled={busy || chosen.length === 0}>
            Assign
          </button>
          <button type="button" className="button ghost" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
