import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * Spares React's commits a walk over the whole article. Around every commit, React saves and restores the
 * selection of the focused element when it is an input, a textarea or an element whose `contentEditable` reads
 * "true"; for the last it counts the characters of every text node from the element's start up to the selection
 * (react-dom's getSelection). With the focus in the 667,000-character bench article, every commit of the
 * workspace (selecting a claim, opening the tag form, saving) spent 75–80 ms there. React renders nothing inside
 * the editor, so it has nothing to restore there: to scripts, the editor's element reads "inherit", while its
 * attribute, which the browser and assistive technology go by, stays "true". (ProseMirror only ever compares
 * `contentEditable` with "false".)
 */
export function hideEditableFromReact(element: HTMLElement): void {
  const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "contentEditable");
  Object.defineProperty(element, "contentEditable", {
    configurable: true,
    get: () => "inherit",
    set(value: string) {
      native?.set?.call(element, value);
    },
  });
}

/** The editor extension that applies `hideEditableFromReact` to the editor's element as the view is created. */
export const CommitGuard = Extension.create({
  name: "commitGuard",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("commitGuard"),
        view: (view) => {
          if (view.dom instanceof HTMLElement) hideEditableFromReact(view.dom);
          return {};
        },
      }),
    ];
  },
});
