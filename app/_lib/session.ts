import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { sessionActor } from "@/db/accounts/auth";
import { getDb } from "@/db/client";
import { countUsers } from "@/db/accounts/users";
import type { Actor } from "@/lib/auth/roles";

/** The header the middleware puts the requested path in, so that a sign-in can come back to it. */
export const PATH_HEADER = "x-claimlens-path";

/** The signed-in person of this page request, or null (once per request). */
export const currentActor = cache(async (): Promise<Actor | null> => sessionActor(await headers()));

/**
 * The signed-in person, for a page that needs one: a new install goes to the first-run setup, anyone else not
 * signed in to the sign-in page (and back here after).
 */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (actor) return actor;
  if ((await countUsers(await getDb())) === 0) redirect("/setup");
  const path = (await headers()).get(PATH_HEADER);
  redirect(path && path !== "/" ? `/sign-in?next=${encodeURIComponent(path)}` : "/sign-in");
}

/** A path of this site to go to after signing in (anything else, such as another site, goes home). */
export function safeNext(next: string | string[] | undefined): string {
  return typeof next === "string" && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : "/";
}
