"use client";

import type { ClaimDto } from "@/lib/model";
import { claimSource, CONFIDENCE_SHORT } from "./claim-text";
import styles from "./claim-panel.module.css";

interface ClaimDetailsProps {
  id: string;
  claim: ClaimDto;
  onEdit(): void;
  onDelete(): void;
}

/** The selected claim in full: its quote, speaker, cue, confidence and note, with Edit and Delete. */
export function ClaimDetails({ id, claim, onEdit, onDelete }: ClaimDetailsProps) {
  return (
    <div id={id} className={styles.details}>
      <blockquote className={styles.fullQuote}>{claim.quote}</blockquote>
      <dl className={styles.fields}>
        <dt>{claim.kind === "attributed" ? "Speaker" : "Source"}</dt>
        <dd>{claimSource(claim)}</dd>
        <dt>Cue</dt>
        <dd>{claim.cue ? `“${claim.cue}”` : <span className="muted">None</span>}</dd>
        <dt>Confidence</dt>
        <dd>{CONFIDENCE_SHORT[claim.confidence]}</dd>
        <dt>Note</dt>
        <dd className={styles.note}>{claim.note ?? <span className="muted">None</span>}</dd>
      </dl>
      <div className={styles.detailActions}>
        <button type="button" className="button small" onClick={onEdit}>
          Edit claim
        </button>
        <button type="button" className="button small danger" onClick={onDelete}>
          Delete claim
        </button>
        <span className={styles.version}>Version {claim.version}</span>
      </div>
    </div>
  );
}
