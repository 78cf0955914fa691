/**
 * Who may do what. One table for the whole product: route handlers check a permission before calling the
 * domain, and the domain checks ownership (an analyst edits and deletes only their own claims).
 */

export const ROLES = ["admin", "analyst", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", analyst: "Analyst", viewer: "Viewer" };
/** A role in a sentence: "an admin", "an analyst", "a viewer". */
export const roleWithArticle = (role: Role) => `${role === "viewer" ? "a" : "an"} ${ROLE_LABELS[role].toLowerCase()}`;

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "manages users and roles, and can change anything",
  analyst: "imports and edits articles, tags claims, edits and deletes their own claims, manages speakers",
  viewer: "reads and exports",
};

export const PERMISSIONS = {
  /** Read articles, claims, speakers, revisions and history; export. */
  read: ["admin", "analyst", "viewer"],
  /** Import articles and documents, edit or replace a text, restore a revision. */
  "articles:write": ["admin", "analyst"],
  "articles:delete": ["admin"],
  /** Tag claims; edit, delete and restore one's own. */
  "claims:write": ["admin", "analyst"],
  /** Edit, delete and restore anyone's claims. */
  "claims:any": ["admin"],
  /** Create, rename, alias, merge and delete speakers. */
  "speakers:write": ["admin", "analyst"],
  /** List users, create accounts, change roles, disable accounts. */
  "users:manage": ["admin"],
  /**
   * Assign articles for independent annotation, see the agreement between assignees and review their
   * disagreements into the reviewed claim set. Admins always; an analyst when granted it (`reviewer` below).
   */
  review: ["admin"],
  /** Create and revoke one's own API tokens. */
  "tokens:own": ["admin", "analyst", "viewer"],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Permissions a role may be granted one person at a time, on top of what the role gives everyone. */
export const GRANTS: Partial<Record<Permission, readonly Role[]>> = { review: ["analyst"] };

/** Whether this person may: by their role, or by a grant their role admits (an analyst who is a reviewer). */
export function actorCan(actor: Pick<Actor, "role" | "reviewer">, permission: Permission): boolean {
  if (can(actor.role, permission)) return true;
  return permission === "review" && actor.reviewer === true && (GRANTS.review ?? []).includes(actor.role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Who is acting: a signed-in person (by session cookie or API token), or the system itself (seed, CLI). */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** Granted the reviewer permission (an analyst; admins review anyway). */
  reviewer?: boolean;
  via: "session" | "token";
}

/** Whether an actor may change a claim created by `createdBy` (null: made before accounts existed). */
export function canChangeClaim(actor: Pick<Actor, "userId" | "role">, createdBy: string | null): boolean {
  return can(actor.role, "claims:any") || (can(actor.role, "claims:write") && createdBy === actor.userId);
}

/**
 * Why `actor` may not change (delete, restore) a claim tagged by `createdBy`, in words for them; null when they
 * may. The one rule of claim ownership, whichever way the change comes (an edit, a deletion, a restore, an import).
 */
export function claimChangeRefusal(
  actor: Pick<Actor, "userId" | "role">,
  createdBy: { id: string; name: string } | null,
  what: "change" | "delete" | "restore",
): string | null {
  if (canChangeClaim(actor, createdBy?.id ?? null)) return null;
  if (actor.role === "viewer") return `Your role (viewer) may read and export claims, not ${what} them. Ask an administrator.`;
  const owner = createdBy ? `${createdBy.name}'s` : "from before accounts existed";
  return `You can ${what} only the claims you tagged; this one is ${owner}. Ask its author or an administrator.`;
}
