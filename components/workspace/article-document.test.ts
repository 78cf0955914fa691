import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { createOffsetMap, isInsideSeparator, offsetToPos, posToOffset } from "@/lib/editor/offset-map";
import { normaliseText } from "@/lib/text/normalise";
import { articleDocument, articleSchemaExtensions, documentText } from "./article-document";
import { FORMATTING_TYPES, type FormattingRange } from "@/lib/extract/formatting";

const schema = getSchema(articleSchemaExtensions);
const build = (text: string, sectionSize: number | null = null) => PMNode.fromJSON(schema, articleDocument(text, [], sectionSize));
/** No sections (the editing view), and sections of one, two and three paragraphs (as the reading view's, smaller). */
const sectionSizes = fc.constantFrom(null, 1, 2, 3);

const articleText = fc
  .array(fc.constantFrom("Kirby", " said", ".", " ", "\n", "\n", "é", "😀"), { maxLength: 40 })
  .map((parts) => parts.join(""));

/**
 * Checks a document against the offset map: same size, same text, and the span between two offsets (drawn from
 * `a` and `b`) reads the same in both. Answers the position of the span's start, or null when an offset fell
 * inside a paragraph separator.
 */
function expectExactOffsets(doc: PMNode, text: string, a: number, b: number, sectionSize: number | null = null): number | null {
  doc.check();
  const map = createOffsetMap(text, sectionSize);
  expect(doc.content.size).toBe(map.docSize);
  expect(doc.textBetween(0, doc.content.size, "\n\n", "\n")).toBe(text);
  const start = Math.min(a, b) % (text.length + 1);
  const end = Math.max(a, b) % (text.length + 1);
  if (isInsideSeparator(map, start) || isInsideSeparator(map, end)) return null;
  const from = offsetToPos(map, start);
  expect(doc.textBetween(from, offsetToPos(map, end), "\n\n", "\n")).toBe(text.slice(start, end));
  expect(posToOffset(map, from)).toBe(start);
  return from;
}

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
      fc.property(articleText, sectionSizes, fc.nat(), fc.nat(), (text, sectionSize, a, b) => {
        const doc = build(text, sectionSize);
        const from = expectExactOffsets(doc, text, a, b, sectionSize);
        if (from !== null) expect(doc.resolve(from).parent.type.name).toBe("paragraph");
      }),
    );
  });

  it("groups the paragraphs in sections when asked, each with its lines and paragraphs for a first height", () => {
    const text = ["Kirby said.", "x".repeat(160), "Third.", "Fourth.", "Fifth."].join("\n\n");
    const doc = build(text, 2);
    expect(doc.childCount).toBe(3);
    expect(doc.child(0).type.name).toBe("section");
    expect(doc.child(0).attrs).toEqual({ lines: 1 + 3, paragraphs: 2 });
    expect(doc.child(2).childCount).toBe(1);
    expect(documentText(doc)).toBe(text);
  });
});

describe("documentText", () => {
  it("gives back any canonical text it was built from", () => {
    fc.assert(
      fc.property(articleText, sectionSizes, (raw, sectionSize) => {
        const text = normaliseText(raw);
        expect(documentText(build(text, sectionSize))).toBe(text);
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

describe("articleDocument with formatting", () => {
  const TEXT = "Background\n\nRussia could provide air defense, the council said.\n\nOne item\n\nTwo item\n\nA quote here.";
  const at = (s: string) => TEXT.indexOf(s);
  const FORMATTING: FormattingRange[] = [
    { type: "heading", start: 0, end: 10, level: 2 },
    { type: "bold", start: at("air defense"), end: at("air defense") + 11 },
    { type: "italic", start: at("defense, the"), end: at("defense, the") + 12 },
    { type: "link", start: at("the council"), end: at("the council") + 11, href: "https://example.org/nsc" },
    { type: "link", start: at("said"), end: at("said") + 4, href: "javascript:alert(1)" },
    { type: "orderedList", start: at("One item"), end: at("Two item") + 8 },
    { type: "listItem", start: at("One item"), end: at("One item") + 8 },
    { type: "listItem", start: at("Two item"), end: at("Two item") + 8 },
    { type: "blockquote", start: at("A quote"), end: TEXT.length },
  ];

  it("renders headings, list items, quotes, emphasis and safe links, and nothing moves an offset", () => {
    const doc = PMNode.fromJSON(schema, articleDocument(TEXT, FORMATTING));
    doc.check();
    expect(doc.child(0).type.name).toBe("heading");
    expect(doc.child(2).attrs).toMatchObject({ block: "ordered", number: 1 });
    expect(doc.child(3).attrs).toMatchObject({ block: "ordered", number: 2 });
    expect(doc.child(4).attrs).toMatchObject({ block: "quote" });
    const marked = (name: string) => {
      const out: string[] = [];
      doc.descendants((node) => {
        if (node.isText && node.marks.some((m) => m.type.name === name)) out.push(node.text ?? "");
      });
      return out.join("|");
    };
    expect(marked("bold")).toBe("air |defense");
    expect(marked("italic")).toBe("defense|, |the");
    expect(marked("link")).toBe("the| council");
    // The javascript: link is not a link at all.
    doc.descendants((node) => {
      for (const m of node.marks) if (m.type.name === "link") expect(m.attrs.href).toBe("https://example.org/nsc");
    });
    const map = createOffsetMap(TEXT);
    expect(doc.content.size).toBe(map.docSize);
    const start = at("air defense");
    expect(doc.textBetween(offsetToPos(map, start), offsetToPos(map, at("said") + 4), "\n\n", "\n")).toBe("air defense, the council said");
    expect(documentText(doc)).toBe(TEXT);
  });

  it("keeps text offsets and positions exact under any formatting", () => {
    const rangeArb = (length: number) =>
      fc.record({
        type: fc.constantFrom(...FORMATTING_TYPES),
        from: fc.nat({ max: Math.max(0, length - 1) }),
        size: fc.integer({ min: 1, max: 30 }),
        level: fc.integer({ min: 1, max: 6 }),
      });
    const arb = articleText.map(normaliseText).chain((text) => fc.tuple(fc.constant(text), fc.array(rangeArb(text.length), { maxLength: 8 }), fc.nat(), fc.nat()));
    fc.assert(
      fc.property(arb, sectionSizes, ([text, raw, a, b], sectionSize) => {
        const formatting: FormattingRange[] = text.length === 0 ? [] : raw.map((r) => ({
          type: r.type,
          start: r.from,
          end: Math.min(text.length, r.from + r.size),
          ...(r.type === "link" ? { href: "https://example.org/" } : {}),
          ...(r.type === "heading" ? { level: r.level } : {}),
        }));
        expectExactOffsets(PMNode.fromJSON(schema, articleDocument(text, formatting, sectionSize)), text, a, b, sectionSize);
      }),
    );
  });
});
