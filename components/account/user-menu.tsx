"use client";

import { useState } from "react";
import Link from "@/components/app-link";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import styles from "./account.module.css";

/** Who is signed in, with their settings and sign-out, at the right of the site header. */
export function UserMenu({ name, email, role }: { name: string; email: string; role: Role }) {
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setSigningOut(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      if (!response.ok) throw new Error(String(response.status));
      window.location.assign("/sign-in");
    } catch {
      setError("Signing out failed; try again.");
      setSigningOut(false);
    }
  }

  return (
    <div className={styles.userMenu}>
      <span className={styles.who} title={email}>
        <span className={styles.name}>{name}</span>
        <span className={styles.role}>{ROLE_LABELS[role]}</span>
      </span>
      <Link href="/settings" className={styles.headerLink}>
        Settings
      </Link>
      <button type="button" className={styles.signOut} onClick={() => void signOut()} disabled={signingOut}>
        {signingOut ? "Signing out…" : "Sign out"}
      </button>
      {error ? (
        <span role="alert" className={styles.menuError}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
