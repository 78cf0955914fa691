import { CLAIMLENS_FORMAT, exportedArticle } from "./claimlens-document";
import type { ExportEvent, ExportHeader } from "./export-events";
import { prettyJson as pretty } from "./pretty-json";

/**
 * The corpus document of the `claimlens/1` format, written as it is read: the text is exactly what
 * `JSON.stringify(document, null, 2)` would give for the whole document, without ever holding it.
 */
export async function* claimlensCorpusChunks(header: ExportHeader, events: AsyncIterable<ExportEvent>): AsyncGenerator<string> {
  let head = `{\n  "format": ${JSON.stringify(CLAIMLENS_FORMAT)},\n  "exportedAt": ${JSON.stringify(header.exportedAt.toISOString())},\n`;
  if (header.filters) head += `  "filters": ${pretty(header.filters, 1)},\n`;
  head += `  "speakers": ${pretty(header.speakers, 1)},\n  "articles": [`;
  yield head;

  let articles = 0;
  let claimsInArticle = 0;
  for await (const event of events) {
    if (event.type === "article") {
      const fields = pretty(exportedArticle(event.article), 2);
      // Reopen the article object to add its claims after the last field.
      yield `${articles === 0 ? "\n    " : ",\n    "}${fields.slice(0, -"\n    }".length)},\n      "claims": [`;
      articles++;
      claimsInArticle = 0;
    } else if (event.type === "claims") {
      let chunk = "";
      for (const claim of event.claims) {
        chunk += `${claimsInArticle === 0 ? "\n        " : ",\n        "}${pretty(claim, 4)}`;
        claimsInArticle++;
      }
      yield chunk;
    } else {
      const drops = event.reviewDrops && event.reviewDrops.length > 0 ? `,\n      "reviewDrops": ${pretty(event.reviewDrops, 3)}` : "";
      yield `${claimsInArticle === 0 ? "]" : "\n      ]"}${drops}\n    }`;
    }
  }
  yield articles === 0 ? "]\n}\n" : "\n  ]\n}\n";
}
