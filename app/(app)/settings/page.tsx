import type { Metadata } from "next";
import { requireActor } from "@/app/_lib/session";
import { getDb } from "@/db/client";
import { listTokens } from "@/db/accounts/api-tokens";
import { ProfileCard } from "@/components/settings/profile-card";
import { ApiTokens } from "@/components/settings/api-tokens";
import { SuggestionSettings } from "@/components/settings/suggestion-settings";
import { getUserSettings } from "@/db/accounts/user-settings";
import { can } from "@/lib/auth/roles";
import styles from "@/components/settings/settings.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Settings" };

/** The signed-in person's account (name, email, role), their preferences for suggested claims, and their API tokens. */
export default async function SettingsPage() {
  const actor = await requireActor();
  const db = await getDb();
  const [tokens, settings] = await Promise.all([listTokens(db, actor.userId), getUserSettings(db, actor.userId)]);
  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <h1>Settings</h1>
        <p className="muted">Your account, your preferences, and the API tokens that let scripts use Claimlens as you.</p>
      </header>
      <ProfileCard name={actor.name} email={actor.email} role={actor.role} />
      {/* Viewers neither import nor decide suggestions: the preferences would do nothing for them. */}
      {can(actor.role, "claims:write") ? <SuggestionSettings initial={settings} /> : null}
      <ApiTokens initial={tokens} role={actor.role} />
    </div>
  );
}
