import { NextResponse } from "next/server";
import { pathId, readJson, route } from "../../../_lib/respond";
import { articleTextSchema, parseInput } from "@/lib/schemas";
import { canonicalArticle } from "@/db/articles/articles";
import { replaceArticleText } from "@/db/articles/article-text";

type Params = { id: string };

/** Saves a new text for the article (as a new revision) and answers with what became of each claim. */
export const PUT = route<Params>("articles:write", async (request, { db, params, actor }) => {
  const id = pathId(params.id, "article");
  const input = parseInput(articleTextSchema, await readJson(request), "The new text");
  // A Markdown replacement brings its own structure; a plain one carries the old formatting over.
  const { text, formatting } = canonicalArticle(input);
  return NextResponse.json(await replaceArticleText(db, id, { text, formatting, baseRevision: input.baseRevision, action: "edit", actor }));
});
