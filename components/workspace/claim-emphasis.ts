import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import type { Span } from "@/lib/claims/span";
import { offsetToPos, type OffsetMap } from "@/lib/editor/offset-map";

/** What stands out over the claims' highlights: the selected claim, a claim flashing, and the span being tagged. */
export interface Emphasis {
  selectedId: string | null;
  /** A claim to flash; `count` changes with every request so the same claim can flash again. */
  flash: { id: string; count: number } | null;
  /** The span of a claim that is being tagged (the form is open), shown before it is saved. */
  pending: Span | null;
}

interface EmphasisState extends Emphasis {
  /** The pending span's one decoration (or none). */
  set: DecorationSet;
}

const emphasisKey = new PluginKey<EmphasisState>("claimEmphasis");

/** The classes each claim id gets on its highlight's elements. */
function wantedClasses({ selectedId, flash }: Emphasis): Map<string, string[]> {
  const wanted = new Map<string, string[]>();
  if (selectedId) wanted.set(selectedId, ["is-selected"]);
  if (flash) wanted.set(flash.id, [...(wanted.get(flash.id) ?? []), `is-flashing-${flash.count % 2}`]);
  return wanted;
}

const EMPHASIS_CLASSES = ["is-selected", "is-flashing-0", "is-flashing-1"];

interface DomObserver {
  stop(): void;
  start(): void;
}

/**
 * Runs a change of classes with ProseMirror's DOM observer paused, as ProseMirror does for its own changes: the
 * observer would take a class changed on a highlight for an edit of the text, redraw the paragraph, and the
 * classes would have to be put back again, forever.
 */
function withoutObserver(view: EditorView, change: () => void) {
  const observer = (view as unknown as { domObserver?: DomObserver }).domObserver;
  observer?.stop();
  try {
    change();
  } finally {
    observer?.start();
  }
}

/**
 * Puts the selection and flash classes on the claims' own elements, after every update of the view (ProseMirror
 * may have redrawn them). Toggling a class on a few elements leaves the claims' decorations, and so the rest of
 * the text, untouched: selecting a claim among 5,000 costs the same as among 5.
 */
class EmphasisView {
  private marked = new Set<Element>();

  constructor(private readonly view: EditorView) {
    this.update();
  }

  update() {
    const state = emphasisKey.getState(this.view.state);
    if (state) withoutObserver(this.view, () => this.apply(state));
  }

  private apply(state: EmphasisState) {
    const next = new Set<Element>();
    for (const [id, classes] of wantedClasses(state)) {
      for (const element of this.view.dom.querySelectorAll(`[data-claim-id="${CSS.escape(id)}"]`)) {
        next.add(element);
        for (const name of EMPHASIS_CLASSES) element.classList.toggle(name, classes.includes(name));
      }
    }
    for (const element of this.marked) if (!next.has(element)) element.classList.remove(...EMPHASIS_CLASSES);
    this.marked = next;
  }

  destroy() {
    for (const element of this.marked) element.classList.remove(...EMPHASIS_CLASSES);
  }
}

/** Shows the selected claim, the flash and the pending span in a view; the claims' highlights are not touched. */
export function showEmphasis(view: EditorView, map: OffsetMap, emphasis: Emphasis): void {
  const current = emphasisKey.getState(view.state);
  if (current && current.selectedId === emphasis.selectedId && current.flash === emphasis.flash && samePending(current.pending, emphasis.pending)) return;
  let set = current?.set ?? DecorationSet.empty;
  if (!current || !samePending(current.pending, emphasis.pending)) {
    const size = view.state.doc.content.size;
    const clamp = (pos: number) => Math.max(0, Math.min(pos, size));
    const span = emphasis.pending;
    const from = span ? clamp(offsetToPos(map, span.start)) : 0;
    const to = span ? clamp(offsetToPos(map, span.end)) : 0;
    set = from < to ? DecorationSet.create(view.state.doc, [Decoration.inline(from, to, { nodeName: "span", class: "claim-pending" })]) : DecorationSet.empty;
  }
  const next: EmphasisState = { ...emphasis, set };
  view.dispatch(view.state.tr.setMeta(emphasisKey, next).setMeta("addToHistory", false));
}

function samePending(a: Span | null, b: Span | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

/** The plugin of the emphasis: a small DecorationSet for the pending span, and class toggles for the rest. */
export const ClaimEmphasis = Extension.create({
  name: "claimEmphasis",

  addProseMirrorPlugins() {
    return [
      new Plugin<EmphasisState>({
        key: emphasisKey,
        state: {
          init: () => ({ selectedId: null, flash: null, pending: null, set: DecorationSet.empty }),
          apply: (tr, state) => {
            const next = tr.getMeta(emphasisKey) as EmphasisState | undefined;
            if (next) return next;
            return tr.docChanged ? { ...state, set: state.set.map(tr.mapping, tr.doc) } : state;
          },
        },
        props: {
          decorations: (state) => emphasisKey.getState(state)?.set,
        },
        view: (view) => new EmphasisView(view),
      }),
    ];
  },
});
