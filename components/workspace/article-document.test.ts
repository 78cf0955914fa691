import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { createOffsetMap, isInsideSeparator, offsetToPos, posToOffset } from "@/lib/editor/offset-map";
import { normaliseText } from "@/lib/text/normalise";
import { articleDocument, articleSchemaExtensions, documentText } from "./article-document";

const schema = getSchema(articleSchemaExtensions);
const build = (text: string) => PMNode.fromJSON(schema, articleDocument(text));

const articleText = fc
  .array(fc.constantFrom("Kirby", " said", ".", " ", "\n", "\n", "é", "😀"), { maxLength: 40 })
  .map((parts) => parts.join(""));

describe("articleDocument", () => {
  it("keeps paragraphs and line breaks", () => {
    const doc = build("Posted by\nCategories: News\n\nRussia warns.");
    expect(doc.childCount).toBe(2);
    expect(doc.child(0).child(1).type.name).toBe("hardBreak");
    expect(doc.textBetween(0, doc.content.size, "\n\n", "\n")).toBe("Posted by\nCategories: News\n\nRussia warns.");
  });

  it("gives an empty text one empty paragraph", () => {
    expect(build("").childCount).toBe(1);
  });

  it("matches the offset map on real ProseMirror documents", () => {
    fc.assert(
      fc.property(articleText, fc.nat(), fc.nat(), (text, a, b) => {
        const doc = build(text);
        doc.check();
        const map = createOffsetMap(text);
        expect(doc.content.size).toBe(map.docSize);
        expect(doc.textBetween(0, doc.content.size, "\n\n", "\n")).toBe(text);
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(a, b) % (text.length + 1);
        if (isInsideSeparator(map, start) || isInsideSeparator(map, end)) return;
        const from = offsetToPos(map, start);
        const to = offsetToPos(map, Math.max(start, end));
        expect(doc.resolve(from).parent.type.name).toBe("paragraph");
        expect(doc.textBetween(from, to, "\n\n", "\n")).toBe(text.slice(start, Math.max(start, end)));
        expect(posToOffset(map, from)).toBe(start);
      }),
    );
  });
});

describe("documentText", () => {
  it("gives back any canonical text it was built from", () => {
    fc.assert(
      fc.property(articleText, (raw) => {
        const text = normaliseText(raw);
        expect(documentText(build(text))).toBe(text);
      }),
    );
  });

  it("normalises what an edit left behind: trailing spaces, empty paragraphs, decomposed accents", () => {
    const doc = PMNode.fromJSON(schema, {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Kirby said.  " }] },
        { type: "paragraph" },
        { type: "paragraph" },
        { type: "paragraph", content: [{ type: "text", text: "Cafe\u0301 owner" }, { type: "hardBreak" }, { type: "text", text: "warned." }] },
      ],
    });
    expect(documentText(doc)).toBe("Kirby said.\n\nCafé owner\nwarned.");
  });
});
