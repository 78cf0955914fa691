import { asActor } from "@/db/actor";
import { NextResponse } from "next/server";
import { pathId, readJson, route, searchParams } from "../../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { mergeQuerySchema, speakerMergeSchema } from "@/lib/speakers/schemas";
import { mergeSpeakers, previewMerge } from "@/db/speakers/speaker-merge";

type Params = { id: string };

/**
 * `POST /api/speakers/{id}/merge {fromId}`: merges the speaker `fromId` into this one, in one transaction.
 * With `?preview=true`, says what the merge would do and writes nothing.
 */
export const POST = route<Params>("speakers:write", async (request, { db, params, actor }) => {
  const intoId = pathId(params.id, "speaker");
  const { preview } = parseInput(mergeQuerySchema, searchParams(request), "The query");
  const { fromId } = parseInput(speakerMergeSchema, await readJson(request, 16 * 1024), "The merge");
  return NextResponse.json(preview ? await previewMerge(db, intoId, fromId) : await asActor(db, actor, "merge", (tx) => mergeSpeakers(tx, intoId, fromId)));
});
