"use client";

import { useEffect, useId, useRef, useState } from "react";
import { api } from "@/components/api-client";
import { formatDate } from "@/components/library/format";
import type { ApiTokenDto } from "@/lib/auth/model";
import { plainProblem } from "./plain-problem";
import { ErrorMessage } from "@/components/error-message";
import styles from "./settings.module.css";
import tables from "./tables.module.css";

/** One API token in the list: its name, its first characters, when it was made and last used, and "Revoke" (confirmed). */
export function TokenRow({ token, onRevoked }: { token: ApiTokenDto; onRevoked: (token: ApiTokenDto) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const nameCell = useRef<HTMLTableCellElement>(null);
  const wasConfirming = useRef(false);
  const questionId = useId();

  // Focus follows the confirmation: onto "Cancel" (the safe choice) when it opens, back to "Revoke" when it closes
  // (or, the token revoked and its button gone, to the token's name).
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) (revokeButton.current ?? nameCell.current)?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function revoke() {
    setRevoking(true);
    setError(null);
    try {
      onRevoked(await api.revokeToken(token.id));
      setConfirming(false);
    } catch (caught) {
      setError(plainProblem(caught, "The token could not be revoked. Try again."));
    } finally {
      setRevoking(false);
    }
  }

  const revoked = token.revokedAt !== null;
  return (
    <>
      <tr className={revoked ? styles.revokedRow : undefined}>
        <th scope="row" className={styles.tokenName} ref={nameCell} tabIndex={-1}>
          {token.name}
        </th>
        <td>
          <code className={styles.prefix}>{token.prefix}</code>
        </td>
        <td>
          <time dateTime={token.createdAt}>{formatDate(token.createdAt)}</time>
        </td>
        <td>{token.lastUsedAt ? <time dateTime={token.lastUsedAt}>{formatDate(token.lastUsedAt)}</time> : <span className="muted">Never</span>}</td>
        <td>
          {revoked ? (
            <span className={`${tables.status} ${tables.statusRevoked}`}>
              Revoked <time dateTime={token.revokedAt ?? undefined}>{formatDate(token.revokedAt)}</time>
            </span>
          ) : (
            <span className={`${tables.status} ${tables.statusActive}`}>Active</span>
          )}
        </td>
        <td className={tables.actions}>
          {!revoked && !confirming ? (
            <button ref={revokeButton} type="button" className="button small ghost danger" onClick={() => setConfirming(true)}>
              Revoke<span className="visually-hidden"> the token {token.name}</span>
            </button>
          ) : null}
        </td>
      </tr>
      {confirming || error ? (
        <tr className={tables.detailRow}>
          <td colSpan={6}>
            {confirming ? (
              <div
                role="group"
                aria-labelledby={questionId}
                className={tables.confirm}
                onKeyDown={(event) => {
                  if (event.key === "Escape" && !revoking) setConfirming(false);
                }}
              >
                <p id={questionId} className={tables.confirmQuestion}>
                  Revoke “{token.name}”? Anything using it is refused from its next request.{" "}
                  <span className="muted">This cannot be undone.</span>
                </p>
                <div className={tables.confirmActions}>
                  <button type="button" className={`button small ${tables.dangerSolid}`} onClick={() => void revoke()} disabled={revoking}>
                    {revoking ? "Revoking…" : "Revoke token"}
                  </button>
                  <button ref={cancelButton} type="button" className="button small" onClick={() => setConfirming(false)} disabled={revoking}>
                    Cancel
                  </button>
                </div>
              </div>
            ) : null}
            <ErrorMessage message={error} className={tables.rowError} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
