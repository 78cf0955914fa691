import { route, searchParams } from "../../_lib/respond";
import { activityExportQuerySchema, parseInput } from "@/lib/schemas";
import { activityLines } from "@/db/history/history";
import { textStream } from "@/lib/export/serializers";

/**
 * `GET /api/activity/export?actor=`: the team's whole activity (or one person's) as JSON Lines, streamed, newest
 * first: one change per line, as `GET /api/activity` gives them. For audits and for tools that read the history.
 */
export const GET = route("read", async (request, { db, actor: reader }) => {
  const { actor } = parseInput(activityExportQuerySchema, searchParams(request), "The query");
  const day = new Date().toISOString().slice(0, 10);
  return new Response(textStream(activityLines(db, reader, actor ? { actorId: actor } : {})), {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "content-disposition": `attachment; filename="claimlens-activity-${day}.jsonl"`,
      "cache-control": "no-store",
    },
  });
});
