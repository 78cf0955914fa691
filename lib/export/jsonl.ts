import type { ClaimDto } from "../model";
import type { ExportEvent, ExportHeader } from "./export-events";
import { claimFlattener, FLAT_CLAIM_COLUMNS, type FlatClaim } from "./flat-claim";

/** One claim as a JSON line: the same keys, in the same order, as the CSV columns. */
export function jsonlLine(flat: FlatClaim): string {
  const ordered: Record<string, unknown> = {};
  for (const column of FLAT_CLAIM_COLUMNS) ordered[column] = flat[column];
  return `${JSON.stringify(ordered)}\n`;
}

/** The JSON Lines export: one flat claim per line, UTF-8 without a byte-order mark, `\n` line ends. */
export async function* jsonlChunks(_header: ExportHeader, events: AsyncIterable<ExportEvent>): AsyncGenerator<string> {
  let flatten: ((claim: ClaimDto) => FlatClaim) | undefined;
  for await (const event of events) {
    if (event.type === "article") flatten = claimFlattener(event.article);
    else if (event.type === "claims" && flatten) {
      let chunk = "";
      for (const claim of event.claims) chunk += jsonlLine(flatten(claim));
      yield chunk;
    }
  }
}
