"use client";

import { useState } from "react";
import { api } from "@/components/api-client";
import { LoadMore } from "@/components/load-more";
import { countOf, formatDate } from "@/components/library/format";
import { plainProblem } from "@/components/settings/plain-problem";
import tables from "@/components/settings/tables.module.css";
import { TableHead } from "@/components/settings/table-head";
import type { InvitationDto } from "@/lib/auth/model";
import { ROLE_LABELS } from "@/lib/auth/roles";
import styles from "./admin.module.css";

interface InvitationListProps {
  /** From `usePagedList`: the invitations shown, and what "Load more" needs. */
  list: { items: InvitationDto[]; nextCursor: string | null; loading: boolean; error: string | null; status: string; loadMore(): Promise<void> };
  onWithdrawn: (invitation: InvitationDto) => void;
}

/**
 * Invitations waiting for their person (expired ones too, marked so), newest first, each with Withdraw. Hidden
 * when there are none. A withdrawn invitation leaves the list; inviting the same email again replaces it.
 */
export function InvitationList({ list, onWithdrawn }: InvitationListProps) {
  const { items: invitations, nextCursor } = list;
  if (invitations.length === 0 && !list.error) return null;
  return (
    <section aria-labelledby="invitations-heading" className={styles.invitations}>
      <h2 id="invitations-heading" className={styles.sectionHeading}>
        Invitations not yet accepted
      </h2>
      <p className={styles.summary}>
        {nextCursor ? "The newest " : ""}
        {countOf(invitations.length, "invitation")}. Each link works once; inviting someone again replaces their link.
      </p>
      <div className={`card ${styles.tableCard}`}>
        <div className={tables.tableWrap}>
          <table className={tables.table}>
            <TableHead columns={["Name and email", "Role", "Link", "Invited by"]} />
            <tbody>
              {invitations.map((invitation) => (
                <InvitationRow key={invitation.id} invitation={invitation} onWithdrawn={onWithdrawn} />
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <LoadMore list={list} label="Load more invitations" />
    </section>
  );
}

function InvitationRow({ invitation, onWithdrawn }: { invitation: InvitationDto; onWithdrawn: (invitation: InvitationDto) => void }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const expired = invitation.status === "expired";

  async function withdraw() {
    setPending(true);
    setError(null);
    try {
      onWithdrawn(await api.revokeInvitation(invitation.id));
    } catch (caught) {
      setError(plainProblem(caught, "The invitation could not be withdrawn. Try again."));
      setPending(false);
    }
  }

  return (
    <tr>
      <th scope="row" className={styles.person}>
        <span className={styles.name}>{invitation.name}</span>
        <span className={styles.email}>{invitation.email}</span>
      </th>
      <td>{ROLE_LABELS[invitation.role]}</td>
      <td>
        <span className={`${tables.status} ${expired ? tables.statusRevoked : tables.statusPending}`}>
          {expired ? `Expired ${formatDate(invitation.expiresAt)}` : `Until ${formatDate(invitation.expiresAt)}`}
        </span>
      </td>
      <td className={styles.created}>{invitation.invitedBy?.name ?? "—"}</td>
      <td className={tables.actions}>
        <button type="button" className="button small" onClick={() => void withdraw()} disabled={pending} aria-label={`Withdraw ${invitation.name}'s invitation`}>
          {pending ? "Withdrawing…" : "Withdraw"}
        </button>
        {error ? (
          <p role="alert" className={`error-message ${tables.rowError}`}>
            {error}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
