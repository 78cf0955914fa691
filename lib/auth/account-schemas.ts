import { z } from "zod";
import { ROLES } from "./roles";

/** Input schemas for accounts and tokens: the setup page, the admin page, the CLI and the API parse with these. */

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("must be an email address such as ana@example.org").max(254));
export const passwordSchema = z
  .string({ error: "password is required" })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
export const personNameSchema = z.string().trim().min(1, "the name cannot be empty").max(200, "the name is longer than 200 characters");
export const roleSchema = z.enum(ROLES, { error: "must be admin, analyst or viewer" });

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
  .strictObject({ role: roleSchema.optional(), disabled: z.boolean({ error: "must be true or false" }).optional() })
  .refine((v) => v.role !== undefined || v.disabled !== undefined, { error: "send a role or disabled" });
export type AccountPatchInput = z.infer<typeof accountPatchSchema>;

export const tokenCreateSchema = z.strictObject({
  name: z.string().trim().min(1, "give the token a name, such as the script that will use it").max(100, "the name is longer than 100 characters"),
});
