"use client";

import { useId, useState } from "react";
import type { ClaimDto } from "@/lib/model";
import { formatDateTime } from "@/components/revisions/revision-format";
import type { FormConflict } from "./claim-form-state";
import { conflictRows, defaultChoices, mergeValues, spanDiffers, valuesOfClaim, type Choices, type ClaimValues, type ConflictRow } from "./conflict-merge";
import { ErrorMessage } from "@/components/error-message";
import dialogs from "./text-dialogs.module.css";
import styles from "./conflict-dialog.module.css";
import { useModalDialog } from "@/components/use-modal-dialog";

interface ConflictDialogProps {
  /** The claim as the form started from it. */
  original: ClaimDto;
  conflict: FormConflict;
  saving: boolean;
  /** Why the last save from this dialog failed (other than another conflict). */
  error: string | null;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onSaveMerged(values: ClaimValues): void;
  /** Closes the comparison without choosing: the form and the conflict stay. */
  onClose(): void;
}

function MergeChoice({ row, name, choices, onChoose }: { row: ConflictRow; name: string; choices: Choices; onChoose(choices: Choices): void }) {
  if (!row.differs) return null;
  if (row.choice !== row.field) return <span className={styles.follows}>with the kind</span>;
  const field = row.field;
  return (
    <div role="radiogroup" aria-label={`${row.label}: keep`} className={styles.choice}>
      {(["mine", "theirs"] as const).map((side) => (
        <label key={side}>
          <input type="radio" name={name} checked={choices[field] === side} onChange={() => onChoose({ ...choices, [field]: side })} />{" "}
          {side === "mine" ? "Mine" : "Theirs"}
        </label>
      ))}
    </div>
  );
}

/**
 * Saving an edit found that someone else saved the claim meanwhile. The analyst's version and the current
 * one side by side, field by field, and three ways out: keep mine (saved over theirs), take theirs (drop
 * mine), or merge (mine or theirs per differing field). Nothing typed is lost until one is chosen.
 */
export function ConflictDialog({ original, conflict, saving, error, onKeepMine, onTakeTheirs, onSaveMerged, onClose }: ConflictDialogProps) {
  const id = useId();
  const dialog = useModalDialog();
  const { current, mine, round } = conflict;
  const theirs = valuesOfClaim(current);
  const rows = conflictRows(mine, theirs);
  const differing = rows.filter((r) => r.differs).length;
  const wordsDiffer = spanDiffers(original, current);
  const [merging, setMerging] = useState(false);
  const [choices, setChoices] = useState(() => defaultChoices(valuesOfClaim(original), mine, theirs));
  // Another conflict on the way brings a newer claim: compare again from the start.
  const [seen, setSeen] = useState(round);
  if (seen !== round) {
    setSeen(round);
    setMerging(false);
    setChoices(defaultChoices(valuesOfClaim(original), mine, theirs));
  }

  const who = current.updatedBy?.name ?? "Someone";
  const when = formatDateTime(current.updatedAt);

  return (
    <dialog
      ref={dialog}
      className={`${dialogs.dialog} ${styles.dialog}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClose={onClose}
    >
      <div className={dialogs.body}>
        <header className={dialogs.header}>
          <h2 id={`${id}-title`}>This claim was changed meanwhile</h2>
          <button type="button" className={dialogs.close} aria-label="Close" onClick={() => dialog.current?.close()}>
            ×
          </button>
        </header>
        <p id={`${id}-intro`} className={dialogs.intro}>
          {who} saved version {current.version}
          {when ? (
            <>
              {" "}
              on <time dateTime={current.updatedAt}>{when}</time>
            </>
          ) : null}{" "}
          while you were editing. Nothing you typed is lost until you choose.
        </p>
        {round > 1 ? (
          <p role="alert" className={styles.again}>
            It changed again while you were deciding: this is the newest version.
          </p>
        ) : null}
        <table className={styles.table}>
          <caption className="visually-hidden">Your version and the current version, field by field</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Your version</th>
              <th scope="col">Current version</th>
              {merging ? <th scope="col">Keep</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field} className={row.differs ? styles.differs : undefined}>
                <th scope="row">
                  {row.label}
                  {row.differs ? <span className={styles.mark}>differs</span> : null}
                </th>
                <td className={row.field === "note" ? styles.note : undefined}>{row.mine}</td>
                <td className={row.field === "note" ? styles.note : undefined}>{row.theirs}</td>
                {merging ? (
                  <td>
                    <MergeChoice row={row} name={`${id}-${row.field}`} choices={choices} onChoose={setChoices} />
                  </td>
                ) : null}
              </tr>
            ))}
            {wordsDiffer ? (
              <tr className={styles.differs}>
                <th scope="row">
                  Words<span className={styles.mark}>differs</span>
                </th>
                <td className={styles.quote}>“{original.quote}”</td>
                <td className={styles.quote}>“{current.quote}”</td>
                {merging ? (
                  <td>
                    <span className={styles.follows}>current words</span>
                  </td>
                ) : null}
              </tr>
            ) : null}
          </tbody>
        </table>
        <p className={styles.hint}>
          {differing === 0
            ? "Your values and the current ones are the same."
            : wordsDiffer
              ? "The claim stays on the current words whichever you choose."
              : `${differing === 1 ? "One field differs" : `${differing} fields differ`}.`}
        </p>
        <ErrorMessage message={error} />
        <footer className={dialogs.footer}>
          {merging ? (
            <>
              <button
                type="button"
                className="button primary"
                disabled={saving}
                aria-busy={saving || undefined}
                onClick={() => onSaveMerged(mergeValues(mine, theirs, choices))}
              >
                Save merged
              </button>
              <button type="button" className="button" disabled={saving} onClick={() => setMerging(false)}>
                Back
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="button primary"
                disabled={saving}
                aria-busy={saving || undefined}
                onClick={onKeepMine}
                title="Save your version over the current one"
              >
                Keep mine
              </button>
              <button type="button" className="button" disabled={saving} onClick={onTakeTheirs} title="Drop your changes and keep the current version">
                Take theirs
              </button>
              {differing > 0 ? (
                <button type="button" className="button" disabled={saving} onClick={() => setMerging(true)} title="Choose mine or theirs field by field">
                  Merge
                </button>
              ) : null}
            </>
          )}
        </footer>
      </div>
    </dialog>
  );
}
