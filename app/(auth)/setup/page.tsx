import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { countUsers } from "@/db/accounts/users";
import { NewAccountForm } from "@/components/account/new-account-form";

export const metadata: Metadata = { title: "First administrator" };
export const dynamic = "force-dynamic";

/** The first visit of a new install; once an account exists, it is the sign-in page's job. */
export default async function SetupPage() {
  if ((await countUsers(await getDb())) > 0) redirect("/sign-in");
  return (
    <NewAccountForm
      title="Welcome to Claimlens"
      intro="This is a new installation. Create the administrator account: it manages who else can sign in, and with which role."
      endpoint="/api/setup"
      submitLabel="Create administrator account"
    />
  );
}
