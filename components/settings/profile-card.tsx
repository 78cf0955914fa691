import Link from "@/components/app-link";
import { can, ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import styles from "./settings.module.css";

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** The signed-in person as Claimlens knows them: name, email, and what their role lets them do. */
export function ProfileCard({ name, email, role }: { name: string; email: string; role: Role }) {
  return (
    <section aria-labelledby="account-heading" className={`card ${styles.section}`}>
      <h2 id="account-heading" className={styles.sectionHeading}>
        Your account
      </h2>
      <dl className={styles.facts}>
        <dt>Name</dt>
        <dd>{name}</dd>
        <dt>Email</dt>
        <dd>{email}</dd>
        <dt>Role</dt>
        <dd>
          <span className={styles.role}>{ROLE_LABELS[role]}</span>
          <span className={styles.roleDescription}>{sentence(ROLE_DESCRIPTIONS[role])}</span>
        </dd>
      </dl>
      <p className={`muted ${styles.note}`}>
        {can(role, "users:manage") ? (
          <>
            Accounts and roles are managed on the <Link href="/admin/users">Users</Link> page.
          </>
        ) : (
          "An administrator of this Claimlens sets your name, email and role: ask one to change them."
        )}
      </p>
    </section>
  );
}
