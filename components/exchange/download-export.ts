import type { ExportFormat } from "@/lib/export/formats";
import { claimCounter, exportErrorMessage, fileNameFromDisposition, type ExportProgress } from "./download-progress";

/** A finished export: its bytes, as the server sent them (the CSV keeps its byte-order mark), and its name. */
export interface DownloadedExport {
  blob: Blob;
  fileName: string;
  claims: number | null;
}

/** A failed export, with the sentence to show. Cancelling is not a failure: the fetch's AbortError passes through. */
export class ExportFailure extends Error {
  override readonly name = "ExportFailure";
}

// Progress is reported at most this often: a large export arrives in thousands of chunks.
const PROGRESS_EVERY_MS = 120;

/**
 * Downloads an export with `fetch`, reading the body as it streams so `onProgress` can tell how far it got
 * (the corpus export sends its claim count in `X-Claimlens-Claims` but no Content-Length).
 */
export async function downloadExport(
  url: string,
  format: ExportFormat,
  options: { signal: AbortSignal; onProgress(progress: ExportProgress): void },
): Promise<DownloadedExport> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal, headers: { accept: "*/*" } });
  } catch (error) {
    if (options.signal.aborted) throw error;
    throw new ExportFailure("Claimlens could not reach the server. Check that it is running, then try again.");
  }
  if (!response.ok) throw new ExportFailure(exportErrorMessage(response.status, await response.text().catch(() => "")));

  const header = response.headers.get("x-claimlens-claims");
  const total = header !== null && /^\d+$/.test(header) ? Number(header) : null;
  const fileName = fileNameFromDisposition(response.headers.get("content-disposition"), `claimlens-export.${format === "claimlens" ? "json" : format}`);
  const counter = claimCounter(format);
  const decoder = new TextDecoder();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  let reported = 0;
  const report = () => options.onProgress({ received, claims: counter.claims, total });
  report();

  if (response.body) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        counter.push(decoder.decode(value, { stream: true }));
        if (Date.now() - reported >= PROGRESS_EVERY_MS) {
          reported = Date.now();
          report();
        }
      }
    } catch (error) {
      if (options.signal.aborted) throw error;
      throw new ExportFailure("The download was interrupted before the export was complete. Try again.");
    }
  }
  report();
  return { blob: new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" }), fileName, claims: counter.claims };
}

/** Saves a downloaded export under its name, as a click on a download link would. */
export function saveDownload({ blob, fileName }: DownloadedExport): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click is handled; give slow browsers a moment anyway.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
