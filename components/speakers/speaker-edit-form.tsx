"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { api, ApiError } from "@/components/api-client";
import type { SpeakerKind } from "@/lib/model";
import type { SpeakerProfileDto } from "@/lib/speakers/model";
import { ErrorMessage } from "@/components/error-message";
import styles from "./speakers.module.css";
import { SpeakerKindField } from "./speaker-kind-field";

/** Rename a speaker, or change their kind or description; only what changed is sent. */
export function SpeakerEditForm({
  speaker,
  onSaved,
  onCancel,
}: {
  speaker: SpeakerProfileDto;
  onSaved: (speaker: SpeakerProfileDto) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(speaker.name);
  const [kind, setKind] = useState<SpeakerKind>(speaker.kind);
  const [description, setDescription] = useState(speaker.description ?? "");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const id = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (name.trim() === "") {
      setError("A speaker needs a name.");
      nameInput.current?.focus();
      return;
    }
    const patch: { name?: string; kind?: SpeakerKind; description?: string | null } = {};
    if (name.trim() !== speaker.name) patch.name = name.trim();
    if (kind !== speaker.kind) patch.kind = kind;
    if ((description.trim() || null) !== speaker.description) patch.description = description.trim() || null;
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    setPending(true);
    try {
      onSaved(await api.updateSpeaker(speaker.id, patch));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The changes could not be saved. Try again.");
      nameInput.current?.focus();
    } finally {
      setPending(false);
    }
  }

  return (
    <form className={styles.editForm} onSubmit={onSubmit} aria-busy={pending} aria-label={`Edit ${speaker.name}`}>
      <div className={styles.editFields}>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            ref={nameInput}
            type="text"
            value={name}
            maxLength={200}
            autoComplete="off"
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") onCancel();
            }}
          />
        </div>
        <SpeakerKindField id={`${id}-kind`} value={kind} onChange={setKind} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <input
          id={`${id}-description`}
          type="text"
          value={description}
          maxLength={500}
          placeholder="Role or affiliation, e.g. National Security Council coordinator"
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <ErrorMessage message={error} />
      <div className={styles.editActions}>
        <button type="button" className="button small ghost" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
        <button type="submit" className="button small primary" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </button>
      </div>
    </form>
  );
}
