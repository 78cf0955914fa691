import { Node as TiptapNode, type Extensions, type JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { normaliseText } from "@/lib/text/normalise";
import Bold from "@tiptap/extension-bold";
import Code from "@tiptap/extension-code";
import Document from "@tiptap/extension-document";
import Heading from "@tiptap/extension-heading";
import Italic from "@tiptap/extension-italic";
import Link from "@tiptap/extension-link";
import Paragraph from "@tiptap/extension-paragraph";
import Strike from "@tiptap/extension-strike";
import Text from "@tiptap/extension-text";
import { paragraphRanges } from "@/lib/editor/offset-map";
import { isSafeHref, type FormattingRange } from "@/lib/extract/formatting";
import { HardBreak } from "./hard-break";
import { markedSegments, paragraphRoles, type BlockRole } from "./formatted-paragraphs";

/** A paragraph that may say which list, quote or code block it belongs to (see formatted-paragraphs.ts). */
const ArticleParagraph = Paragraph.extend({
  addAttributes() {
    return {
      block: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-block"),
        renderHTML: (attributes: { block?: string | null }) => (attributes.block ? { "data-block": attributes.block } : {}),
      },
      number: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-number"),
        renderHTML: (attributes: { number?: number | null }) => (attributes.number ? { "data-number": String(attributes.number) } : {}),
      },
    };
  },
});

/** Characters a line of the text holds, roughly (70ch wide, proportional type): for a section's first estimate. */
const CHARACTERS_PER_LINE = 75;

/**
 * A group of paragraphs in the reading view's document (lib/editor/offset-map.ts says why and where the positions
 * go). It has no look of its own and no meaning for a reader; the browser lays out and paints only the sections
 * near the screen, and until one has been seen it stands in at a height estimated from its lines and paragraphs
 * (then at the height it last had). Never parsed from HTML, so text copied from the reading view pastes into the
 * editing view as paragraphs alone.
 */
const Section = TiptapNode.create({
  name: "section",
  group: "block",
  content: "(paragraph | heading)+",
  addAttributes() {
    return {
      lines: { default: 1, rendered: false },
      paragraphs: { default: 1, rendered: false },
    };
  },
  parseHTML: () => [],
  renderHTML: ({ node }) => ["div", { "data-section": "", style: `--lines: ${Number(node.attrs.lines)}; --paragraphs: ${Number(node.attrs.paragraphs)}` }, 0],
});

/**
 * The schema of the article document: paragraphs (and headings) of text with hard breaks, and the marks of
 * @tiptap/starter-kit for emphasis and links (its extensions one by one, in its order: the kit would bring lists,
 * code blocks, history and cursors too, 60 kB of script the workspace loads and never uses). Links keep only
 * http(s) targets and open in a new tab with rel="noopener noreferrer". Nothing adds nodes the text has not (no
 * trailing paragraph), and formatting typed while editing is not saved: the stored formatting follows the text
 * through the server's diff.
 */
export const articleSchemaExtensions: Extensions = [
  Document,
  ArticleParagraph,
  Text,
  HardBreak,
  Bold,
  Code,
  Heading,
  Italic,
  Link.configure({
    openOnClick: false,
    autolink: false,
    linkOnPaste: false,
    enableClickSelection: false,
    isAllowedUri: (url) => isSafeHref(url),
    HTMLAttributes: { rel: "noopener noreferrer", target: "_blank", class: null },
  }),
  Strike,
  Section,
];

/**
 * The document for an article's canonical text, built as JSON nodes (never parsed from HTML): one paragraph
 * (or heading) per "\n\n"-separated block, a hard break for each "\n" inside one, and the article's formatting
 * as node types, attributes and marks that take no positions of their own. `lib/editor/offset-map.ts` relies on
 * exactly this shape. With `sectionSize`, the paragraphs are grouped in sections of that many (the reading view).
 */
export function articleDocument(text: string, formatting: readonly FormattingRange[] = [], sectionSize: number | null = null): JSONContent {
  const paragraphs = paragraphRanges(text);
  const roles = paragraphRoles(paragraphs, formatting);
  const content: JSONContent[] = paragraphs.map(({ start, end }, index) => {
    const inline: JSONContent[] = [];
    let lineStart = start;
    text
      .slice(start, end)
      .split("\n")
      .forEach((line, lineIndex) => {
        if (lineIndex > 0) inline.push({ type: "hardBreak" });
        for (const segment of markedSegments(text, lineStart, lineStart + line.length, formatting)) {
          // One mark of a type per piece (two overlapping bold ranges are one bold); code takes no other mark.
          const all = [...new Map(segment.marks.flatMap(markJson).map((m) => [m.type, m])).values()];
          const marks = all.some((m) => m.type === "code") ? all.filter((m) => m.type === "code") : all;
          inline.push({ type: "text", text: text.slice(segment.start, segment.end), ...(marks.length > 0 ? { marks } : {}) });
        }
        lineStart += line.length + 1;
      });
    const role = roles[index];
    const body = inline.length > 0 ? { content: inline } : {};
    if (role?.kind === "heading") return { type: "heading", attrs: { level: role.level }, ...body };
    return { type: "paragraph", ...(role?.block ? { attrs: blockAttrs(role.block) } : {}), ...body };
  });
  if (sectionSize === null) return { type: "doc", content };
  const sections: JSONContent[] = [];
  for (let first = 0; first < content.length; first += sectionSize) {
    const lines = paragraphs.slice(first, first + sectionSize).reduce((sum, p) => sum + Math.max(1, Math.ceil((p.end - p.start) / CHARACTERS_PER_LINE)), 0);
    const inside = content.slice(first, first + sectionSize);
    sections.push({ type: "section", attrs: { lines, paragraphs: inside.length }, content: inside });
  }
  return { type: "doc", content: sections };
}

const blockAttrs = (block: BlockRole) => ({ block: block.type, number: block.number ?? null });

type MarkJson = { type: string; attrs?: Record<string, string> };

function markJson(range: FormattingRange): MarkJson[] {
  if (range.type === "link") return range.href && isSafeHref(range.href) ? [{ type: "link", attrs: { href: range.href } }] : [];
  return range.type === "bold" || range.type === "italic" || range.type === "strike" || range.type === "code" ? [{ type: range.type }] : [];
}

/**
 * The text of an edited document in canonical form: paragraphs joined by a blank line, hard breaks as "\n",
 * then the same normalisation as an import, so that editing can never make a text an import would not.
 */
export function documentText(doc: ProseMirrorNode): string {
  return normaliseText(doc.textBetween(0, doc.content.size, "\n\n", "\n"));
}
