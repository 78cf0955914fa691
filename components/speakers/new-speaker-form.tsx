"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { api, ApiError } from "@/components/api-client";
import type { SpeakerKind } from "@/lib/model";
import type { SpeakerProfileDto } from "@/lib/speakers/model";
import { splitAliases } from "./aliases";
import { ErrorMessage } from "@/components/error-message";
import styles from "./speakers.module.css";
import { SpeakerKindField } from "./speaker-kind-field";

/** The "New speaker" form: name, kind, description and aliases; the new speaker is handed to `onCreated`. */
export function NewSpeakerForm({ onCreated }: { onCreated: (speaker: SpeakerProfileDto) => void }) {
  const [name, setName] = useState("");
  const [kind, setKind] = useState<SpeakerKind>("person");
  const [description, setDescription] = useState("");
  const [aliases, setAliases] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const id = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setCreated(null);
    if (name.trim() === "") {
      setError("Give the speaker a name, as it appears in the articles.");
      nameInput.current?.focus();
      return;
    }
    setPending(true);
    try {
      const speaker = await api.createSpeaker({
        name: name.trim(),
        kind,
        description: description.trim() || null,
        aliases: splitAliases(aliases),
      });
      onCreated(speaker);
      setName("");
      setDescription("");
      setAliases("");
      setKind("person");
      setCreated(`Created ${speaker.name}.`);
      nameInput.current?.focus();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The speaker could not be created. Try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className={`card ${styles.panel}`} id="new-speaker" tabIndex={-1}>
      <h2 id={`${id}-heading`} className={styles.panelHeading}>
        New speaker
      </h2>
      <p className={`muted ${styles.panelIntro}`}>For someone who is quoted but not in the directory yet.</p>
      <form onSubmit={onSubmit} aria-busy={pending} className={styles.form}>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            ref={nameInput}
            type="text"
            value={name}
            maxLength={200}
            autoComplete="off"
            placeholder="e.g. John Kirby"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <SpeakerKindField id={`${id}-kind`} value={kind} onChange={setKind} />
        <div className="field">
          <label htmlFor={`${id}-description`}>Description</label>
          <input
            id={`${id}-description`}
            type="text"
            value={description}
            maxLength={500}
            placeholder="e.g. National Security Council coordinator"
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-aliases`}>Aliases</label>
          <input
            id={`${id}-aliases`}
            type="text"
            value={aliases}
            autoComplete="off"
            placeholder="e.g. Kirby, Admiral Kirby"
            aria-describedby={`${id}-aliases-hint`}
            onChange={(event) => setAliases(event.target.value)}
          />
          <span id={`${id}-aliases-hint`} className="hint">
            Other names the articles use, separated by commas.
          </span>
        </div>
        <ErrorMessage message={error} />
        <div className={styles.formActions}>
          <p role="status" className={styles.created}>
            {created}
          </p>
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? "Creating…" : "Create speaker"}
          </button>
        </div>
      </form>
    </section>
  );
}
