"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { api } from "@/components/api-client";
import { usePagedList } from "@/components/use-paged-list";
import { countOf } from "@/components/library/format";
import { ErrorMessage } from "@/components/error-message";
import tables from "@/components/settings/tables.module.css";
import { TableHead } from "@/components/settings/table-head";
import type { InvitationDto, UserDto } from "@/lib/auth/model";
import type { Page } from "@/lib/model";
import { ROLE_LABELS, ROLES, roleWithArticle } from "@/lib/auth/roles";
import { AccountRow } from "./account-row";
import { CreateAccountForm } from "./create-account-form";
import { InvitationList } from "./invitation-list";
import styles from "./admin.module.css";

/** Who has an account, in words: "4 accounts: 1 admin, 2 analysts, 1 viewer; 1 disabled". */
function summary(users: UserDto[], more: boolean): string {
  const byRole = ROLES.map((role) => [role, users.filter((u) => u.role === role).length] as const)
    .filter(([, n]) => n > 0)
    .map(([role, n]) => countOf(n, ROLE_LABELS[role].toLowerCase()));
  const disabled = users.filter((u) => u.disabled).length;
  return `${more ? "The first " : ""}${countOf(users.length, "account")}: ${byRole.join(", ")}${disabled > 0 ? `; ${disabled} disabled` : ""}`;
}

/**
 * The Users page: every account (oldest first) with its role and status to change, "Load more", the invitations
 * not yet accepted, and the "Create account" form. Changing your own role or status reloads what you may see.
 */
export function AccountManager({ initial, initialInvitations, currentUserId }: { initial: Page<UserDto>; initialInvitations: Page<InvitationDto>; currentUserId: string }) {
  const router = useRouter();
  const paged = usePagedList({
    initial,
    keyOf: (u) => u.id,
    fetchPage: (cursor) => api.listUsers(cursor),
    describe: (shown) => `Showing ${countOf(shown, "account")}.`,
    failure: "More accounts could not be loaded. Try again.",
  });
  const { items: users, setItems: setUsers, nextCursor, loading, error } = paged;
  const invitations = usePagedList({
    initial: initialInvitations,
    keyOf: (i) => i.id,
    fetchPage: (cursor) => api.listInvitations(cursor),
    describe: (shown) => `Showing ${countOf(shown, "invitation")}.`,
    failure: "More invitations could not be loaded. Try again.",
  });
  const [announcement, setAnnouncement] = useState("");
  const [highlighted, setHighlighted] = useState<string | null>(null);

  function loadMore() {
    setAnnouncement("");
    void paged.loadMore();
  }

  function changed(updated: UserDto, change: { role: UserDto["role"] } | { disabled: boolean } | { reviewer: boolean }) {
    setUsers((current) => current.map((u) => (u.id === updated.id ? updated : u)));
    if (updated.id === currentUserId) {
      // Disabling yourself ended your session; demoting yourself ended your access to this page.
      if (updated.disabled) window.location.assign("/sign-in");
      else router.refresh();
      return;
    }
    setAnnouncement(
      "reviewer" in change
        ? `${updated.name} ${updated.reviewer ? "may now assign articles and review disagreements" : "is no longer a reviewer"}.`
        : "role" in change
        ? `${updated.name} is now ${roleWithArticle(updated.role)}.`
        : updated.disabled
          ? `Disabled ${updated.name}'s account: they are signed out and their API tokens no longer work.`
          : `Enabled ${updated.name}'s account.`,
    );
  }

  function created(user: UserDto) {
    // Oldest first: a new account belongs at the end, once the whole list is loaded.
    if (!nextCursor) setUsers((current) => [...current.filter((u) => u.id !== user.id), user]);
    setHighlighted(user.id);
  }

  function invited(invitation: InvitationDto) {
    // Newest first; a new invitation to the same email replaced the old one.
    invitations.setItems((current) => [invitation, ...current.filter((i) => i.id !== invitation.id && i.email !== invitation.email)]);
  }

  function renewed(replacedId: string, invitation: InvitationDto) {
    invitations.setItems((current) => current.map((i) => (i.id === replacedId ? invitation : i)));
    setAnnouncement(`Made a new link for ${invitation.name}; the old one no longer works. It is under their row.`);
  }

  function withdrawn(invitation: InvitationDto) {
    invitations.setItems((current) => current.filter((i) => i.id !== invitation.id));
    setAnnouncement(`Withdrew ${invitation.name}'s invitation: the link no longer works.`);
  }

  return (
    <div className={styles.layout}>
      <section aria-labelledby="accounts-heading" className={styles.accounts}>
        <h2 id="accounts-heading" className="visually-hidden">
          Accounts
        </h2>
        <p className={styles.summary}>{summary(users, nextCursor !== null)}</p>
        <ErrorMessage message={error} />
        <div className={`card ${styles.tableCard}`}>
          <div className={tables.tableWrap}>
            <table className={tables.table}>
              <TableHead columns={["Name and email", "Role", "Status", "Created"]} />
              <tbody>
                {users.map((user) => (
                  <AccountRow key={user.id} user={user} isYou={user.id === currentUserId} highlighted={user.id === highlighted} onChanged={changed} />
                ))}
              </tbody>
            </table>
          </div>
        </div>
        {nextCursor ? (
          <div className={styles.more}>
            <button type="button" className="button" onClick={loadMore} disabled={loading}>
              {loading ? "Loading…" : "Load more accounts"}
            </button>
          </div>
        ) : null}
        <InvitationList list={invitations} onWithdrawn={withdrawn} onRenewed={renewed} />
        <p role="status" className="visually-hidden">
          {announcement || paged.status}
        </p>
      </section>
      <CreateAccountForm onCreated={created} onInvited={invited} />
    </div>
  );
}
