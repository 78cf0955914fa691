import { claimlensCorpusChunks } from "./claimlens-corpus";
import { csvChunks } from "./csv";
import type { ExportSerializer } from "./export-events";
import type { ExportFormat } from "./formats";
import { jsonlChunks } from "./jsonl";
import { w3cChunks } from "./w3c";

/** The writer of each export format. */
export const SERIALIZERS: Record<ExportFormat, ExportSerializer> = {
  claimlens: claimlensCorpusChunks,
  w3c: w3cChunks,
  csv: csvChunks,
  jsonl: jsonlChunks,
};

/**
 * A byte stream of the chunks, pulled one at a time: the next chunk is only produced when the reader (an HTTP
 * response, a file) has taken the previous one, so a slow download never piles up text in memory. Cancelling
 * the stream (the browser went away) stops the producer, which releases what it holds.
 */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          for (;;) {
            const { done, value } = await iterator.next();
            if (done) {
              controller.close();
              return;
            }
            if (value.length > 0) {
              controller.enqueue(encoder.encode(value));
              return;
            }
          }
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
