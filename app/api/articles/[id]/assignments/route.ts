import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../../_lib/respond";
import { parseInput } from "@/lib/schemas";
import { assignmentCreateSchema } from "@/lib/agreement/schemas";
import { assignArticle, listAssignments } from "@/db/assignments/assignments";

type Params = { id: string };

/** `GET /api/articles/{id}/assignments`: who annotates the article independently, and who is done. */
export const GET = route<Params>("read", async (_request, { db, params }) => {
  return NextResponse.json({ items: await listAssignments(db, pathId(params.id, "article")) });
});

/** `POST /api/articles/{id}/assignments {userIds}`: assign the article to analysts (admins and reviewers). */
export const POST = route<Params>("review", async (request, { db, params, actor }) => {
  const articleId = pathId(params.id, "article");
  const input = parseInput(assignmentCreateSchema, await readJson(request, 16 * 1024), "The assignment");
  return NextResponse.json({ items: await assignArticle(db, articleId, input, actor) }, { status: 201 });
});
