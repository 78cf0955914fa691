"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ExportChoice } from "./export-formats";
import type { ExportProgress } from "./download-progress";
import { downloadExport, ExportFailure, saveDownload } from "./download-export";

/** Where an export stands: nothing yet, arriving, saved, or failed (with the sentence to show). */
export type ExportState =
  | { status: "idle" }
  | { status: "running"; choice: ExportChoice; progress: ExportProgress }
  | { status: "saved"; choice: ExportChoice; fileName: string; claims: number | null }
  | { status: "failed"; choice: ExportChoice | null; message: string };

/**
 * Runs one export at a time: downloads it with progress, saves it under the server's file name, and can be
 * cancelled. A cancelled export simply goes away; a failure stays until the analyst closes it.
 */
export function useExportDownload() {
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops a download nobody will see finish.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (choice: ExportChoice, url: string) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setState({ status: "running", choice, progress: { received: 0, claims: null, total: null } });
    try {
      const download = await downloadExport(url, choice.format, {
        signal: own.signal,
        onProgress: (progress) => {
          if (!own.signal.aborted) setState({ status: "running", choice, progress });
        },
      });
      if (own.signal.aborted) return;
      saveDownload(download);
      setState({ status: "saved", choice, fileName: download.fileName, claims: download.claims });
    } catch (error) {
      if (own.signal.aborted) return;
      setState({
        status: "failed",
        choice,
        message: error instanceof ExportFailure ? error.message : "The export failed. Try again.",
      });
    } finally {
      if (controller.current === own) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ status: "idle" });
  }, []);

  const fail = useCallback((message: string) => setState({ status: "failed", choice: null, message }), []);
  const dismiss = useCallback(() => setState((s) => (s.status === "running" ? s : { status: "idle" })), []);

  return { state, start, cancel, fail, dismiss };
}
