import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { reviewSchema } from "@/lib/agreement/schemas";
import { reviewArticle } from "@/db/assignments/review";

/** `POST /api/articles/{id}/review {decisions}`: the reviewer's decisions, into the reviewed claim set. */
export const POST = route<{ id: string }>("review", async (request, { db, params, actor }) => {
  const articleId = pathId(params.id, "article");
  const input = parseInput(reviewSchema, await readJson(request, 1024 * 1024), "The review");
  return NextResponse.json(await reviewArticle(db, articleId, input, actor));
});
