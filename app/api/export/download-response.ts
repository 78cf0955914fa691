import "server-only";
import type { PreparedExport } from "@/db/exchange/corpus-export";
import { textStream } from "@/lib/export/serializers";

/**
 * A prepared export as a streamed download. `X-Claimlens-Claims` tells a client how many claims to expect
 * (counted when the export began), so it can show progress although the length is not known in advance.
 */
export function downloadResponse(prepared: PreparedExport): Response {
  return new Response(textStream(prepared.chunks()), {
    headers: {
      "content-type": prepared.contentType,
      "content-disposition": `attachment; filename="${prepared.filename}"`,
      "cache-control": "no-store",
      "x-claimlens-claims": String(prepared.total.claims),
      "x-claimlens-articles": String(prepared.total.articles),
    },
  });
}
