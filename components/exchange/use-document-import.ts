"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import type { Issue } from "@/lib/errors";
import type { ImportReport, RefusedClaim } from "@/lib/import/import-report";
import { checkDocumentFile, checkDocumentText, refusedMessage } from "./import-document";

/** Where an import of a Claimlens JSON file stands. */
export type DocumentImportState =
  | { step: "idle" }
  | { step: "checking"; fileName: string }
  | { step: "preview"; fileName: string; text: string; report: ImportReport }
  | { step: "importing"; fileName: string; text: string; report: ImportReport }
  | { step: "done"; fileName: string; report: ImportReport }
  | { step: "failed"; fileName: string | null; message: string; issues: Issue[]; refused?: RefusedClaim[] };

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** The claims an import refused (someone else's), which a 403 carries in `details.refused`. */
function refusedOf(error: ApiError): RefusedClaim[] {
  const refused = (error.details as { refused?: unknown } | undefined)?.refused;
  return Array.isArray(refused) ? (refused as RefusedClaim[]) : [];
}

/** The issues an ApiError carries in `details.issues`, if any. */
function issuesOf(error: ApiError): Issue[] {
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? issues.filter((i): i is Issue => typeof i?.path === "string" && typeof i?.message === "string") : [];
}

/**
 * The import of a Claimlens JSON file: checked in the browser, then a dry run on the server shows what would
 * happen, and only "Import" writes. A newer pick replaces an older one still being checked.
 */
export function useDocumentImport() {
  const router = useRouter();
  const [state, setState] = useState<DocumentImportState>({ step: "idle" });
  const ticket = useRef(0);

  const pick = useCallback(async (file: File) => {
    const own = ++ticket.current;
    const refused = checkDocumentFile(file);
    if (refused && !refused.ok) {
      setState({ step: "failed", fileName: file.name, message: refused.message, issues: [] });
      return;
    }
    setState({ step: "checking", fileName: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch {
      if (own === ticket.current) setState({ step: "failed", fileName: file.name, message: `“${file.name}” could not be read. Pick it again.`, issues: [] });
      return;
    }
    const read = checkDocumentText(file.name, text);
    if (own !== ticket.current) return;
    if (!read.ok) {
      setState({ step: "failed", fileName: file.name, message: read.message, issues: [] });
      return;
    }
    try {
      const report = await api.importDocument(read.text, { dryRun: true });
      if (own !== ticket.current) return;
      if (report.ok) setState({ step: "preview", fileName: file.name, text: read.text, report });
      else {
        setState({
          step: "failed",
          fileName: file.name,
          message:
            report.issues.length > 0
              ? `Nothing can be imported from “${file.name}”: it has ${plural(report.issues.length, "problem")}. Correct ${report.issues.length === 1 ? "it" : "them"}, or export the file again.`
              : refusedMessage(file.name, report.refused),
          issues: report.issues,
          refused: report.refused,
        });
      }
    } catch (error) {
      if (own !== ticket.current) return;
      setState({
        step: "failed",
        fileName: file.name,
        message: error instanceof ApiError ? error.message : "The file could not be checked. Try again.",
        issues: error instanceof ApiError ? issuesOf(error) : [],
      });
    }
  }, []);

  const confirm = useCallback(async () => {
    if (state.step !== "preview") return;
    const { fileName, text, report } = state;
    const own = ++ticket.current;
    setState({ step: "importing", fileName, text, report });
    try {
      const result = await api.importDocument(text, { dryRun: false });
      if (own !== ticket.current) return;
      setState({ step: "done", fileName, report: result });
      router.refresh();
    } catch (error) {
      if (own !== ticket.current) return;
      setState({
        step: "failed",
        fileName,
        message: error instanceof ApiError ? error.message : "The import failed; nothing was written. Try again.",
        issues: error instanceof ApiError ? issuesOf(error) : [],
        refused: error instanceof ApiError ? refusedOf(error) : [],
      });
    }
  }, [state, router]);

  const close = useCallback(() => {
    ticket.current++;
    setState({ step: "idle" });
  }, []);

  return { state, pick, confirm, close };
}

export type DocumentImport = ReturnType<typeof useDocumentImport>;
