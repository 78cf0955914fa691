import { NextResponse } from "next/server";
import { pathId, route, searchParams } from "../../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { suggestionQuerySchema } from "@/lib/speakers/schemas";
import { suggestSpeakersForSpan } from "@/db/speakers/speaker-suggestions";

type Params = { id: string };

/**
 * `GET /api/articles/{id}/speaker-suggestions?start=&end=`: the speakers named in the span's sentence or the
 * sentence before it, nearest first: `{items: SpeakerDto[]}`.
 */
export const GET = route<Params>("read", async (request, { db, params }) => {
  const articleId = pathId(params.id, "article");
  const { start, end, limit } = parseInput(suggestionQuerySchema, searchParams(request), "The span");
  return NextResponse.json({ items: await suggestSpeakersForSpan(db, articleId, { start, end }, limit) });
});
