import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor, safeNext } from "@/app/_lib/session";
import { getDb } from "@/db/client";
import { countUsers } from "@/db/accounts/users";
import { SignInForm } from "@/components/account/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNext((await searchParams).next);
  if ((await countUsers(await getDb())) === 0) redirect("/setup");
  if (await currentActor()) redirect(next);
  return <SignInForm next={next} />;
}
