import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { DecorationSet, type Decoration } from "@tiptap/pm/view";

// Two internals of prosemirror-view (decoration-tree.test.ts checks them against `DecorationSet.create`): a set's
// constructor from its own decorations and its children's sets, and a decoration's copy at other positions.
type Tree = new (local: readonly Decoration[], children: readonly (number | DecorationSet)[]) => DecorationSet;
type Movable = Decoration & { copy(from: number, to: number): Decoration; readonly inline: boolean };
const Tree = DecorationSet as unknown as Tree;

const byPosition = (a: Decoration, b: Decoration) => a.from - b.from || a.to - b.to;

/**
 * The same set as `DecorationSet.create(doc, decorations)`, built in time linear in the decorations and the
 * document's top-level nodes. `create` hands each top-level node its decorations by scanning all the decorations
 * not yet handed out, once per node: with 5,000 paragraphs and 10,000 decorations that was 25–50 ms of opening the
 * large article. Here the decorations are sorted once and handed out in one pass; each node's set is then built
 * by `DecorationSet.create` on that node alone, or, for a node of blocks (the reading view's sections), by this
 * same function. Does not consume `decorations`.
 */
export function decorationTree(doc: ProseMirrorNode, decorations: readonly Decoration[]): DecorationSet {
  if (decorations.length === 0) return DecorationSet.empty;
  const sorted = [...decorations].sort(byPosition);
  const local: Decoration[] = [];
  const children: (number | DecorationSet)[] = [];
  let next = 0;
  doc.forEach((node, start) => {
    const end = start + node.nodeSize;
    // As `create` does: a decoration belongs to a node when it lies strictly inside it (a leaf has none).
    while (next < sorted.length && (sorted[next] as Decoration).from <= start) local.push(sorted[next++] as Decoration);
    const inside: Decoration[] = [];
    while (next < sorted.length && (sorted[next] as Decoration).from < end) {
      const decoration = sorted[next++] as Movable;
      if (decoration.to < end && !node.isLeaf) inside.push(decoration.copy(decoration.from - start - 1, decoration.to - start - 1));
      else local.push(decoration);
    }
    if (inside.length === 0) return;
    // A node of blocks (a section of paragraphs) is handed its decorations the same way; a paragraph by `create`.
    const set = node.isTextblock ? DecorationSet.create(node, inside) : decorationTree(node, inside);
    if (set !== DecorationSet.empty) children.push(start, end, set);
  });
  while (next < sorted.length) local.push(sorted[next++] as Decoration);
  // The document's own decorations, as `create` keeps them: an empty inline decoration is dropped.
  const kept = local.filter((decoration) => !(decoration as Movable).inline || decoration.from < decoration.to);
  return kept.length > 0 || children.length > 0 ? new Tree(kept, children) : DecorationSet.empty;
}
