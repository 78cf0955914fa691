"use client";

import { useId, useState, type FormEvent } from "react";
import { IMPORT_FILE_ACCEPT, readImportFile, type ArticleFormat } from "@/components/library/import-file";
import { ErrorMessage } from "@/components/error-message";
import styles from "./text-dialogs.module.css";
import { useModalDialog } from "@/components/use-modal-dialog";

interface ReplaceTextDialogProps {
  /** Sends the new text; resolves when saved, or rejects with the message to show (the dialog stays open). */
  onReplace(text: string, format: ArticleFormat): Promise<void>;
  onClose(): void;
}

/**
 * Replacing the article's text wholesale with a better copy (pasted, or a .txt/.md file). The claims are carried
 * over as for any edit, and the text before stays in the article's revisions.
 */
export function ReplaceTextDialog({ onReplace, onClose }: ReplaceTextDialogProps) {
  const dialog = useModalDialog();
  const [text, setText] = useState("");
  const [format, setFormat] = useState<ArticleFormat>("text");
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();

  async function pickFile(file: File | undefined) {
    setError(null);
    setFileNote(null);
    if (!file) return;
    const read = await readImportFile(file);
    if (!read.ok) return setError(read.message);
    setText(read.text);
    setFormat(read.format);
    setFileNote(read.notice ?? `Read from “${file.name}”${read.format === "markdown" ? " (Markdown: it becomes plain text)" : ""}.`);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === "") return setError("Paste the new text, or choose a file.");
    setSaving(true);
    setError(null);
    try {
      await onReplace(text, format);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setSaving(false);
    }
  }

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-title`} onClose={onClose}>
      <form className={styles.body} onSubmit={(e) => void submit(e)}>
        <header className={styles.header}>
          <h2 id={`${id}-title`}>Replace the text</h2>
          <button type="button" className={styles.close} aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <p className={styles.intro}>
          Paste a corrected or fuller copy of this article, or choose a file. Claims move to the same words in the new
          text; any that cannot be found are kept for you to re-attach. The current text stays in the revisions.
        </p>
        <div className="field">
          <label htmlFor={`${id}-text`}>New text</label>
          <textarea
            id={`${id}-text`}
            className={styles.textarea}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setFormat("text");
              setFileNote(null);
            }}
            rows={12}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>Or a file (.txt or .md)</label>
          <input id={`${id}-file`} type="file" accept={IMPORT_FILE_ACCEPT} onChange={(e) => void pickFile(e.target.files?.[0])} />
          {fileNote ? <span className="hint">{fileNote}</span> : null}
        </div>
        <ErrorMessage message={error} />
        <footer className={styles.footer}>
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? "Replacing…" : "Replace text"}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </footer>
      </form>
    </dialog>
  );
}
