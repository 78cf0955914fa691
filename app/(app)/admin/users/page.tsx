import type { Metadata } from "next";
import { requireActor } from "@/app/_lib/session";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/accounts/users";
import { listOpenInvitations } from "@/db/accounts/invitations";
import { can } from "@/lib/auth/roles";
import { AccountManager } from "@/components/admin/account-manager";
import { AdminOnly } from "@/components/admin/admin-only";
import styles from "@/components/admin/admin.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Users" };

/** Accounts: who may sign in, with which role. Administrators only; anyone else is told so. */
export default async function UsersPage() {
  const actor = await requireActor();
  if (!can(actor.role, "users:manage")) return <AdminOnly role={actor.role} />;
  const db = await getDb();
  const [firstPage, invitations] = await Promise.all([listUsers(db, { limit: 100 }), listOpenInvitations(db, { limit: 50 })]);
  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <div>
          <h1>Users</h1>
          <p className="muted">Who may sign in to this Claimlens, and what their role lets them do.</p>
        </div>
        {/* On narrow screens the form sits below the list. */}
        <a href="#create-account" className={`button primary small ${styles.jump}`}>
          Create account
        </a>
      </header>
      <AccountManager initial={firstPage} initialInvitations={invitations} currentUserId={actor.userId} />
    </div>
  );
}
