"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import styles from "./restore-dialog.module.css";
import { useModalDialog } from "@/components/use-modal-dialog";

interface RestoreProps {
  articleId: string;
  /** The revision to restore. */
  revision: number;
  /** The article's current revision when the page was rendered: the restore is refused if another was saved since. */
  currentRevision: number;
}

/** "Restore this revision": asks first, then makes this revision's text the current one and opens the workspace. */
export function RestoreRevision(props: RestoreProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Restore this revision
      </button>
      {open ? <RestoreDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

type Failure = { message: string; stale: boolean };

function RestoreDialog({ articleId, revision, currentRevision, onClose }: RestoreProps & { onClose: () => void }) {
  const router = useRouter();
  const dialog = useModalDialog();
  const cancel = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const id = useId();

  // The safe choice has the focus first.
  useEffect(() => cancel.current?.focus(), []);

  async function restore() {
    setPending(true);
    setFailure(null);
    try {
      const report = await api.restoreRevision(articleId, revision, currentRevision);
      if (!report.changed) {
        setFailure({ message: `Revision ${revision} has the same text as the current one: nothing was changed.`, stale: false });
        setPending(false);
        return;
      }
      // Stays pending (buttons disabled) until the workspace replaces this page.
      router.push(`/articles/${articleId}?restored=${revision}`);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        const details = caught.details as { currentRevision?: unknown } | undefined;
        const latest = typeof details?.currentRevision === "number" ? ` (revision ${details.currentRevision})` : "";
        setFailure({ message: `Someone saved a newer revision${latest} meanwhile. Reload to see it, then decide again.`, stale: true });
      } else {
        setFailure({ message: caught instanceof ApiError ? caught.message : "The revision could not be restored; nothing was changed. Try again.", stale: false });
      }
      setPending(false);
    }
  }

  function reload() {
    router.refresh();
    dialog.current?.close();
  }

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      onClose={onClose}
      onCancel={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      <div className={styles.body}>
        <h2 id={`${id}-title`}>Restore revision {revision}?</h2>
        <p id={`${id}-what`}>
          The text of revision {revision} becomes the article’s text again, saved as a new revision {currentRevision + 1}. Nothing is lost:
          the current text stays in the history as revision {currentRevision}.
        </p>
        <p className={styles.muted}>
          The claims follow the text as they do for any edit. Claims whose words are not in the restored text become orphans for you to
          review.
        </p>
        {failure ? (
          <div role="alert" className={`error-message ${failure.stale ? styles.stale : ""}`}>
            <span>{failure.message}</span>
            {failure.stale ? (
              <button type="button" className="button small" onClick={reload}>
                Reload
              </button>
            ) : null}
          </div>
        ) : null}
        <div className={styles.footer}>
          <button type="button" className="button primary" onClick={() => void restore()} disabled={pending || failure?.stale} aria-busy={pending}>
            {pending ? "Restoring…" : `Restore revision ${revision}`}
          </button>
          <button ref={cancel} type="button" className="button" onClick={() => dialog.current?.close()} disabled={pending}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}
