"use client";

import type { ClaimDto } from "@/lib/model";
import { formatDateTime } from "@/components/revisions/revision-format";
import { authorship } from "./authorship";
import { ClaimHistory } from "./claim-history";
import { claimSource, CONFIDENCE_SHORT } from "./claim-text";
import styles from "./claim-panel.module.css";

interface ClaimDetailsProps {
  id: string;
  claim: ClaimDto;
  /** Why the analyst may not change this claim (Edit and Delete are then left out); null when they may. */
  blocked: string | null;
  onEdit(): void;
  onDelete(): void;
}

/**
 * The selected claim in full: its quote, speaker, cue, confidence and note, who tagged and last changed it,
 * Edit and Delete for those who may, and its history.
 */
export function ClaimDetails({ id, claim, blocked, onEdit, onDelete }: ClaimDetailsProps) {
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
      {authorship(claim).map((line) => (
        <p key={line.label} className={styles.authorship}>
          {line.by ? `${line.label} by ${line.by}` : `${line.label} without an account`} ·{" "}
          <time dateTime={line.at}>{formatDateTime(line.at) ?? line.at}</time>
        </p>
      ))}
      <div className={styles.detailActions}>
        {blocked ? (
          <p className={styles.blocked}>{blocked}</p>
        ) : (
          <>
            <button type="button" className="button small" onClick={onEdit}>
              Edit claim
            </button>
            <button type="button" className="button small danger" onClick={onDelete}>
              Delete claim
            </button>
          </>
        )}
        <span className={styles.version}>Version {claim.version}</span>
      </div>
      <ClaimHistory claimId={claim.id} version={claim.version} />
    </div>
  );
}
