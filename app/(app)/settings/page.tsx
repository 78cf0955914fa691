import type { Metadata } from "next";
import { requireActor } from "@/app/_lib/session";
import { getDb } from "@/db/client";
import { listTokens } from "@/db/accounts/api-tokens";
import { ProfileCard } from "@/components/settings/profile-card";
import { ApiTokens } from "@/components/settings/api-tokens";
import styles from "@/components/settings/settings.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Settings" };

/** The signed-in person's account (name, email, role) and their API tokens. */
export default async function SettingsPage() {
  const actor = await requireActor();
  const tokens = await listTokens(await getDb(), actor.userId);
  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <h1>Settings</h1>
        <p className="muted">Your account, and the API tokens that let scripts use Claimlens as you.</p>
      </header>
      <ProfileCard name={actor.name} email={actor.email} role={actor.role} />
      <ApiTokens initial={tokens} role={actor.role} />
    </div>
  );
}
