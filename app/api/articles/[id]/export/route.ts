import { pathId, route } from "../../../_lib/respond";
import { downloadResponse } from "../../../export/download-response";
import { prepareArticleExport } from "@/db/exchange/corpus-export";
import { parseExportQuery } from "@/lib/export/export-query";

type Params = { id: string };

/**
 * `GET /api/articles/{id}/export?format=claimlens|w3c|csv|jsonl&set=analyst|reviewed`: one article as a download,
 * the claims of one set or (without `set`) all, each with its author.
 */
export const GET = route<Params>("read", async (request, { db, params, actor }) => {
  const { format, filters } = parseExportQuery(new URL(request.url).searchParams, ["format", "set"]);
  return downloadResponse(await prepareArticleExport(db, pathId(params.id, "article"), format, { reader: actor, ...(filters.set ? { set: filters.set } : {}) }));
});
