"use client";

import { useId, useState } from "react";
import { api } from "@/components/api-client";
import { LoadMore } from "@/components/load-more";
import { countOf, formatDate } from "@/components/library/format";
import { plainProblem } from "@/components/settings/plain-problem";
import { ErrorMessage } from "@/components/error-message";
import tables from "@/components/settings/tables.module.css";
import { TableHead } from "@/components/settings/table-head";
import type { InvitationDto } from "@/lib/auth/model";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { INVITATION_DAYS } from "@/lib/auth/invitations";
import { HandoverSecret } from "./create-account-form";
import styles from "./admin.module.css";

interface InvitationListProps {
  /** From `usePagedList`: the invitations shown, and what "Load more" needs. */
  list: { items: InvitationDto[]; nextCursor: string | null; loading: boolean; error: string | null; status: string; loadMore(): Promise<void> };
  onWithdrawn: (invitation: InvitationDto) => void;
  /** A new link was made for `replacedId`'s person: the new invitation takes its place. */
  onRenewed: (replacedId: string, invitation: InvitationDto) => void;
}

/**
 * Invitations waiting for their person (expired ones too, marked so), newest first, each with Withdraw. Hidden
 * when there are none. A withdrawn invitation leaves the list; inviting the same email again replaces it.
 */
export function InvitationList({ list, onWithdrawn, onRenewed }: InvitationListProps) {
  const { items: invitations, nextCursor } = list;
  // The link just made for one of the rows, shown under it until dismissed (it cannot be shown again).
  const [renewed, setRenewed] = useState<{ id: string; link: string } | null>(null);
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
                <InvitationRow
                  key={invitation.id}
                  invitation={invitation}
                  link={renewed?.id === invitation.id ? renewed.link : null}
                  onWithdrawn={onWithdrawn}
                  onRenewed={(fresh, path) => {
                    setRenewed({ id: fresh.id, link: `${window.location.origin}${path}` });
                    onRenewed(invitation.id, fresh);
                  }}
                  onLinkDone={() => setRenewed(null)}
                />
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <LoadMore list={list} label="Load more invitations" />
    </section>
  );
}

interface InvitationRowProps {
  invitation: InvitationDto;
  /** A new link for this person, just made: shown once, under the row. */
  link: string | null;
  onWithdrawn: (invitation: InvitationDto) => void;
  onRenewed: (invitation: InvitationDto, path: string) => void;
  onLinkDone: () => void;
}

/** One invitation: who, as what, until when; New link (replacing the old one, which stops working) and Withdraw. */
function InvitationRow({ invitation, link, onWithdrawn, onRenewed, onLinkDone }: InvitationRowProps) {
  const [pending, setPending] = useState<"renew" | "withdraw" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const expired = invitation.status === "expired";

  async function act(what: "renew" | "withdraw") {
    setPending(what);
    setError(null);
    try {
      if (what === "withdraw") onWithdrawn(await api.revokeInvitation(invitation.id));
      else {
        const { path, invitation: fresh } = await api.createInvitation({ name: invitation.name, email: invitation.email, role: invitation.role });
        onRenewed(fresh, path);
      }
    } catch (caught) {
      setError(plainProblem(caught, what === "withdraw" ? "The invitation could not be withdrawn. Try again." : "A new link could not be made. Try again."));
      setPending(null);
    }
  }

  return (
    <>
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
          <span className={styles.rowActions}>
            <button type="button" className="button small" onClick={() => void act("renew")} disabled={pending !== null} aria-label={`New link for ${invitation.name}`}>
              {pending === "renew" ? "Making…" : "New link"}
            </button>
            <button type="button" className="button small ghost" onClick={() => void act("withdraw")} disabled={pending !== null} aria-label={`Withdraw ${invitation.name}'s invitation`}>
              {pending === "withdraw" ? "Withdrawing…" : "Withdraw"}
            </button>
          </span>
          <ErrorMessage message={error} className={tables.rowError} />
        </td>
      </tr>
      {link ? (
        <tr className={tables.detailRow}>
          <td colSpan={5}>
            <div className={styles.handover} role="region" aria-labelledby={`${id}-lead`}>
              <p id={`${id}-lead`} className={styles.handoverLead}>
                New link for {invitation.name}
              </p>
              <p className={styles.handoverIntro}>The old link no longer works. Send this one privately: it works once, for {INVITATION_DAYS} days, and will not be shown again.</p>
              <label htmlFor={`${id}-link`} className="visually-hidden">
                Invitation link
              </label>
              <div className={styles.handoverSecret}>
                <HandoverSecret id={`${id}-link`} value={link} copyLabel="Copy link" />
              </div>
              <button type="button" className="button small" onClick={onLinkDone}>
                Done
              </button>
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}
