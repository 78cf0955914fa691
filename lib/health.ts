import { z } from "zod";

/** `GET /api/health?probe=live|ready`: which probe (readiness by default). */
export const healthQuerySchema = z.strictObject({ probe: z.enum(["live", "ready"]).default("ready") });
