import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { domToText } from "./dom-to-text";
import { readMetadata, type PageMetadata } from "./metadata";
import { spliceFormatting, type FormattingRange } from "./formatting";
import { findRemoved, leafBlocks, type RemovedPart } from "./removed-parts";

/** An article extracted from a page: its metadata, its canonical text with formatting, and what was left out. */
export interface ExtractedArticle extends PageMetadata {
  text: string;
  formatting: FormattingRange[];
  /** Parts of the page that are not in `text`, in page order, each with where it stood (see RemovedPart). */
  removed: RemovedPart[];
}

/** Pages larger than this (characters) are refused before parsing; the fetcher's byte limit is the same. */
export const MAX_HTML_CHARS = 5 * 1024 * 1024;

/**
 * Extracts the article from an HTML page with Mozilla's Readability on a linkedom DOM (a light DOM without a
 * browser: nothing is fetched, no script runs). Never throws on any input: a page Readability cannot read falls
 * back to the text of its body. `url` is the page's address, used to resolve links and the canonical URL.
 */
export function extractArticle(html: string, url?: string | null): ExtractedArticle {
  const document = parseDocument(html.slice(0, MAX_HTML_CHARS));
  const metadata = safely(() => readMetadata(document, url), emptyMetadata);
  // Readability rewrites the document it reads, so the page's own blocks are listed first.
  const blocks = safely(() => leafBlocks(document, url), []);
  const readable = safely(() => new Readability(document, { keepClasses: false }).parse(), null);

  let body = safely(() => (readable?.content ? domToText(parseDocument(readable.content).body, url) : null), null);
  if (!body || body.text === "") body = safely(() => domToText(document.body ?? document.documentElement, url), null);
  const title = metadata.title ?? clean(readable?.title);
  const { text, formatting } = withoutLeadingTitle(body?.text ?? "", body?.formatting ?? [], title);
  return {
    ...metadata,
    title,
    byline: metadata.byline ?? clean(readable?.byline),
    siteName: metadata.siteName ?? clean(readable?.siteName),
    text,
    formatting,
    removed: safely(() => findRemoved(blocks, text, title), []),
  };
}

/** The headline is the article's title, not its first paragraph: a first paragraph that repeats it goes. */
function withoutLeadingTitle(text: string, formatting: FormattingRange[], title: string | null): { text: string; formatting: FormattingRange[] } {
  const first = text.split("\n\n", 1)[0] ?? "";
  if (!title || first.length === text.length || first.replace(/\s+/g, " ").toLowerCase() !== title.toLowerCase()) return { text, formatting };
  const cut = first.length + 2;
  return { text: text.slice(cut), formatting: spliceFormatting(formatting, 0, cut, 0) };
}

const emptyMetadata: PageMetadata = { title: null, byline: null, siteName: null, publishedAt: null, modifiedAt: null, language: null, canonicalUrl: null };

function clean(v: string | null | undefined): string | null {
  const t = v?.replace(/\s+/g, " ").trim().slice(0, 300);
  return t ? t : null;
}

function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** A whole document from any HTML, also a fragment or plain text (linkedom needs an html element to build a body). */
export function parseDocument(html: string): Document {
  const full = /<html[\s>]/i.test(html) && /<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html.replace(/<\/?(html|head|body)\b[^>]*>/gi, "")}</body></html>`;
  return parseHTML(full).document;
}
