import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Schema, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { decorationTree } from "./decoration-tree";

const schema = new Schema({
  nodes: {
    doc: { content: "block+" },
    paragraph: { group: "block", content: "inline*" },
    rule: { group: "block" },
    section: { group: "block", content: "paragraph+" },
    text: { group: "inline" },
    hard_break: { group: "inline", inline: true },
  },
});

const paragraphs = fc.array(fc.oneof(fc.stringMatching(/^[a-z ]{1,12}$/), fc.constant("\n")), { maxLength: 4 });
const paragraph = (pieces: string[]) => schema.node("paragraph", null, pieces.map((piece) => (piece === "\n" ? schema.node("hard_break") : schema.text(piece))));

/** A document of paragraphs (words and line breaks, some empty), rules (leaves) and sections of paragraphs. */
const documents = fc
  .array(fc.oneof(paragraphs, fc.constant(null), fc.array(paragraphs, { minLength: 1, maxLength: 4 }).map((inside) => ({ inside }))), { minLength: 1, maxLength: 8 })
  .map((blocks) =>
    schema.node(
      "doc",
      null,
      blocks.map((block) =>
        block === null ? schema.node("rule") : Array.isArray(block) ? paragraph(block) : schema.node("section", null, block.inside.map(paragraph)),
      ),
    ),
  );

/** Inline highlights and widgets anywhere in `doc`: inside a paragraph, across several, at their edges, empty. */
const decorationsIn = (doc: ProseMirrorNode) =>
  fc.array(
    fc.record({ a: fc.nat(doc.content.size), b: fc.nat(doc.content.size), widget: fc.boolean() }).map(({ a, b, widget }) => ({ from: Math.min(a, b), to: Math.max(a, b), widget })),
    { maxLength: 30 },
  ).map((specs) =>
    specs.map(({ from, to, widget }, i) =>
      widget ? Decoration.widget(to, () => document.createElement("span"), { id: i, side: -1 }) : Decoration.inline(from, to, { class: "claim" }, { id: i }),
    ),
  );

const shown = (set: DecorationSet) => set.find().map((d) => [d.from, d.to, (d.spec as { id: number }).id]);
/** What a node's view is given to draw inside it (a set, or a group of sets). */
const drawnInside = (set: DecorationSet, offset: number, child: ProseMirrorNode) => {
  const found: number[][] = [];
  set.forChild(offset, child).forEachSet((s) => found.push(...shown(s)));
  return found.sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number));
};

describe("decorationTree", () => {
  it("builds the same set as DecorationSet.create", () => {
    fc.assert(
      fc.property(documents.chain((doc) => fc.tuple(fc.constant(doc), decorationsIn(doc))), ([doc, decorations]) => {
        const expected = DecorationSet.create(doc, [...decorations]);
        const built = decorationTree(doc, decorations);
        expect(shown(built)).toEqual(shown(expected));
        expect((built as unknown as { eq(other: DecorationSet): boolean }).eq(expected)).toBe(true);
        doc.forEach((child, offset) => expect(drawnInside(built, offset, child)).toEqual(drawnInside(expected, offset, child)));
      }),
      { numRuns: 300 },
    );
  });

  it("leaves the decorations it is given as they were", () => {
    const doc = schema.node("doc", null, [schema.node("paragraph", null, [schema.text("two words")])]);
    const decorations = [Decoration.inline(5, 7, { class: "b" }), Decoration.inline(1, 4, { class: "a" })];
    decorationTree(doc, decorations);
    expect(decorations.map((d) => [d.from, d.to])).toEqual([[5, 7], [1, 4]]);
  });

  it("answers the empty set for no decorations", () => {
    const doc = schema.node("doc", null, [schema.node("paragraph")]);
    expect(decorationTree(doc, [])).toBe(DecorationSet.empty);
  });
});
