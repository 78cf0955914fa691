"use client";

import { useId } from "react";
import type { ApiTokenDto } from "@/lib/auth/model";
import { CopyButton } from "./copy-button";
import styles from "./settings.module.css";

/**
 * A token just created: shown this once, in a read-only field to copy, with a warning and a curl command that
 * uses it. Claimlens keeps only its fingerprint, so once this is dismissed the token cannot be shown again.
 */
export function NewTokenNotice({ token, info, origin, onDone }: { token: string; info: ApiTokenDto; origin: string; onDone: () => void }) {
  const id = useId();
  const curl = `curl -H "Authorization: Bearer ${token}" ${origin}/api/articles`;
  return (
    <div className={styles.newToken} role="region" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className={styles.newTokenHeading}>
        Your new token “{info.name}”
      </h3>
      <p className={styles.warning} id={`${id}-warning`}>
        <strong>Copy it now: it will not be shown again.</strong> Claimlens keeps only a fingerprint of it. Keep it
        as secret as a password; if you lose it, revoke it and create another.
      </p>
      <label htmlFor={`${id}-token`} className={styles.fieldLabel}>
        Token
      </label>
      <div className={styles.copyRow}>
        <input
          id={`${id}-token`}
          type="text"
          readOnly
          value={token}
          className={styles.secret}
          aria-describedby={`${id}-warning`}
          autoFocus
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={token} label="Copy token" fieldId={`${id}-token`} />
      </div>
      <p className={styles.fieldLabel} id={`${id}-curl-label`}>
        Try it: list the articles
      </p>
      <div className={styles.copyRow}>
        <pre className={styles.command} aria-labelledby={`${id}-curl-label`} tabIndex={0}>
          <code>{curl}</code>
        </pre>
        <CopyButton text={curl} label="Copy command" />
      </div>
      <div className={styles.newTokenActions}>
        <button type="button" className="button" onClick={onDone}>
          Done, I have copied it
        </button>
      </div>
    </div>
  );
}
