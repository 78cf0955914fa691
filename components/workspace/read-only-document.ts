import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * Keeps the article's words fixed while the view stays editable (so the caret, Shift+arrow selection and
 * ProseMirror's reading of DOM selections all work): every transaction that would change the document is
 * rejected, and typing, pasting and dropping are stopped before the browser touches the DOM. Cut copies.
 */
export const ReadOnlyDocument = Extension.create({
  name: "readOnlyDocument",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("readOnlyDocument"),
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          handleKeyPress: () => true,
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            // Cancelling beforeinput stops native edits (typing, deleting, line breaks, spelling fixes) at the
            // source, so the DOM never drifts from the document the filter keeps unchanged.
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
            dragstart: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
