import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { DecorationSet, type Decoration, type EditorView } from "@tiptap/pm/view";
import type { OffsetMap } from "@/lib/editor/offset-map";
import { layerChanges } from "./layer-changes";

/** How a layer draws its items: each item's id, a key that changes whenever its look does, and its decorations. */
export interface LayerDrawing<T> {
  id(item: T): string;
  key(item: T): string;
  /** The item's decorations; each must carry `{ layerItem: id }` in its spec, so the layer can find it again. */
  decorations(item: T, map: OffsetMap, doc: ProseMirrorNode): Decoration[];
}

interface LayerState {
  set: DecorationSet;
  /** id → the key each item was drawn with. */
  drawn: ReadonlyMap<string, string>;
}

interface LayerUpdate {
  remove: ReadonlySet<string>;
  add: Decoration[];
  drawn: ReadonlyMap<string, string>;
}

/** A layer of highlights in the text, kept up to date item by item. */
export interface HighlightLayer<T> {
  /** The TipTap extension that holds the layer's decorations. */
  extension: Extension;
  /**
   * Shows `items` in a view: draws the items that are new or changed (by key) and takes away those gone, leaving
   * every other decoration as it is, so ProseMirror redraws the changed words only. Nothing happens when nothing
   * changed.
   */
  sync(view: EditorView, map: OffsetMap, items: readonly T[]): void;
}

/**
 * Makes a layer of highlights: one ProseMirror plugin whose state is a DecorationSet plus the key each item was
 * drawn with. Each `sync` adds and removes only the changed items' decorations (`DecorationSet.add`/`remove`); edits of
 * the document map them (`DecorationSet.map`). The claims are one layer; another set of spans (suggested claims)
 * is another layer with its own name, drawing and class, added to the editor's extensions beside it.
 */
export function highlightLayer<T>(name: string, drawing: LayerDrawing<T>): HighlightLayer<T> {
  const key = new PluginKey<LayerState>(name);
  const extension = Extension.create({
    name,
    addProseMirrorPlugins() {
      return [
        new Plugin<LayerState>({
          key,
          state: {
            init: () => ({ set: DecorationSet.empty, drawn: new Map() }),
            apply(tr, state) {
              let set = tr.docChanged ? state.set.map(tr.mapping, tr.doc) : state.set;
              const update = tr.getMeta(key) as LayerUpdate | undefined;
              if (!update) return set === state.set ? state : { ...state, set };
              if (update.remove.size > 0) {
                set = set.remove(set.find(undefined, undefined, (spec: { layerItem?: string }) => update.remove.has(spec.layerItem ?? "")));
              }
              if (update.add.length > 0) set = set.add(tr.doc, update.add);
              return { set, drawn: update.drawn };
            },
          },
          props: {
            decorations: (state) => key.getState(state)?.set,
          },
        }),
      ];
    },
  });

  // Items are immutable (a changed claim is a new object): each one's key is worked out once. A sync of 5,000 claims
  // built 5,000 key strings to find the one new claim (2–4 ms of every save).
  const keys = new WeakMap<object, string>();
  const keyOf = (item: T): string => {
    if (typeof item !== "object" || item === null) return drawing.key(item);
    let found = keys.get(item);
    if (found === undefined) {
      found = drawing.key(item);
      keys.set(item, found);
    }
    return found;
  };

  return {
    extension,
    sync(view, map, items) {
      const state = key.getState(view.state);
      if (!state) return;
      const changes = layerChanges(state.drawn, items, drawing.id, keyOf);
      if (changes.draw.length === 0 && changes.remove.length === 0) return;
      const drawn = new Map(state.drawn);
      for (const id of changes.remove) drawn.delete(id);
      const add: Decoration[] = [];
      for (const item of changes.draw) {
        drawn.set(drawing.id(item), keyOf(item));
        add.push(...drawing.decorations(item, map, view.state.doc));
      }
      const update: LayerUpdate = { remove: new Set(changes.remove), add, drawn };
      view.dispatch(view.state.tr.setMeta(key, update).setMeta("addToHistory", false));
    },
  };
}
