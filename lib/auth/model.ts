import type { Role } from "./roles";

/** An account as the admin page and `GET /api/users` show it. */
export interface UserDto {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  /** Granted the reviewer permission (meaningful for an analyst; admins review anyway). */
  reviewer: boolean;
  createdAt: string;
}

/** The signed-in person (`GET /api/me`). */
export interface MeDto {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** A personal API token as its owner sees it: never the token itself, which is shown once, when it is made. */
export interface ApiTokenDto {
  id: string;
  name: string;
  /** The start of the token ("clk_Ab3x…"), to recognise it. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Where an invitation stands: waiting for its person, past its date, turned into an account, or withdrawn. */
export type InvitationStatus = "pending" | "expired" | "accepted" | "revoked";

/** An invitation as the admin page and `GET /api/invitations` show it: never its link, shown once when made. */
export interface InvitationDto {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  invitedBy: { id: string; name: string } | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

/** What the person opening an invitation link sees before accepting it. */
export interface InvitationPreview {
  name: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  expiresAt: string;
}
