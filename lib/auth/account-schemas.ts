import { z } from "zod";
import { ROLES } from "./roles";
import { text } from "../schema-primitives";

/** Input schemas for accounts and tokens: the setup page, the admin page, the CLI and the API parse with these. */

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("must be an email address such as ana@example.org").max(254));
export const passwordSchema = z
  .string({ error: "password is required" })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
export const personNameSchema = text().trim().min(1, "the name cannot be empty").max(200, "the name is longer than 200 characters");
export const roleSchema = z.enum(ROLES, { error: "must be admin, analyst or viewer" });
/** An account id: better-auth's (random text, not a UUID). Anything longer, or with other characters, names no one. */
export const userIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be an account id");

/** The first administrator, created on the first visit of a new install. */
export const setupSchema = z.strictObject({ name: personNameSchema, email: emailSchema, password: passwordSchema });

/** An account an admin (or the CLI) creates. */
export const accountCreateSchema = z.strictObject({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema,
});
export type AccountCreateInput = z.infer<typeof accountCreateSchema>;

/** What an admin changes about an account. */
export const accountPatchSchema = z
  .strictObject({
    role: roleSchema.optional(),
    disabled: z.boolean({ error: "must be true or false" }).optional(),
    /** Grants an analyst the reviewer permission (lib/auth/roles.ts GRANTS). */
    reviewer: z.boolean({ error: "must be true or false" }).optional(),
  })
  .refine((v) => v.role !== undefined || v.disabled !== undefined || v.reviewer !== undefined, { error: "send a role, disabled or reviewer" });
export type AccountPatchInput = z.infer<typeof accountPatchSchema>;

export const tokenCreateSchema = z.strictObject({
  name: text().trim().min(1, "give the token a name, such as the script that will use it").max(100, "the name is longer than 100 characters"),
});

/** Every invitation link's token starts so; the rest is 43 base64url characters (256 random bits). */
export const INVITATION_TOKEN_PREFIX = "inv_";
export const invitationTokenSchema = z
  .string({ error: "the invitation token is required" })
  .regex(/^inv_[A-Za-z0-9_-]{43}$/, "is not an invitation link's token: copy the whole link again");

/** An invitation an admin (or the CLI) makes: the person chooses their password when they accept it. */
export const invitationCreateSchema = z.strictObject({ name: personNameSchema, email: emailSchema, role: roleSchema });
export type InvitationCreateInput = z.infer<typeof invitationCreateSchema>;

/** Accepting an invitation: the link's token, the name as the person wants it shown, and their new password. */
export const invitationAcceptSchema = z.strictObject({ token: invitationTokenSchema, name: personNameSchema, password: passwordSchema });
export type InvitationAcceptInput = z.infer<typeof invitationAcceptSchema>;
