import { pathId, route } from "../../../_lib/respond";
import { downloadResponse } from "../../../export/download-response";
import { prepareArticleExport } from "@/db/exchange/corpus-export";
import { parseExportQuery } from "@/lib/export/export-query";

type Params = { id: string };

/** `GET /api/articles/{id}/export?format=claimlens|w3c|csv|jsonl`: one article as a download. */
export const GET = route<Params>("read", async (request, { db, params }) => {
  const { format } = parseExportQuery(new URL(request.url).searchParams, ["format"]);
  return downloadResponse(await prepareArticleExport(db, pathId(params.id, "article"), format));
});
