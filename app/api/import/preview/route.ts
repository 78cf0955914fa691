import { NextResponse } from "next/server";
import { readJson, route } from "../../_lib/respond";
import { importPreviewSchema, parseInput } from "@/lib/schemas";
import { previewImport } from "@/db/web-import/preview";
import { env } from "@/lib/env";

// A saved page may be up to 5 MB; JSON escaping adds to that.
const PREVIEW_BODY_LIMIT = 8 * 1024 * 1024;

export const POST = route("articles:write", async (request, { db, actor }) => {
  const input = parseInput(importPreviewSchema, await readJson(request, PREVIEW_BODY_LIMIT), "The preview");
  return NextResponse.json(await previewImport(db, actor, input, { allowHosts: env().fetchAllowHosts }));
});
