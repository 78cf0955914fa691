import { route } from "../_lib/respond";
import { downloadResponse } from "./download-response";
import { prepareCorpusExport } from "@/db/exchange/corpus-export";
import { parseExportQuery } from "@/lib/export/export-query";

/** `GET /api/export?format=claimlens|w3c|csv|jsonl&article=&speaker=&kind=&confidence=&set=`: the corpus, streamed. */
export const GET = route("read", async (request, { db, actor }) => {
  const { format, filters } = parseExportQuery(new URL(request.url).searchParams);
  return downloadResponse(await prepareCorpusExport(db, format, filters, { reader: actor }));
});
