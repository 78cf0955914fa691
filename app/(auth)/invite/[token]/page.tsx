import type { Metadata } from "next";
import Link from "@/components/app-link";
import { currentActor } from "@/app/_lib/session";
import { getDb } from "@/db/client";
import { previewInvitation } from "@/db/accounts/invitations";
import { isAppError } from "@/lib/errors";
import { invitationTokenSchema } from "@/lib/auth/account-schemas";
import type { InvitationPreview } from "@/lib/auth/model";
import { ROLE_DESCRIPTIONS, roleWithArticle } from "@/lib/auth/roles";
import { NewAccountForm } from "@/components/account/new-account-form";
import styles from "@/components/account/account.module.css";

// The link's token is in the address: no Referer carries it to another site.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The invitation behind a link, or why the link does not work, in the words its person will read. */
async function load(token: string): Promise<{ preview: InvitationPreview } | { problem: string }> {
  if (!invitationTokenSchema.safeParse(token).success) return { problem: "This invitation link is incomplete: copy the whole link again." };
  try {
    return { preview: await previewInvitation(await getDb(), token) };
  } catch (error) {
    if (isAppError(error)) return { problem: error.message };
    throw error;
  }
}

/**
 * An invitation link: the invited person sees who invited them, as what, and chooses their password; or, for a
 * link that is used, withdrawn, expired or unknown, why it no longer works.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const loaded = await load(token);
  if ("problem" in loaded) {
    return (
      <div>
        <h1>This invitation cannot be used</h1>
        <p className={styles.intro} role="alert">
          {loaded.problem}
        </p>
        <Link href="/sign-in" className="button">
          Go to sign-in
        </Link>
      </div>
    );
  }
  const { preview } = loaded;
  // Someone already signed in here (an administrator trying the link, a shared computer) is told what happens.
  const signedIn = await currentActor();
  return (
    <NewAccountForm
      title="Join Claimlens"
      intro={
        <>
          {preview.invitedBy ?? "An administrator"} invited you as {roleWithArticle(preview.role)}: {roleWithArticle(preview.role)} {ROLE_DESCRIPTIONS[preview.role]}. Choose a
          password to create your account.
        </>
      }
      endpoint="/api/invitations/accept"
      extra={{ token }}
      fixedEmail={preview.email}
      defaultName={preview.name}
      submitLabel="Create my account"
      footnote={
        <>
          This link works once, until {day(preview.expiresAt)}.
          {signedIn ? ` You are signed in as ${signedIn.name}: creating this account signs you in as ${preview.email} instead.` : null}
        </>
      }
    />
  );
}
