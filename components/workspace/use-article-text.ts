"use client";

import { useCallback, useState } from "react";
import { useRouter } from "next/navigation";
import { api, ApiError } from "@/components/api-client";
import type { ClaimDto, ReanchorReport } from "@/lib/model";
import type { FormattingRange } from "@/lib/extract/formatting";

/** The edit mode's state: whether the text differs from the saved one, a save under way, and why one failed. */
export interface EditingState {
  dirty: boolean;
  saving: boolean;
  error: string | null;
}

/**
 * The article's current text and revision, and the two ways of changing it: editing it in place, or replacing
 * it wholesale. Saving stores a revision and re-anchors every claim on the server; the text and the claims are
 * then read back, so the workspace shows exactly what was stored, and the report says what became of each claim.
 */
export function useArticleText(article: { id: string; text: string; revision: number; formatting: FormattingRange[] }, onClaims: (claims: ClaimDto[]) => void) {
  const [current, setCurrent] = useState({ text: article.text, revision: article.revision, formatting: article.formatting });
  const [report, setReport] = useState<ReanchorReport | null>(null);
  const [editing, setEditing] = useState<EditingState | null>(null);
  const [replacing, setReplacing] = useState(false);
  const router = useRouter();

  /** Saves a text; rejects with an Error whose message is the server's, the current text left as it was. */
  const save = useCallback(
    async (text: string, format: "text" | "markdown" = "text"): Promise<void> => {
      try {
        const saved = await api.saveArticleText(article.id, { text, baseRevision: current.revision, format });
        const [fresh, claims] = await Promise.all([api.getArticle(article.id), api.listClaims(article.id)]);
        setCurrent({ text: fresh.text, revision: fresh.revision, formatting: fresh.formatting });
        onClaims(claims);
        setReport(saved);
        // The header's revision number is rendered by the server.
        router.refresh();
      } catch (error) {
        throw new Error(error instanceof ApiError ? error.message : "The text could not be saved; nothing was changed. Try again.");
      }
    },
    [article.id, current.revision, onClaims, router],
  );

  const saveEdit = useCallback(
    async (text: string) => {
      setEditing((e) => (e ? { ...e, saving: true, error: null } : e));
      try {
        await save(text);
        setEditing(null);
      } catch (error) {
        // The edits stay in the editor, so nothing typed is lost.
        setEditing((e) => (e ? { ...e, saving: false, error: (error as Error).message } : e));
      }
    },
    [save],
  );

  const replace = useCallback(
    async (text: string, format: "text" | "markdown") => {
      await save(text, format);
      setReplacing(false);
    },
    [save],
  );

  return {
    text: current.text,
    revision: current.revision,
    /** The current text's stand-off formatting, rendered by the text views. */
    formatting: current.formatting,
    report,
    closeReport: useCallback(() => setReport(null), []),
    editing,
    startEditing: useCallback(() => setEditing({ dirty: false, saving: false, error: null }), []),
    cancelEditing: useCallback(() => setEditing(null), []),
    setDirty: useCallback((dirty: boolean) => setEditing((e) => (e && e.dirty !== dirty ? { ...e, dirty } : e)), []),
    saveEdit,
    replacing,
    setReplacing,
    replace,
  };
}
