import { Node } from "@tiptap/core";

/**
 * A line break inside a paragraph: the single "\n" a publisher put there. It counts as one position, as the
 * newline counts as one character, and copies as "\n".
 */
export const HardBreak = Node.create({
  name: "hardBreak",
  group: "inline",
  inline: true,
  selectable: false,
  parseHTML() {
    return [{ tag: "br" }];
  },
  renderHTML() {
    return ["br"];
  },
  renderText() {
    return "\n";
  },
});
