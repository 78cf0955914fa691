"use client";

import { useId, useMemo, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { ErrorMessage } from "@/components/error-message";
import { useModalDialog } from "@/components/use-modal-dialog";
import { previewBlocks, type PreviewBlock } from "@/lib/extract/preview-blocks";
import type { ArticleDto, ImportPreviewDto } from "@/lib/model";
import { confirmedImport } from "./web-import";
import { countOf } from "./format";
import dialogStyles from "@/components/dialog.module.css";
import styles from "./web-import.module.css";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/**
 * The preview of a web import before anything is stored: the extracted title (editable), what the page says about
 * itself, and its text paragraph by paragraph with the parts the extractor removed folded in between, so the
 * analyst can put a dropped paragraph back or leave a kept one out. Everything is shown as text, never as HTML.
 */
export function ImportPreviewDialog({ preview, onClose, onImported }: { preview: ImportPreviewDto; onClose(): void; onImported(article: ArticleDto): void }) {
  const dialog = useModalDialog();
  const id = useId();
  const [title, setTitle] = useState(preview.title ?? "");
  const [blocks, setBlocks] = useState<PreviewBlock[]>(() => previewBlocks(preview.text, preview.removed));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headings = useMemo(() => new Set(preview.formatting.filter((f) => f.type === "heading").map((f) => f.start)), [preview.formatting]);
  const kept = blocks.filter((b) => b.kept).length;
  const removed = blocks.length - kept;

  const toggle = (index: number) => setBlocks((all) => all.map((b, i) => (i === index ? { ...b, kept: !b.kept } : b)));

  async function confirm() {
    setError(null);
    if (kept === 0) {
      setError("Every paragraph is left out: put at least one back to import the article.");
      return;
    }
    setPending(true);
    try {
      onImported(await api.createArticle(confirmedImport(preview, blocks, title)));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The article could not be imported. Try again.");
      setPending(false);
    }
  }

  const facts: [string, string | null][] = [
    ["Byline", preview.byline],
    ["Site", preview.siteName],
    ["Published", preview.publishedAt ? `${dateFormat.format(new Date(preview.publishedAt))} UTC` : null],
    ["Modified", preview.modifiedAt ? `${dateFormat.format(new Date(preview.modifiedAt))} UTC` : null],
    ["Language", preview.language],
    ["Canonical address", preview.canonicalUrl],
    ["Fetched from", preview.sourceUrl],
  ];

  return (
    <dialog
      ref={dialog}
      className={`${dialogStyles.dialog} ${styles.previewDialog}`}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      <div className={dialogStyles.body}>
        <header className={dialogStyles.header}>
          <h2 id={`${id}-title`}>Import preview</h2>
          <button type="button" className={dialogStyles.close} aria-label="Close" onClick={() => dialog.current?.close()} disabled={pending}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <p className={dialogStyles.intro}>
          Nothing is stored yet. Check the text the extractor found: put back a paragraph it removed, or leave out one it kept.
          The byline is shown for reference; it never becomes a speaker.
        </p>

        <div className="field">
          <label htmlFor={`${id}-name`}>Title</label>
          <input id={`${id}-name`} type="text" value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <dl className={styles.facts} aria-label="Page details">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className={value ? undefined : styles.missing}>{value ?? "not given"}</dd>
            </div>
          ))}
        </dl>

        <h3 className={styles.textHeading}>
          Text <span className="muted">· {countOf(kept, "paragraph")} kept, {removed} removed</span>
        </h3>
        <ol className={styles.blocks} aria-label="Paragraphs">
          {blocks.map((block, index) =>
            block.kept ? (
              <li key={index} className={styles.keptBlock}>
                <p className={block.start !== null && headings.has(block.start) ? styles.headingText : undefined}>{block.text}</p>
                <button type="button" className={`button small ghost ${styles.blockAction}`} onClick={() => toggle(index)} aria-label={`Leave out: ${short(block.text)}`}>
                  Leave out
                </button>
              </li>
            ) : (
              <li key={index} className={styles.removedBlock}>
                <details>
                  <summary>
                    {block.reason ? `Removed (${block.reason})` : "Left out"}: <span className={styles.removedExcerpt}>{short(block.text)}</span>
                  </summary>
                  <p>{block.text}</p>
                </details>
                <button type="button" className={`button small ${styles.blockAction}`} onClick={() => toggle(index)} aria-label={`Put back: ${short(block.text)}`}>
                  Put back
                </button>
              </li>
            ),
          )}
        </ol>

        <ErrorMessage message={error} />
        <div className={dialogStyles.footer}>
          <button type="button" className="button primary" onClick={() => void confirm()} disabled={pending}>
            {pending ? "Importing…" : "Import article"}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()} disabled={pending}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}
