import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { readiness } from "@/db/health";
import { healthQuerySchema } from "@/lib/health";
import { parseInput } from "@/lib/schemas";
import { errorResponse } from "../_lib/respond";

export const dynamic = "force-dynamic";

// A probe that waits longer than a load balancer's own timeout tells it nothing.
const DATABASE_TIMEOUT_MS = 3_000;
const noStore = { "cache-control": "no-store" };

/**
 * The health of this instance, for load balancers and orchestrators; needs no sign-in and tells nothing about the
 * data. `?probe=live`: the process answers (200, always). Otherwise (`?probe=ready`, the default): the database
 * answers and its migrations are current (200), or 503 with the reason.
 */
export async function GET(request: Request): Promise<Response> {
  let probe;
  try {
    probe = parseInput(healthQuerySchema, Object.fromEntries(new URL(request.url).searchParams), "The query").probe;
  } catch (error) {
    return errorResponse(error);
  }
  if (probe === "live") return NextResponse.json({ live: true }, { headers: noStore });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS} ms`)), DATABASE_TIMEOUT_MS);
    });
    const state = await Promise.race([getDb().then((db) => readiness(db)), timeout]);
    return NextResponse.json({ live: true, ...state }, { status: state.ready ? 200 : 503, headers: noStore });
  } catch (error) {
    console.error("Health check: the database does not answer:", error);
    return NextResponse.json({ live: true, ready: false, reason: "The database does not answer." }, { status: 503, headers: { ...noStore, "retry-after": "5" } });
  } finally {
    clearTimeout(timer);
  }
}
