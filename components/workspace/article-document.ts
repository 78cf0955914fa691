import type { Extensions, JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { normaliseText } from "@/lib/text/normalise";
import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { paragraphRanges } from "@/lib/editor/offset-map";
import { HardBreak } from "./hard-break";

/** The schema of the article document: paragraphs of text and hard breaks, nothing else. */
export const articleSchemaExtensions: Extensions = [Document, Paragraph, Text, HardBreak];

/**
 * The document for an article's canonical text, built as JSON nodes (never parsed from HTML): one paragraph
 * per "\n\n"-separated block, a hard break for each "\n" inside one. `lib/editor/offset-map.ts` relies on
 * exactly this shape.
 */
export function articleDocument(text: string): JSONContent {
  const content: JSONContent[] = paragraphRanges(text).map(({ start, end }) => {
    const inline: JSONContent[] = [];
    text
      .slice(start, end)
      .split("\n")
      .forEach((line, index) => {
        if (index > 0) inline.push({ type: "hardBreak" });
        if (line !== "") inline.push({ type: "text", text: line });
      });
    return inline.length > 0 ? { type: "paragraph", content: inline } : { type: "paragraph" };
  });
  return { type: "doc", content };
}

/**
 * The text of an edited document in canonical form: paragraphs joined by a blank line, hard breaks as "\n",
 * then the same normalisation as an import, so that editing can never make a text an import would not.
 */
export function documentText(doc: ProseMirrorNode): string {
  return normaliseText(doc.textBetween(0, doc.content.size, "\n\n", "\n"));
}
