"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { api, ApiError } from "@/components/api-client";
import { countOf } from "@/components/library/format";
import { SPEAKER_KIND_LABELS, type SpeakerDto } from "@/lib/model";
import styles from "./speakers.module.css";

/** One speaker in the directory: name, kind, description, claim count, and its aliases to add or remove. */
export function SpeakerCard({
  speaker,
  highlighted = false,
  onChanged,
  announce,
}: {
  speaker: SpeakerDto;
  highlighted?: boolean;
  onChanged: (speaker: SpeakerDto) => void;
  announce: (message: string) => void;
}) {
  const [alias, setAlias] = useState("");
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const aliasInput = useRef<HTMLInputElement>(null);
  const ids = { name: useId(), input: useId(), error: useId() };

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

  return (
    <article aria-labelledby={ids.name} className={`card ${styles.speaker} ${highlighted ? styles.highlighted : ""}`}>
      <header className={styles.speakerHeader}>
        <div className={styles.speakerTitle}>
          <h2 id={ids.name} className={styles.speakerName}>
            {speaker.name}
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
    </article>
  );
}
