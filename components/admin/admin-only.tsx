import Link from "@/components/app-link";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import styles from "./admin.module.css";

/** What the Users page shows to someone who is not an administrator: the refusal, and where to go instead. */
export function AdminOnly({ role }: { role: Role }) {
  return (
    <div className={styles.page}>
      <div className={`card ${styles.refusal}`}>
        <p className={styles.refusalCode}>403 · Not allowed</p>
        <h1 className={styles.refusalLead}>Only administrators manage accounts</h1>
        <p>
          Your role is {ROLE_LABELS[role].toLowerCase()}: it does not let you see or change other people&rsquo;s accounts. Ask an
          administrator of this Claimlens if you need an account created or a role changed.
        </p>
        <p>
          <Link href="/">Back to the articles</Link>
          <span aria-hidden="true"> · </span>
          <Link href="/settings">Your settings and API tokens</Link>
        </p>
      </div>
    </div>
  );
}
