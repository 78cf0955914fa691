import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import type { ClaimDto } from "@/lib/model";
import type { Span } from "@/lib/claims/span";
import { offsetToPos, type OffsetMap } from "@/lib/editor/offset-map";
import { CONFIDENCE_MARKERS, describeClaim, spanOf } from "./claim-text";

/** What the highlights show: the claims, which one is selected or flashing, and the span being tagged. */
export interface HighlightState {
  claims: readonly ClaimDto[];
  selectedId: string | null;
  /** A claim to flash; `count` changes with every request so the same claim can flash again. */
  flash: { id: string; count: number } | null;
  /** The span of a claim that is being tagged (the form is open), shown before it is saved. */
  pending: Span | null;
}

const highlightsKey = new PluginKey<DecorationSet>("claimHighlights");

function markerWidget(claim: ClaimDto, description: string): HTMLElement {
  const marker = document.createElement("span");
  marker.className = `claim-marker claim-marker-${claim.confidence}`;
  // The letter comes from CSS (`content: attr(data-mark)`) so it never joins the article's text or a selection.
  marker.setAttribute("data-mark", CONFIDENCE_MARKERS[claim.confidence]);
  marker.setAttribute("data-marker-for", claim.id);
  marker.setAttribute("aria-hidden", "true");
  marker.title = description;
  return marker;
}

/**
 * The decorations for a set of claims: one inline highlight per claim, computed from its stored offsets, and
 * a confidence marker after it. Each highlight is its own `<span>` (nodeName), so overlapping claims nest
 * instead of merging, and their translucent backgrounds stack.
 */
export function claimDecorations(doc: ProseMirrorNode, map: OffsetMap, state: HighlightState): DecorationSet {
  const size = doc.content.size;
  const clamp = (pos: number) => Math.max(0, Math.min(pos, size));
  const decorations: Decoration[] = [];
  for (const claim of state.claims) {
    const span = spanOf(claim);
    if (!span) continue; // an orphan has no words to highlight
    const from = clamp(offsetToPos(map, span.start));
    const to = clamp(offsetToPos(map, span.end));
    if (from >= to) continue;
    const description = describeClaim(claim);
    const classes = ["claim", `claim-${claim.kind}`, `claim-${claim.confidence}`];
    if (claim.id === state.selectedId) classes.push("is-selected");
    if (claim.id === state.flash?.id) classes.push(`is-flashing-${state.flash.count % 2}`);
    decorations.push(
      Decoration.inline(
        from,
        to,
        {
          nodeName: "span",
          class: classes.join(" "),
          "data-claim-id": claim.id,
          "data-kind": claim.kind,
          "data-confidence": claim.confidence,
          title: description,
          "aria-description": description,
        },
        { claimId: claim.id },
      ),
      Decoration.widget(to, () => markerWidget(claim, description), {
        side: -1,
        ignoreSelection: true,
        key: `marker-${claim.id}-${claim.confidence}-${claim.kind}-${claim.speaker?.name ?? ""}`,
      }),
    );
  }
  if (state.pending) {
    const from = clamp(offsetToPos(map, state.pending.start));
    const to = clamp(offsetToPos(map, state.pending.end));
    if (from < to) decorations.push(Decoration.inline(from, to, { nodeName: "span", class: "claim-pending" }));
  }
  return DecorationSet.create(doc, decorations);
}

/** Replaces the highlights shown in a view (the document itself is never touched). */
export function showHighlights(view: EditorView, map: OffsetMap, state: HighlightState): void {
  view.dispatch(view.state.tr.setMeta(highlightsKey, claimDecorations(view.state.doc, map, state)));
}

/** The plugin that holds the highlights' DecorationSet; `showHighlights` rebuilds it when claims change. */
export const ClaimHighlights = Extension.create({
  name: "claimHighlights",

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => (tr.getMeta(highlightsKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
        },
        props: {
          decorations: (state) => highlightsKey.getState(state),
        },
      }),
    ];
  },
});
