"use client";

import Link from "@/components/app-link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { api, ApiError } from "@/components/api-client";
import { ErrorMessage } from "@/components/error-message";
import { MAX_BATCH_URLS, parseUrlList } from "@/lib/extract/url-list";
import { previewBlocks } from "@/lib/extract/preview-blocks";
import type { ImportPreviewDto } from "@/lib/model";
import { ImportPreviewDialog } from "./import-preview-dialog";
import { BATCH_STATE_LABELS, confirmedImport, type BatchItem } from "./web-import";
import { countOf } from "./format";
import styles from "./web-import.module.css";

// A saved page may be a few megabytes; the server reads at most 5 MB of it.
const MAX_HTML_FILE_BYTES = 5 * 1024 * 1024;

const message = (caught: unknown, fallback: string) => (caught instanceof ApiError ? caught.message : fallback);

/**
 * Import from the web: one address (previewed before anything is stored), several (one a line, imported one
 * after the other with a progress list), or a saved HTML page (uploaded or pasted, previewed). The server
 * fetches and extracts; this panel only ever shows text.
 */
export function WebImportPanel() {
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<"url" | "html">("url");
  const [urls, setUrls] = useState("");
  const [html, setHtml] = useState("");
  const [htmlUrl, setHtmlUrl] = useState("");
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [batch, setBatch] = useState<BatchItem[] | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function previewOf(input: { url: string } | { html: string; url?: string | null }) {
    setPending(true);
    setError(null);
    try {
      setPreview(await api.previewImport(input));
    } catch (caught) {
      setError(message(caught, "The page could not be read. Try again."));
    } finally {
      setPending(false);
    }
  }

  async function runBatch(list: string[]) {
    let items: BatchItem[] = list.map((url) => ({ url, state: "waiting" }));
    const set = (index: number, item: BatchItem) => {
      items = items.map((it, i) => (i === index ? item : it));
      setBatch(items);
    };
    setBatch(items);
    setPending(true);
    // One after the other: the server's rate limit counts each preview, and the list reads in order.
    for (const [index, url] of list.entries()) {
      set(index, { url, state: "fetching" });
      try {
        const p = await api.previewImport({ url });
        set(index, { url, state: "extracted", title: p.title });
        const article = await api.createArticle(confirmedImport(p, previewBlocks(p.text, p.removed), p.title ?? ""));
        set(index, { url, state: "imported", title: article.title, articleId: article.id });
      } catch (caught) {
        set(index, { url, state: "failed", reason: message(caught, "The page could not be imported.") });
      }
    }
    setPending(false);
    router.refresh();
  }

  function onSubmitUrls(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const { urls: list, error: tooMany } = parseUrlList(urls);
    setBatch(null);
    if (tooMany) return setError(tooMany);
    if (list.length === 0) return setError("There is no address yet: paste a web address, or several, one a line.");
    if (list.length === 1 && list[0]) void previewOf({ url: list[0] });
    else void runBatch(list);
  }

  function onSubmitHtml(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (html.trim() === "") return setError("There is no HTML yet: upload a saved page (.html) or paste its HTML.");
    void previewOf({ html, url: htmlUrl.trim() || null });
  }

  async function loadFile(file: File | undefined) {
    setError(null);
    setFileNote(null);
    if (!file) return;
    if (!/\.(html?|xhtml)$/i.test(file.name)) return setError(`“${file.name}” is not a saved web page (.html or .htm).`);
    if (file.size > MAX_HTML_FILE_BYTES) return setError(`“${file.name}” is larger than 5 MB; Claimlens reads saved pages up to 5 MB.`);
    setHtml(await file.text());
    setFileNote(`Read “${file.name}”. Preview it to see the article Claimlens finds in it.`);
  }

  const lines = parseUrlList(urls).urls.length;

  return (
    <section aria-labelledby={`${id}-heading`} className={`card ${styles.panel}`} id="import-web">
      <h2 id={`${id}-heading`} className={styles.heading}>
        Import from the web
      </h2>
      <div className={styles.modes} role="group" aria-label="Import from">
        <button type="button" className={`button small ${mode === "url" ? "primary" : "ghost"}`} aria-pressed={mode === "url"} onClick={() => setMode("url")}>
          Import from URL
        </button>
        <button type="button" className={`button small ${mode === "html" ? "primary" : "ghost"}`} aria-pressed={mode === "html"} onClick={() => setMode("html")}>
          Import HTML
        </button>
      </div>

      {mode === "url" ? (
        <form onSubmit={onSubmitUrls} aria-busy={pending} className={styles.form}>
          <div className="field">
            <label htmlFor={`${id}-urls`}>Web addresses</label>
            <textarea
              id={`${id}-urls`}
              rows={3}
              value={urls}
              spellCheck={false}
              placeholder="https://news.example/article"
              aria-describedby={`${id}-urls-hint`}
              onChange={(event) => setUrls(event.target.value)}
            />
            <span id={`${id}-urls-hint`} className="hint">
              One address to preview it first; several, one a line (up to {MAX_BATCH_URLS}), to import them all.
            </span>
          </div>
          <ErrorMessage message={error} />
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? "Working…" : lines > 1 ? `Import ${countOf(lines, "page")}` : "Preview"}
          </button>
        </form>
      ) : (
        <form onSubmit={onSubmitHtml} aria-busy={pending} className={styles.form}>
          <div className="field">
            <label htmlFor={`${id}-file`}>Upload a saved page</label>
            <input id={`${id}-file`} type="file" accept=".html,.htm,.xhtml,text/html" onChange={(event) => void loadFile(event.currentTarget.files?.[0])} />
            {fileNote ? <span className="hint">{fileNote}</span> : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-html`}>Or paste the page&rsquo;s HTML</label>
            <textarea id={`${id}-html`} rows={4} value={html} spellCheck={false} onChange={(event) => setHtml(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-source`}>Where the page came from</label>
            <input id={`${id}-source`} type="url" value={htmlUrl} placeholder="https://" onChange={(event) => setHtmlUrl(event.target.value)} />
          </div>
          <ErrorMessage message={error} />
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? "Working…" : "Preview"}
          </button>
        </form>
      )}

      {batch ? (
        <ol className={styles.batch} aria-label="Import progress">
          {batch.map((item) => (
            <li key={item.url} className={styles[`batch_${item.state}`]}>
              <span className={styles.batchState}>{BATCH_STATE_LABELS[item.state]}</span>
              <span className={styles.batchUrl}>{item.url}</span>
              {item.state === "imported" ? (
                <Link href={`/articles/${item.articleId}`} className={styles.batchDetail}>
                  {item.title}
                </Link>
              ) : item.state === "failed" ? (
                <span className={styles.batchDetail}>{item.reason}</span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}

      {preview ? (
        <ImportPreviewDialog preview={preview} onClose={() => setPreview(null)} onImported={(article) => router.push(`/articles/${article.id}`)} />
      ) : null}
    </section>
  );
}
