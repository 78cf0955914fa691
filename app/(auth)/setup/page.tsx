import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { countUsers } from "@/db/users";
import { SetupForm } from "@/components/account/setup-form";

export const metadata: Metadata = { title: "First administrator" };
export const dynamic = "force-dynamic";

/** The first visit of a new install; once an account exists, it is the sign-in page's job. */
export default async function SetupPage() {
  if ((await countUsers(await getDb())) > 0) redirect("/sign-in");
  return <SetupForm />;
}
