"use client";

import { useCallback, useEffect, useId, useState } from "react";
import Link from "@/components/app-link";
import { api, ApiError } from "@/components/api-client";
import type { ClaimDto, ClaimHistoryEntryDto } from "@/lib/model";
import { countOf } from "@/components/library/format";
import { entryQuote, HistoryEntryText } from "./history-entry";
import type { SaveFailure } from "./use-claim-actions";
import { ErrorMessage } from "@/components/error-message";
import dialogs from "./text-dialogs.module.css";
import styles from "./history.module.css";
import { useModalDialog } from "@/components/use-modal-dialog";

interface ArticleHistoryDialogProps {
  articleId: string;
  /** Whether the analyst's role lets them restore claims at all (the server decides on each one). */
  canRestore: boolean;
  /** Restores a deleted claim; rejects with a `SaveFailure`. */
  onRestore(claimId: string): Promise<ClaimDto>;
  /** Closes the history and shows a claim in the text and the panel. */
  onShow(claimId: string): void;
  onClose(): void;
}

const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : "The history could not be loaded.");

/**
 * Every change to the article's claims, newest first, a page at a time: who tagged, edited, moved or deleted
 * which claim, and when. A deleted claim can be restored from here, as it was, with its id.
 */
export function ArticleHistoryDialog({ articleId, canRestore, onRestore, onShow, onClose }: ArticleHistoryDialogProps) {
  const id = useId();
  const dialog = useModalDialog();
  const [items, setItems] = useState<ClaimHistoryEntryDto[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  /** Deletions undone from here, and the one just undone (its "Show in text" takes the focus). */
  const [restored, setRestored] = useState<{ ids: ReadonlySet<number>; last: number | null }>({ ids: new Set(), last: null });

  const load = useCallback(
    async (from: string | null) => {
      setLoading(true);
      setError(null);
      try {
        const page = await api.articleHistory(articleId, from);
        setItems((list) => (from ? [...list, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (failure) {
        setError(messageOf(failure));
      } finally {
        setLoading(false);
      }
    },
    [articleId],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  const restore = async (entry: ClaimHistoryEntryDto) => {
    setBusyId(entry.claimId);
    setError(null);
    try {
      await onRestore(entry.claimId);
      setRestored((r) => ({ ids: new Set(r.ids).add(entry.id), last: entry.id }));
    } catch (failure) {
      setError((failure as SaveFailure).message);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <dialog ref={dialog} className={`${dialogs.dialog} ${styles.dialog}`} aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className={dialogs.body}>
        <header className={dialogs.header}>
          <h2 id={`${id}-title`}>Article history</h2>
          <button type="button" className={dialogs.close} aria-label="Close" onClick={() => dialog.current?.close()}>
            ×
          </button>
        </header>
        <p className={dialogs.intro}>
          Every change to this article’s claims, newest first. The text’s own revisions are under{" "}
          <Link href={`/articles/${articleId}/revisions`}>Revision history</Link>.
        </p>
        <ErrorMessage message={error} />
        {items.length > 0 ? (
          <ol className={styles.entries} aria-label="Changes to claims, newest first">
            {items.map((entry) => {
              const back = restored.ids.has(entry.id);
              const restorable = entry.action === "delete" && entry.restorable && !back && canRestore;
              return (
                <li key={entry.id} className={styles.entry}>
                  <q className={styles.entryQuote}>{entryQuote(entry)}</q>
                  <HistoryEntryText entry={entry} />
                  {restorable ? (
                    <button
                      type="button"
                      className={`button small ${styles.entryAction}`}
                      disabled={busyId !== null}
                      aria-busy={busyId === entry.claimId || undefined}
                      aria-label={`Restore “${entryQuote(entry)}”`}
                      onClick={() => void restore(entry)}
                    >
                      Restore
                    </button>
                  ) : back ? (
                    <span className={styles.entryAction}>
                      <span className={styles.restored}>Restored</span>{" "}
                      <button
                        type="button"
                        className="button small"
                        autoFocus={restored.last === entry.id}
                        aria-label={`Show “${entryQuote(entry)}” in the text`}
                        onClick={() => onShow(entry.claimId)}
                      >
                        Show in text
                      </button>
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ol>
        ) : null}
        <p role="status" className={styles.status}>
          {loading ? "Loading the history…" : items.length === 0 && !error ? "No changes to claims recorded yet." : `Showing ${countOf(items.length, "change")}.`}
        </p>
        <footer className={dialogs.footer}>
          {cursor ? (
            <button type="button" className="button" disabled={loading} onClick={() => void load(cursor)}>
              Load more
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Done
          </button>
        </footer>
      </div>
    </dialog>
  );
}
