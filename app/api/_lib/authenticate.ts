import "server-only";
import { sessionActor } from "@/db/accounts/auth";
import { actorForToken } from "@/db/accounts/api-tokens";
import type { Database } from "@/db/client";
import { env } from "@/lib/env";
import { forbidden, unauthenticated } from "@/lib/errors";
import type { Actor } from "@/lib/auth/roles";
import { sameSiteOrigins } from "@/lib/auth/origins";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Who sent a request: the person behind an `Authorization: Bearer` token, or behind the session cookie; null when
 * neither is there. A bearer header that is not a valid token is refused outright (a script should hear that its
 * token was revoked, not act anonymously).
 */
export async function authenticate(request: Request, db: Database): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const actor = match?.[1] ? await actorForToken(db, match[1]) : null;
    if (!actor) throw unauthenticated("This API token is not valid: it is unknown, revoked, or its account is disabled.");
    return actor;
  }
  const actor = await sessionActor(request.headers);
  if (actor && !SAFE_METHODS.has(request.method)) assertSameOrigin(request);
  return actor;
}

/**
 * Cross-site request forgery: a change made with the session cookie must come from a page of this site. Browsers
 * send Origin with every such request; one from elsewhere, or none at all, is refused.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin || !sameSiteOrigins(request, env().publicUrl).has(origin)) {
    throw forbidden("This change was refused because it did not come from a Claimlens page (cross-site request). Reload Claimlens and try again.");
  }
}
