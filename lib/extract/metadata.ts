import { safeHref } from "./formatting";

/** What analysts file an article by, as a page states it. Every field is null when the page does not say. */
export interface PageMetadata {
  title: string | null;
  /** The authors' names as the page gives them; shown as such, never turned into speakers. */
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 instants. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** A BCP 47 tag such as `en` or `en-US`. */
  language: string | null;
  /** An absolute http(s) address. */
  canonicalUrl: string | null;
}

type Source = Partial<Record<keyof PageMetadata, string | null | undefined>>;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage)$/;

/**
 * Reads the page's metadata from, in order of trust: JSON-LD (`NewsArticle` and its kin), OpenGraph (`og:`,
 * `article:`), then plain `meta` tags, `<title>`, `<link rel=canonical>` and `<html lang>`. For each field the
 * first source that has a usable value wins; dates that do not parse and addresses that are not http(s) are
 * ignored.
 */
export function readMetadata(document: Document, baseUrl?: string | null): PageMetadata {
  const sources = [fromJsonLd(document), fromOpenGraph(document), fromMetaTags(document)];
  const pick = (field: keyof PageMetadata, clean: (v: string) => string | null) => {
    for (const source of sources) {
      const value = source[field];
      const cleaned = value ? clean(value) : null;
      if (cleaned) return cleaned;
    }
    return null;
  };
  const text = (v: string) => cleanText(v) || null;
  return {
    title: pick("title", text),
    byline: pick("byline", text),
    siteName: pick("siteName", text),
    publishedAt: pick("publishedAt", isoDate),
    modifiedAt: pick("modifiedAt", isoDate),
    language: pick("language", languageTag),
    canonicalUrl: pick("canonicalUrl", (v) => safeHref(v, baseUrl)),
  };
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const el of Array.from(document.querySelectorAll("meta"))) {
      const name = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").toLowerCase();
      const content = el.getAttribute("content");
      if (name === key && content && content.trim()) return content;
    }
  }
  return null;
}

function fromOpenGraph(document: Document): Source {
  // article:author is often the address of the author's page rather than a name.
  const author = meta(document, "article:author");
  return {
    title: meta(document, "og:title"),
    byline: author && !/^https?:/.test(author) ? author : null,
    siteName: meta(document, "og:site_name"),
    publishedAt: meta(document, "article:published_time", "og:published_time"),
    modifiedAt: meta(document, "article:modified_time", "og:updated_time"),
    language: meta(document, "og:locale"),
    canonicalUrl: meta(document, "og:url"),
  };
}

function fromMetaTags(document: Document): Source {
  const canonical = Array.from(document.querySelectorAll("link")).find((l) => (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"));
  return {
    title: meta(document, "twitter:title", "title", "dc.title") ?? document.querySelector("title")?.textContent ?? null,
    byline: meta(document, "author", "byl", "dc.creator", "parsely-author", "sailthru.author"),
    siteName: meta(document, "application-name", "publisher", "dc.publisher"),
    publishedAt: meta(document, "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date"),
    modifiedAt: meta(document, "last-modified", "dcterms.modified", "dc.date.modified"),
    language: document.documentElement?.getAttribute("lang") ?? meta(document, "content-language", "language", "dc.language"),
    canonicalUrl: canonical?.getAttribute("href") ?? null,
  };
}

function fromJsonLd(document: Document): Source {
  for (const script of Array.from(document.querySelectorAll("script"))) {
    if ((script.getAttribute("type") ?? "").toLowerCase().trim() !== "application/ld+json") continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const article = findArticle(data, 0);
    if (article) {
      return {
        title: str(article.headline) ?? str(article.name),
        byline: names(article.author),
        siteName: names(article.publisher),
        publishedAt: str(article.datePublished),
        modifiedAt: str(article.dateModified),
        language: str(article.inLanguage),
        canonicalUrl: str(article.url) ?? idOf(article.mainEntityOfPage),
      };
    }
  }
  return {};
}

type Json = Record<string, unknown>;

function findArticle(data: unknown, depth: number): Json | null {
  if (depth > 4 || data === null || typeof data !== "object") return null;
  if (Array.isArray(data)) {
    // Prefer a news article over a generic web page when a graph has both.
    const found = data.map((d) => findArticle(d, depth + 1)).filter((d): d is Json => d !== null);
    return found.find((d) => !typesOf(d).includes("WebPage")) ?? found[0] ?? null;
  }
  const obj = data as Json;
  if (typesOf(obj).some((t) => ARTICLE_TYPES.test(t))) return obj;
  return findArticle(obj["@graph"], depth + 1);
}

const typesOf = (obj: Json) => (Array.isArray(obj["@type"]) ? obj["@type"] : [obj["@type"]]).filter((t): t is string => typeof t === "string");
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);
const idOf = (v: unknown) => (typeof v === "string" ? v : v && typeof v === "object" ? str((v as Json)["@id"]) ?? str((v as Json).url) : null);

/** "A", {name: "A"} or a list of them, as "A, B". */
function names(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v]).flatMap((item) => {
    if (typeof item === "string") return /^https?:/.test(item) ? [] : [item];
    if (item && typeof item === "object") {
      const name = str((item as Json).name);
      return name ? [name] : [];
    }
    return [];
  });
  const joined = [...new Set(list.map(cleanText).filter(Boolean))].join(", ");
  return joined || null;
}

const cleanText = (v: string) => v.replace(/\s+/g, " ").trim().slice(0, 300);

function isoDate(v: string): string | null {
  const trimmed = v.trim();
  // Only dates that carry a year, month and day; a bare "5" or "today" is not a publication date.
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed) && !/\d{4}/.test(trimmed)) return null;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1800 && year <= 2200 ? new Date(ms).toISOString() : null;
}

function languageTag(v: string): string | null {
  const tag = v.trim().replace(/_/g, "-");
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : null;
}
