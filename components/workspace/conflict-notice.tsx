"use client";

import type { ClaimDto } from "@/lib/model";
import { describeClaim } from "./claim-text";
import styles from "./claim-form.module.css";

/**
 * Shown when a claim changed on the server since the form opened: the server's message, the claim as it is
 * now, and a way to load that version into the form.
 */
export function ConflictNotice({ message, current, onReload }: { message: string | null; current: ClaimDto; onReload(): void }) {
  return (
    <div role="alert" className={`error-message ${styles.conflict}`}>
      <p>{message ?? "This claim was changed by someone else."}</p>
      <p>
        <strong>Current version ({current.version}):</strong> {describeClaim(current)}
      </p>
      <dl className={styles.conflictFields}>
        <dt>Cue</dt>
        <dd>{current.cue ?? "—"}</dd>
        <dt>Note</dt>
        <dd>{current.note ?? "—"}</dd>
      </dl>
      <button type="button" className="button small" onClick={onReload}>
        Reload claim
      </button>
    </div>
  );
}
