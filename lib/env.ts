import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "./auth/client-address";

/** The environment, read and validated once. Every other module asks this one. */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  CLAIMLENS_DATA_DIR: z.string().trim().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address people use to reach this server (https://claims.example.org); cookies are Secure when it is https. */
  CLAIMLENS_URL: z.url({ protocol: /^https?$/, error: "CLAIMLENS_URL must be an http or https address" }).optional().or(z.literal("").transform(() => undefined)),
  /** The key that signs session cookies; without it one is generated on first run and kept in the database. */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional().or(z.literal("").transform(() => undefined)),
  /**
   * TESTS ONLY: host:port pairs (comma-separated) that the web import may fetch from although they are not public
   * addresses, e.g. `127.0.0.1:3261` for a page served by the end-to-end tests. Never set it in production.
   */
  CLAIMLENS_FETCH_ALLOW_HOSTS: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((h) => h.trim().toLowerCase()).filter((h) => h !== ""))
    .refine((hosts) => hosts.every((h) => /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/.test(h)), "lists host:port pairs, such as 127.0.0.1:3261"),
  /** Proxies whose X-Forwarded-For / X-Real-IP are believed (comma-separated addresses and CIDR ranges). */
  CLAIMLENS_TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, context) => {
      for (const problem of parseTrustedProxies(value).problems) context.addIssue({ code: "custom", message: problem });
    }),
  CLAIMLENS_SKIP_SAMPLE: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
});

export interface Env {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  skipSample: boolean;
  publicUrl: string | undefined;
  authSecret: string | undefined;
  /** Test-only host:port pairs the web import may fetch from although they are private (see the schema). */
  fetchAllowHosts: string[];
  /** Whose forwarded headers say who the client is; none by default (the socket's address counts). */
  trustedProxies: TrustedProxies;
}

let cached: Env | undefined;

/** The validated environment; throws a readable message naming the variable that is wrong. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Claimlens configuration is invalid: ${problems}`);
  }
  const e = parsed.data;
  const dataDir = e.CLAIMLENS_DATA_DIR ?? path.join(process.cwd(), "data", "pglite");
  cached = {
    databaseUrl: e.DATABASE_URL,
    // "memory://" is PGlite's in-memory database, not a folder: resolved, it would become a folder named "memory:".
    dataDir: dataDir.startsWith("memory://") ? dataDir : path.resolve(dataDir),
    port: e.PORT,
    skipSample: e.CLAIMLENS_SKIP_SAMPLE,
    publicUrl: e.CLAIMLENS_URL?.replace(/\/+$/, ""),
    authSecret: e.BETTER_AUTH_SECRET,
    // Brackets of an IPv6 host are dropped, as the fetch guard compares bare addresses.
    fetchAllowHosts: e.CLAIMLENS_FETCH_ALLOW_HOSTS.map((h) => h.replace(/^\[([^\]]+)\]/, "$1")),
    trustedProxies: parseTrustedProxies(e.CLAIMLENS_TRUSTED_PROXIES).proxies,
  };
  return cached;
}
