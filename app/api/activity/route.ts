import { NextResponse } from "next/server";
import { route, searchParams } from "../_lib/respond";
import { activityQuerySchema, parseInput } from "@/lib/schemas";
import { listActivity } from "@/db/history/history";

/**
 * `GET /api/activity?actor=&cursor=&limit=`: the team's claim changes across every article, newest first, a page
 * at a time; `actor` (an account id) keeps one person's. Every role may read it, as it may each article's history.
 */
export const GET = route("read", async (request, { db, actor: reader }) => {
  const { actor, cursor, limit } = parseInput(activityQuerySchema, searchParams(request), "The query");
  return NextResponse.json(await listActivity(db, reader, { actorId: actor, cursor, limit }));
});
