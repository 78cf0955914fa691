import { attachment, pathId, route } from "../../../_lib/respond";
import { exportArticle } from "@/db/export";
import { downloadName } from "@/lib/export/claimlens-document";

type Params = { id: string };

export const GET = route<Params>(async (_request, { db, params }) => {
  const document = await exportArticle(db, pathId(params.id, "article"));
  return attachment(document, downloadName(document.article.title, "claimlens.json"));
});
