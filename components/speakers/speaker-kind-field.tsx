"use client";

import { SPEAKER_KINDS, SPEAKER_KIND_LABELS, type SpeakerKind } from "@/lib/model";

/** The "Kind" field of the speaker forms: person, organization or unnamed source. */
export function SpeakerKindField({ id, value, onChange }: { id: string; value: SpeakerKind; onChange: (kind: SpeakerKind) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>Kind</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SpeakerKind)}>
        {SPEAKER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {SPEAKER_KIND_LABELS[kind]}
          </option>
        ))}
      </select>
    </div>
  );
}
