import { NextResponse } from "next/server";
import { pathId, route } from "../../../_lib/respond";
import { parseSpeakerClaimsQuery } from "@/lib/speakers/schemas";
import { listSpeakerClaims } from "@/db/speakers/speaker-claims";

type Params = { id: string };

/**
 * `GET /api/speakers/{id}/claims?confidence=&cue=&article=&from=&to=&q=&sort=&cursor=&limit=`: a page of the
 * speaker's claims, each with its article and sentence: `{items, nextCursor}`.
 */
export const GET = route<Params>("read", async (request, { db, params, actor }) => {
  const speakerId = pathId(params.id, "speaker");
  const query = parseSpeakerClaimsQuery(new URL(request.url).searchParams);
  return NextResponse.json(await listSpeakerClaims(db, speakerId, query, actor));
});
