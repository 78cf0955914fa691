"use client";

import { useState } from "react";
import type { ReviewUnitDto } from "@/lib/agreement/model";
import { CLAIM_KINDS, CLAIM_KIND_LABELS, CONFIDENCE_LEVELS, type ClaimKind, type Confidence } from "@/lib/model";
import type { ClaimCreateInput } from "@/lib/schemas";
import styles from "./assignments.module.css";

interface MergedClaimFormProps {
  text: string;
  unit: ReviewUnitDto;
  busy: boolean;
  onSubmit(claim: ClaimCreateInput): void;
  onCancel(): void;
}

/** A reviewer's own version of a disagreement, started from the first analyst's: span, kind, speaker, cue, confidence. */
export function MergedClaimForm({ text, unit, busy, onSubmit, onCancel }: MergedClaimFormProps) {
  const first = unit.versions[0]?.claim;
  const [start, setStart] = useState(first?.start ?? unit.start);
  const [end, setEnd] = useState(first?.end ?? unit.end);
  const [kind, setKind] = useState<ClaimKind>(first?.kind ?? "attributed");
  const [speaker, setSpeaker] = useState(first?.speaker?.name ?? "");
  const [cue, setCue] = useState(first?.cue ?? "");
  const [confidence, setConfidence] = useState<Confidence>(first?.confidence ?? "moderate");

  return (
    <form
      className={styles.merged}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          start,
          end,
          kind,
          speaker: kind === "attributed" ? speaker : null,
          cue: kind === "attributed" && cue.trim() ? cue : null,
          confidence,
          note: first?.note ?? null,
        });
      }}
    >
      <p className={styles.quote}>“{text.slice(start, end)}”</p>
      <label>
        Start
        <input type="number" value={start} min={0} max={text.length} onChange={(e) => setStart(Number(e.currentTarget.value))} />
      </label>
      <label>
        End
        <input type="number" value={end} min={1} max={text.length} onChange={(e) => setEnd(Number(e.currentTarget.value))} />
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as ClaimKind)}>
          {CLAIM_KINDS.map((k) => (
            <option key={k} value={k}>
              {CLAIM_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {kind === "attributed" ? (
        <>
          <label>
            Speaker
            <input value={speaker} onChange={(e) => setSpeaker(e.currentTarget.value)} />
          </label>
          <label>
            Cue
            <input value={cue} onChange={(e) => setCue(e.currentTarget.value)} />
          </label>
        </>
      ) : null}
      <label>
        Confidence
        <select value={confidence} onChange={(e) => setConfidence(e.currentTarget.value as Confidence)}>
          {CONFIDENCE_LEVELS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <div className={styles.decision}>
        <button type="submit" className="button small primary" disabled={busy}>
          Keep merged claim
        </button>
        <button type="button" className="button small ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
