"use client";

import { useEffect, useId, useRef, useState } from "react";
import { api } from "@/components/api-client";
import { formatDate } from "@/components/library/format";
import { plainProblem } from "@/components/settings/plain-problem";
import tables from "@/components/settings/tables.module.css";
import type { UserDto } from "@/lib/auth/model";
import { ROLE_LABELS, ROLES, roleWithArticle, type Role } from "@/lib/auth/roles";
import styles from "./admin.module.css";

/** The changes that may ask for confirmation first. */
type Confirmable = { disabled: boolean } | { role: Role };
type Change = Confirmable | { reviewer: boolean };

/**
 * One account in the Users table: name and email, a role menu that applies at once (demoting yourself asks
 * first), status, creation date, and Disable/Enable behind a confirmation.
 */
export function AccountRow({
  user,
  isYou,
  highlighted = false,
  onChanged,
}: {
  user: UserDto;
  isYou: boolean;
  highlighted?: boolean;
  onChanged: (user: UserDto, change: Change) => void;
}) {
  const [confirming, setConfirming] = useState<Confirmable | null>(null);
  const [pending, setPending] = useState(false);
  // The role asked for, shown in the menu while the server applies it.
  const [requested, setRequested] = useState<Role | null>(null);
  const [error, setError] = useState<string | null>(null);
  const statusButton = useRef<HTMLButtonElement>(null);
  const roleSelect = useRef<HTMLSelectElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef<Change | null>(null);
  const ids = { role: useId(), question: useId(), error: useId() };

  // Focus follows the confirmation: onto "Cancel" (the safe choice) when it opens, back where it came from after.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) ("role" in wasConfirming.current ? roleSelect.current : statusButton.current)?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function apply(change: Change) {
    setPending(true);
    setError(null);
    if ("role" in change) setRequested(change.role);
    try {
      const updated = await api.updateUser(user.id, change);
      setConfirming(null);
      onChanged(updated, change);
    } catch (caught) {
      setConfirming(null);
      setError(plainProblem(caught, "The account could not be changed. Try again."));
    } finally {
      setPending(false);
      setRequested(null);
    }
  }

  function chooseRole(role: Role) {
    if (role === user.role) return;
    // Demoting yourself ends your access to this page: ask first. Everything else applies at once.
    if (isYou && role !== "admin") setConfirming({ role });
    else void apply({ role });
  }

  const shownRole = confirming && "role" in confirming ? confirming.role : (requested ?? user.role);
  return (
    <>
      <tr className={[user.disabled ? styles.disabledRow : "", highlighted ? styles.highlighted : ""].join(" ").trim() || undefined}>
        <th scope="row" className={styles.person}>
          <span className={styles.name}>
            {user.name}
            {isYou ? <span className={styles.you}> (you)</span> : null}
          </span>
          <span className={styles.email}>{user.email}</span>
        </th>
        <td>
          <label htmlFor={ids.role} className="visually-hidden">
            Role for {user.name}
          </label>
          <select
            id={ids.role}
            ref={roleSelect}
            className={styles.roleSelect}
            value={shownRole}
            disabled={pending || confirming !== null}
            onChange={(event) => chooseRole(event.target.value as Role)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
          {user.role === "analyst" ? (
            <label className={styles.reviewer}>
              <input type="checkbox" checked={user.reviewer} disabled={pending || confirming !== null} onChange={(event) => void apply({ reviewer: event.currentTarget.checked })} />
              Reviewer
            </label>
          ) : null}
        </td>
        <td>
          <span className={`${tables.status} ${user.disabled ? tables.statusDisabled : tables.statusActive}`}>{user.disabled ? "Disabled" : "Active"}</span>
        </td>
        <td className={styles.created}>
          <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
        </td>
        <td className={tables.actions}>
          <button
            ref={statusButton}
            type="button"
            className={user.disabled ? "button small ghost" : "button small ghost danger"}
            disabled={pending || confirming !== null}
            onClick={() => {
              setError(null);
              setConfirming({ disabled: !user.disabled });
            }}
          >
            {user.disabled ? "Enable" : "Disable"}
            <span className="visually-hidden"> {user.name}</span>
          </button>
        </td>
      </tr>
      {confirming || error ? (
        <tr className={tables.detailRow}>
          <td colSpan={5}>
            {confirming ? (
              <div
                role="group"
                aria-labelledby={ids.question}
                className={`${tables.confirm} ${"disabled" in confirming && !confirming.disabled ? styles.confirmCalm : ""}`}
                onKeyDown={(event) => {
                  if (event.key === "Escape" && !pending) setConfirming(null);
                }}
              >
                <p id={ids.question} className={tables.confirmQuestion}>
                  {question(user, isYou, confirming)}
                </p>
                <div className={tables.confirmActions}>
                  <button
                    type="button"
                    className={`button small ${"disabled" in confirming && !confirming.disabled ? "primary" : tables.dangerSolid}`}
                    onClick={() => void apply(confirming)}
                    disabled={pending}
                  >
                    {pending ? "Saving…" : confirmLabel(confirming)}
                  </button>
                  <button ref={cancelButton} type="button" className="button small" onClick={() => setConfirming(null)} disabled={pending}>
                    Cancel
                  </button>
                </div>
              </div>
            ) : null}
            {error ? (
              <p id={ids.error} role="alert" className={`error-message ${tables.rowError}`}>
                {error}
              </p>
            ) : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}

function question(user: UserDto, isYou: boolean, change: Confirmable) {
  if ("role" in change) {
    return (
      <>
        Make yourself {roleWithArticle(change.role)}? <span className="muted">You will no longer manage accounts, and another administrator will have to give the role back.</span>
      </>
    );
  }
  if (!change.disabled) {
    return (
      <>
        Enable {user.name}&rsquo;s account? <span className="muted">They can sign in again, and their API tokens that are not revoked work again.</span>
      </>
    );
  }
  return isYou ? (
    <>
      Disable your own account? <span className="muted">You are signed out at once and cannot sign in until another administrator enables it.</span>
    </>
  ) : (
    <>
      Disable {user.name}&rsquo;s account? <span className="muted">They are signed out at once and their API tokens stop working, until it is enabled again.</span>
    </>
  );
}

function confirmLabel(change: Confirmable): string {
  if ("role" in change) return "Change my role";
  return change.disabled ? "Disable account" : "Enable account";
}
