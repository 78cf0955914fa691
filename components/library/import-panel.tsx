"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import { api, ApiError } from "@/components/api-client";
import { MAX_ARTICLE_BYTES } from "@/lib/model";
import { formatSize, IMPORT_FILE_ACCEPT, readImportFile, utf8Size, type ArticleFormat } from "./import-file";
import { ErrorMessage } from "@/components/error-message";
import styles from "./library.module.css";
import { removePageLitter, type LitterLine } from "@/lib/extract/page-litter";
import { LitterReview } from "./litter-review";
import { useHydrated } from "@/components/use-hydrated";

/**
 * The "Import article" form: text pasted or read from a .txt/.md file in the browser, optional title,
 * source and date. On success the article's workspace opens; on failure every value stays as typed.
 */
export function ImportPanel() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [sourceUrl, setSourceUrl] = useState("");
  const [publishedAt, setPublishedAt] = useState("");
  const [text, setText] = useState("");
  const [format, setFormat] = useState<ArticleFormat>("text");
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [dragging, setDragging] = useState(false);
  const hydrated = useHydrated();
  // The lines "Remove page litter" would take out, shown for the analyst to apply or dismiss.
  const [litter, setLitter] = useState<{ text: string; removed: LitterLine[] } | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The title last taken from a file name: a second file may replace it, but never a title the analyst typed.
  const titleFromFile = useRef<string | null>(null);
  const ids = { heading: useId(), file: useId(), text: useId(), textHint: useId(), note: useId() };

  async function loadFile(file: File | undefined) {
    if (!file) return;
    setFileError(null);
    setError(null);
    const result = await readImportFile(file);
    if (!result.ok) {
      setFileError(result.message);
      // The refused file's name must not linger next to the button as if it had been read.
      if (fileInput.current) fileInput.current.value = "";
      return;
    }
    setText(result.text);
    setLitter(null);
    setFormat(result.format);
    if ((title.trim() === "" || title === titleFromFile.current) && result.title) {
      setTitle(result.title);
      titleFromFile.current = result.title;
    }
    setFileNote(
      result.notice ??
        `Read “${file.name}” (${formatSize(file.size)})${result.format === "markdown" ? " as Markdown: formatting marks will be removed" : ""}.`,
    );
  }

  function onDrop(event: DragEvent<HTMLTextAreaElement>) {
    setDragging(false);
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    void loadFile(event.dataTransfer.files[0]);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setError(null);
    if (text.trim() === "") {
      setError("There is no article text yet: paste the article, or upload a .txt or .md file.");
      textArea.current?.focus();
      return;
    }
    const bytes = utf8Size(text);
    if (bytes > MAX_ARTICLE_BYTES) {
      setError(`The article text is ${formatSize(bytes)}; Claimlens imports up to ${formatSize(MAX_ARTICLE_BYTES)}.`);
      textArea.current?.focus();
      return;
    }
    setPending(true);
    try {
      const article = await api.createArticle({
        title: title.trim() || null,
        text,
        sourceUrl: sourceUrl.trim() || null,
        publishedAt: publishedAt || null,
        format,
      });
      router.push(`/articles/${article.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The article could not be imported. Try again.");
      setPending(false);
    }
  }

  const characters = text.length;

  return (
    <section aria-labelledby={ids.heading} className={`card ${styles.panel}`} id="import-article" tabIndex={-1}>
      <h2 id={ids.heading} className={styles.panelHeading}>
        Import article
      </h2>
      <p className={`muted ${styles.panelIntro}`}>Paste the article&rsquo;s text or upload it as a file.</p>

      <form onSubmit={onSubmit} aria-busy={pending} className={styles.form}>
        <div className={`field ${styles.fileField}`}>
          <label htmlFor={ids.file}>Upload a .txt or .md file</label>
          <input
            id={ids.file}
            ref={fileInput}
            type="file"
            accept={IMPORT_FILE_ACCEPT}
            className={styles.fileInput}
            disabled={!hydrated}
            onChange={(event) => void loadFile(event.currentTarget.files?.[0])}
            aria-describedby={fileError ? `${ids.file}-error` : undefined}
          />
          <span className="hint">Plain text or Markdown, up to 2 MB. The file is read here, in your browser.</span>
          {fileError ? (
            <p id={`${ids.file}-error`} role="alert" className="error-message">
              {fileError}
            </p>
          ) : fileNote ? (
            <p className={styles.fileNote}>{fileNote}</p>
          ) : null}
        </div>

        <div className="field">
          <label htmlFor={ids.text}>Article text</label>
          <textarea
            id={ids.text}
            ref={textArea}
            value={text}
            rows={10}
            spellCheck={false}
            placeholder="Paste the article here, or drop a .txt or .md file."
            aria-describedby={ids.textHint}
            className={`${styles.textArea} ${dragging ? styles.dragging : ""}`}
            onChange={(event) => {
              setText(event.target.value);
              setLitter(null);
            }}
            onDragOver={(event) => {
              if (event.dataTransfer.types.includes("Files")) {
                event.preventDefault();
                setDragging(true);
              }
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          />
          <div className={styles.textMeta}>
            <span id={ids.textHint} className="hint">{characters === 0 ? "No text yet" : `${characters.toLocaleString("en-US")} characters`}</span>
            <label className={styles.check}>
              <input
                type="checkbox"
                checked={format === "markdown"}
                onChange={(event) => setFormat(event.target.checked ? "markdown" : "text")}
              />
              Markdown source
            </label>
          </div>
          {text.trim() !== "" && !litter ? (
            <button type="button" className={`button small ghost ${styles.litterButton}`} onClick={() => setLitter(removePageLitter(text, title.trim() || null))}>
              Remove page litter…
            </button>
          ) : null}
          {litter ? (
            <LitterReview
              removed={litter.removed}
              onApply={() => {
                setText(litter.text);
                setLitter(null);
              }}
              onDismiss={() => setLitter(null)}
            />
          ) : null}
        </div>

        <div className="field">
          <label htmlFor={`${ids.text}-title`}>Title</label>
          <input
            id={`${ids.text}-title`}
            type="text"
            value={title}
            maxLength={300}
            onChange={(event) => setTitle(event.target.value)}
            aria-describedby={`${ids.text}-title-hint`}
          />
          <span id={`${ids.text}-title-hint`} className="hint">
            Optional. Left empty, the article&rsquo;s first line is used.
          </span>
        </div>

        <div className={styles.fieldRow}>
          <div className="field">
            <label htmlFor={`${ids.text}-source`}>Source URL</label>
            <input
              id={`${ids.text}-source`}
              type="url"
              value={sourceUrl}
              placeholder="https://"
              inputMode="url"
              onChange={(event) => setSourceUrl(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${ids.text}-date`}>Publication date</label>
            <input id={`${ids.text}-date`} type="date" value={publishedAt} onChange={(event) => setPublishedAt(event.target.value)} />
          </div>
        </div>

        <p id={ids.note} className={styles.normaliseNote}>
          On import the text is normalised once: line endings are unified, runs of blank lines become one, and
          trailing spaces are removed. That text then stays fixed as the reference for every highlight.
        </p>

        <ErrorMessage message={error} />

        <div className={styles.formActions}>
          <button type="submit" className="button primary" disabled={pending} aria-describedby={ids.note}>
            {pending ? "Importing…" : "Import"}
          </button>
        </div>
      </form>
    </section>
  );
}
