import { Decoration } from "@tiptap/pm/view";
import type { ClaimDto } from "@/lib/model";
import { offsetToPos } from "@/lib/editor/offset-map";
import { CONFIDENCE_MARKERS, describeClaim, spanOf } from "./claim-text";
import { highlightLayer } from "./highlight-layer";

function markerWidget(claim: ClaimDto): HTMLElement {
  const marker = document.createElement("span");
  marker.className = "claim-marker";
  // The letter comes from CSS (`content: attr(data-mark)`) so it never joins the article's text or a selection;
  // its colour follows the letter. (No title: the highlight it closes has the claim's.)
  marker.setAttribute("data-mark", CONFIDENCE_MARKERS[claim.confidence]);
  marker.setAttribute("data-marker-for", claim.id);
  marker.setAttribute("aria-hidden", "true");
  return marker;
}

/** What a claim's highlight shows; a change of any of these redraws that claim's highlight, and only it. */
function claimKey(claim: ClaimDto): string {
  const span = spanOf(claim);
  return `${span?.start}:${span?.end}:${claim.kind}:${claim.confidence}:${claim.speaker?.id ?? ""}:${claim.speaker?.name ?? ""}`;
}

/**
 * The claims' highlights: one inline highlight per claim, computed from its stored offsets, and a confidence
 * marker after it. Each highlight is its own `<span>` (nodeName), so overlapping claims nest instead of merging,
 * and their translucent backgrounds stack. Selection and flash are classes on these spans (claim-emphasis.ts).
 */
export const claimHighlights = highlightLayer<ClaimDto>("claimHighlights", {
  id: (claim) => claim.id,
  key: claimKey,
  decorations(claim, map, doc) {
    const span = spanOf(claim);
    if (!span) return []; // an orphan has no words to highlight
    const size = doc.content.size;
    const clamp = (pos: number) => Math.max(0, Math.min(pos, size));
    const from = clamp(offsetToPos(map, span.start));
    const to = clamp(offsetToPos(map, span.end));
    if (from >= to) return [];
    const spec = { layerItem: claim.id };
    // As few attributes as the look and the reader need: ProseMirror sets each one (and adds each class) on every
    // piece of every highlight, 10,000 pieces for 5,000 claims. Kind and confidence style by attribute; the title
    // is also the highlight's accessible description.
    return [
      Decoration.inline(
        from,
        to,
        { nodeName: "span", class: "claim", "data-claim-id": claim.id, "data-kind": claim.kind, "data-confidence": claim.confidence, title: describeClaim(claim) },
        spec,
      ),
      Decoration.widget(to, () => markerWidget(claim), { ...spec, side: -1, ignoreSelection: true, key: `marker-${claim.id}-${claimKey(claim)}` }),
    ];
  },
});

/** The TipTap extension of the claims' highlights. */
export const ClaimHighlights = claimHighlights.extension;
