import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { acceptAllSchema } from "@/lib/suggestions/schemas";
import { acceptAllFromSpeaker } from "@/db/suggestions/suggestions";

type Params = { id: string };

/** `POST {speakerId | speakerName, confidence}`: accept every pending suggestion of one speaker, all or none. */
export const POST = route<Params>("claims:write", async (request, { db, params, actor }) => {
  const articleId = pathId(params.id, "article");
  const input = parseInput(acceptAllSchema, await readJson(request, 4 * 1024), "The request");
  const items = await acceptAllFromSpeaker(db, articleId, input, actor);
  return NextResponse.json({ items }, { status: items.length > 0 ? 201 : 200 });
});
