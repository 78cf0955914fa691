import { domToText } from "./dom-to-text";
import { paragraphsOf } from "../text/normalise";

/**
 * A part of the page the extraction left out of the article text (navigation, a comment form, a caption), with
 * why, and `at`: the text offset where it stood, always a paragraph boundary (0, the end of a paragraph, or the
 * text's length), so that the analyst can put it back in its place.
 */
export interface RemovedPart {
  text: string;
  reason: string;
  at: number;
}

/** A block of the page that holds no other block: one candidate paragraph, with the reason it could be litter. */
export interface PageBlock {
  text: string;
  reason: string;
}

const CONTAINERS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption", "td", "th", "dt", "dd", "div", "section", "article", "header", "footer", "aside", "nav", "address"]);
const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "select", "button", "svg", "math", "iframe"]);
const MAX_REMOVED = 400;
const MAX_PART_CHARS = 4000;

// Why a block is likely not the article, from its own or an ancestor's element or class/id. First match wins.
const REASONS: [RegExp, string][] = [
  [/^figcaption$|caption|credit/, "caption"],
  [/comment|reply|respond|disqus/, "comments"],
  [/share|social|sharing|sharedaddy/, "share buttons"],
  [/related|recommend|more-stories|read-more|readmore|trending|popular|outbrain|taboola/, "related links"],
  [/subscribe|newsletter|signup|sign-up|paywall/, "newsletter or sign-up"],
  [/(^|[-_\s])ads?([-_\s]|$)|advert|sponsor|promo/, "advertisement"],
  [/byline|author|dateline|timestamp|posted-on|entry-meta|post-meta/, "byline or date"],
  [/^nav$|navigation|menu|breadcrumb/, "navigation"],
  [/^header$|masthead/, "page header"],
  [/^footer$|copyright/, "page footer"],
  [/^aside$|sidebar|widget/, "sidebar"],
  [/^form$/, "form"],
];

/** The page's innermost blocks in page order, each with a reason drawn from where it sits. */
export function leafBlocks(document: Document, baseUrl?: string | null): PageBlock[] {
  const out: PageBlock[] = [];
  // One walk: an element is a leaf block when no element under it is a block; returns whether `el` holds one.
  const walk = (el: Element): boolean => {
    const tag = el.localName.toLowerCase();
    if (SKIPPED.has(tag)) return false;
    let holdsBlock = false;
    for (const child of Array.from(el.children)) if (walk(child)) holdsBlock = true;
    const isBlock = CONTAINERS.has(tag);
    if (isBlock && !holdsBlock) {
      const parsed = domToText(tag === "figcaption" ? wrapper(el) : el, baseUrl);
      const text = parsed.text || parsed.captions.join("\n");
      if (text) out.push({ text, reason: reasonFor(el) });
    }
    return isBlock || holdsBlock;
  };
  const root = document.body ?? document.documentElement;
  if (root) walk(root);
  return out;
}

function wrapper(el: Element): Element {
  const div = el.ownerDocument.createElement("div");
  div.appendChild(el.cloneNode(true));
  return div;
}

function reasonFor(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const words = [node.localName.toLowerCase(), (node.getAttribute("class") ?? "").toLowerCase(), (node.getAttribute("id") ?? "").toLowerCase(), (node.getAttribute("role") ?? "").toLowerCase()];
    for (const [pattern, reason] of REASONS) if (words.some((w) => pattern.test(w))) return reason;
  }
  return "not part of the article";
}

/**
 * The page blocks that are not in the extracted `text`, each placed after the last paragraph of the text that
 * came before it on the page. A block counts as kept when it is one of the text's paragraphs, or a long enough
 * part of one (Readability sometimes joins or re-wraps blocks). A block that repeats the title is the headline.
 */
export function findRemoved(blocks: readonly PageBlock[], text: string, title: string | null): RemovedPart[] {
  const paragraphs = paragraphsOf(text);
  const out: RemovedPart[] = [];
  let next = 0; // the first paragraph not yet matched
  let at = 0;
  for (const block of blocks) {
    const found = findParagraph(paragraphs, block.text, next);
    if (found >= 0) {
      const p = paragraphs[found];
      if (p) at = p.start + p.text.length;
      next = found + 1;
      continue;
    }
    // A block inside a paragraph already matched (a long paragraph's part) is kept too.
    const previous = paragraphs[next - 1];
    if (previous && block.text.length >= 25 && previous.text.includes(block.text)) continue;
    const reason = title && same(block.text, title) ? "headline" : block.reason;
    // A run of blocks removed for the same reason at the same place (a menu's items, a comment thread) is one
    // part, a line each, so that the preview lists it once.
    const last = out[out.length - 1];
    if (last && last.at === at && last.reason === reason && reason !== "headline" && reason !== "caption" && last.text.length < MAX_PART_CHARS) {
      last.text = `${last.text}\n${block.text}`;
      continue;
    }
    if (out.length >= MAX_REMOVED) break;
    out.push({ text: block.text, reason, at });
  }
  return out;
}

function findParagraph(paragraphs: readonly { start: number; text: string }[], block: string, from: number): number {
  for (let i = from; i < paragraphs.length; i++) {
    const p = paragraphs[i]?.text ?? "";
    if (p === block || (block.length >= 25 && p.includes(block))) return i;
  }
  return -1;
}

const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();
