import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { DecorationSet, type Decoration, type EditorView } from "@tiptap/pm/view";
import type { OffsetMap } from "@/lib/editor/offset-map";
import { decorationTree } from "./decoration-tree";
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

/** A layer that starts out with items drawn: its extension, and the view's `decorations` prop for the first paint. */
export interface SeededLayer {
  extension: Extension;
  /**
   * For the editor's `editorProps.decorations`: the seeded highlights until the layer's plugin is in the state.
   * (TipTap draws the document once before it adds the plugins; with this, that first drawing already has the
   * highlights, and adding the plugin, whose state starts as the very same set, redraws nothing.)
   */
  decorations(state: EditorState): DecorationSet | null;
}

/** A layer of highlights in the text, kept up to date item by item. */
export interface HighlightLayer<T> {
  /** The TipTap extension that holds the layer's decorations (starting empty). */
  extension: Extension;
  /**
   * The extension starting with `items()` drawn (read when the editor is created): a long text with thousands of
   * highlights is drawn once, instead of once bare and again with every highlight added.
   */
  seeded(items: () => readonly T[], map: () => OffsetMap): SeededLayer;
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
  const extension = Extension.create<{ seed: ((doc: ProseMirrorNode) => LayerState) | null }>({
    name,
    addOptions: () => ({ seed: null }),
    addProseMirrorPlugins() {
      const { seed } = this.options;
      return [
        new Plugin<LayerState>({
          key,
          state: {
            init: (_config, state) => (seed ? seed(state.doc) : { set: DecorationSet.empty, drawn: new Map() }),
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

  /** Every item's decorations and key, for a document drawn from scratch. */
  const drawAll = (doc: ProseMirrorNode, map: OffsetMap, items: readonly T[]): LayerState => {
    const drawn = new Map<string, string>();
    const decorations: Decoration[] = [];
    for (const item of items) {
      drawn.set(drawing.id(item), keyOf(item));
      decorations.push(...drawing.decorations(item, map, doc));
    }
    return { set: decorationTree(doc, decorations), drawn };
  };

  return {
    extension,
    seeded(items, map) {
      let built: { doc: ProseMirrorNode; state: LayerState } | null = null;
      const seed = (doc: ProseMirrorNode): LayerState => {
        if (built?.doc !== doc) built = { doc, state: drawAll(doc, map(), items()) };
        return built.state;
      };
      return {
        extension: extension.configure({ seed }),
        decorations: (state) => (key.getState(state) ? null : seed(state.doc).set),
      };
    },
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
