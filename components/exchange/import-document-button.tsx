"use client";

import { useRef } from "react";
import { useHydrated } from "../use-hydrated";
import { DOCUMENT_FILE_ACCEPT } from "./import-document";
import type { DocumentImport } from "./use-document-import";

/**
 * "Import Claimlens JSON": opens the file picker (a file input labelled "Claimlens JSON file"); the picked
 * file goes to the import's dry run.
 */
export function ImportDocumentButton({ importer, className }: { importer: DocumentImport; className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const busy = importer.state.step === "checking" || importer.state.step === "importing";
  const hydrated = useHydrated();
  return (
    <>
      <button type="button" className={`button ${className ?? ""}`} disabled={busy || !hydrated} onClick={() => input.current?.click()}>
        <span aria-hidden="true">⤒</span> Import Claimlens JSON
      </button>
      <input
        ref={input}
        type="file"
        accept={DOCUMENT_FILE_ACCEPT}
        aria-label="Claimlens JSON file"
        className="visually-hidden"
        // The button stands for the input; keyboard users reach it, not the hidden field.
        tabIndex={-1}
        disabled={!hydrated}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that picking the same file again (after fixing it) is noticed.
          event.currentTarget.value = "";
          if (file) void importer.pick(file);
        }}
      />
    </>
  );
}
