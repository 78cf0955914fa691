"use client";

import Link from "@/components/app-link";
import { useId, useRef, useState, type FormEvent } from "react";
import { api, ApiError } from "@/components/api-client";
import { countOf, formatDate } from "@/components/library/format";
import { SPEAKER_KIND_LABELS } from "@/lib/model";
import type { SpeakerProfileDto } from "@/lib/speakers/model";
import { ConfidenceBar } from "./confidence-bar";
import { SpeakerEditForm } from "./speaker-edit-form";
import styles from "./speakers.module.css";

/**
 * One speaker in the directory: name, kind, description, claims by confidence, aliases to add or remove, and
 * the actions on the speaker (open their page, edit, merge, delete).
 */
export function SpeakerCard({
  speaker,
  highlighted = false,
  onChanged,
  onDeleted,
  onMerge,
  announce,
}: {
  speaker: SpeakerProfileDto;
  highlighted?: boolean;
  onChanged: (speaker: SpeakerProfileDto) => void;
  onDeleted: (speaker: SpeakerProfileDto) => void;
  onMerge: (speaker: SpeakerProfileDto) => void;
  announce: (message: string) => void;
}) {
  const [alias, setAlias] = useState("");
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  // A message about the speaker as they were (say, a refused delete before a merge) goes when they change.
  const [shownSpeaker, setShownSpeaker] = useState(speaker);
  if (shownSpeaker !== speaker) {
    setShownSpeaker(speaker);
    setError(null);
  }
  const aliasInput = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const ids = { name: useId(), input: useId(), error: useId() };
  const latest = formatDate(speaker.latestClaimAt);

  async function addAlias(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = alias.trim();
    setError(null);
    if (value === "") {
      setError(`Type the other name ${speaker.name} goes by, then press Add alias.`);
      aliasInput.current?.focus();
      return;
    }
    setPending("add");
    try {
      const updated = await api.addAlias(speaker.id, value);
      onChanged(updated);
      setAlias("");
      announce(`Added the alias “${value}” to ${speaker.name}.`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The alias could not be added. Try again.");
    } finally {
      setPending(null);
      aliasInput.current?.focus();
    }
  }

  async function removeAlias(value: string) {
    setError(null);
    setPending(value);
    try {
      const updated = await api.removeAlias(speaker.id, value);
      onChanged(updated);
      announce(`Removed the alias “${value}” from ${speaker.name}.`);
      // The chip and its button are gone: keep the keyboard in this card.
      aliasInput.current?.focus();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The alias could not be removed. Try again.");
    } finally {
      setPending(null);
    }
  }

  async function deleteSpeaker() {
    setError(null);
    setPending("delete");
    try {
      await api.deleteSpeaker(speaker.id);
      announce(`Deleted the speaker ${speaker.name}.`);
      onDeleted(speaker);
    } catch (caught) {
      setConfirmingDelete(false);
      setError(caught instanceof ApiError ? caught.message : "The speaker could not be deleted. Try again.");
      deleteButton.current?.focus();
    } finally {
      setPending(null);
    }
  }

  return (
    <article aria-labelledby={ids.name} className={`card ${styles.speaker} ${highlighted ? styles.highlighted : ""}`}>
      {editing ? (
        <>
          <h2 id={ids.name} className="visually-hidden">
            {speaker.name}
          </h2>
          <SpeakerEditForm
            speaker={speaker}
            onCancel={() => {
              setEditing(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
            onSaved={(updated) => {
              onChanged(updated);
              setEditing(false);
              announce(`Saved ${updated.name}.`);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        </>
      ) : (
        <>
          <header className={styles.speakerHeader}>
            <div className={styles.speakerTitle}>
              <h2 id={ids.name} className={styles.speakerName}>
                <Link href={`/speakers/${speaker.id}`}>{speaker.name}</Link>
              </h2>
              <span className={`${styles.kind} ${styles[`kind_${speaker.kind}`] ?? ""}`}>{SPEAKER_KIND_LABELS[speaker.kind]}</span>
            </div>
            <span className={speaker.claimCount > 0 ? styles.count : `${styles.count} ${styles.countNone}`}>
              {speaker.claimCount > 0 ? countOf(speaker.claimCount, "claim") : "No claims yet"}
            </span>
          </header>
          {speaker.description ? (
            <p className={styles.description}>{speaker.description}</p>
          ) : (
            <p className={`${styles.description} ${styles.descriptionMissing}`}>No description</p>
          )}
          {speaker.claimCount > 0 ? (
            <div className={styles.claimsSummary}>
              <ConfidenceBar counts={speaker.confidenceCounts} compact />
              {latest ? <span className={styles.latest}>Latest claim {latest}</span> : null}
            </div>
          ) : null}
        </>
      )}

      <div className={styles.aliases}>
        <span className={styles.aliasesLabel}>Aliases</span>
        {speaker.aliases.length > 0 ? (
          <ul className={styles.chips}>
            {speaker.aliases.map((value) => (
              <li key={value} className={styles.chip}>
                <span>{value}</span>
                <button
                  type="button"
                  className={styles.chipRemove}
                  aria-label={`Remove alias ${value}`}
                  title={`Remove alias ${value}`}
                  disabled={pending !== null}
                  onClick={() => void removeAlias(value)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <span className={styles.noAliases}>None yet</span>
        )}
      </div>

      <form className={styles.aliasForm} onSubmit={addAlias} aria-busy={pending === "add"}>
        <label htmlFor={ids.input} className={styles.aliasLabel}>
          New alias<span className="visually-hidden"> for {speaker.name}</span>
        </label>
        <input
          id={ids.input}
          ref={aliasInput}
          type="text"
          value={alias}
          maxLength={200}
          autoComplete="off"
          placeholder="e.g. a surname or title"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.error : undefined}
          onChange={(event) => setAlias(event.target.value)}
        />
        <button type="submit" className="button small" disabled={pending !== null}>
          Add alias
        </button>
      </form>
      {error ? (
        <p id={ids.error} role="alert" className={`error-message ${styles.cardError}`}>
          {error}
        </p>
      ) : null}

      <footer className={styles.cardActions}>
        {confirmingDelete ? (
          <div className={styles.confirm} role="group" aria-label={`Confirm deleting ${speaker.name}`}>
            <span>Delete {speaker.name} and their aliases? This cannot be undone.</span>
            <button type="button" className="button small danger" onClick={() => void deleteSpeaker()} disabled={pending !== null} autoFocus>
              {pending === "delete" ? "Deleting…" : "Delete speaker"}
            </button>
            <button
              type="button"
              className="button small ghost"
              onClick={() => {
                setConfirmingDelete(false);
                requestAnimationFrame(() => deleteButton.current?.focus());
              }}
            >
              Cancel
            </button>
          </div>
        ) : (
          <>
            <Link href={`/speakers/${speaker.id}`} className={`button small ${styles.viewClaims}`}>
              {speaker.claimCount > 0 ? "Review claims" : "Open"}
              <span className="visually-hidden"> of {speaker.name}</span>
              <span aria-hidden="true">→</span>
            </Link>
            <span className={styles.actionsSpacer} />
            <button type="button" ref={editButton} className="button small ghost" onClick={() => setEditing(true)} disabled={editing}>
              Edit<span className="visually-hidden"> {speaker.name}</span>
            </button>
            <button type="button" className="button small ghost" onClick={() => onMerge(speaker)}>
              Merge…<span className="visually-hidden"> another speaker into {speaker.name}</span>
            </button>
            <button type="button" ref={deleteButton} className="button small ghost danger" onClick={() => setConfirmingDelete(true)}>
              Delete<span className="visually-hidden"> {speaker.name}</span>
            </button>
          </>
        )}
      </footer>
    </article>
  );
}
