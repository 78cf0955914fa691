import { Decoration } from "@tiptap/pm/view";
import { offsetToPos } from "@/lib/editor/offset-map";
import { CLAIM_KIND_LABELS } from "@/lib/model";
import type { SpanDto, SuggestionDto } from "@/lib/suggestions/model";
import { highlightLayer } from "./highlight-layer";
import { suggestedSpeaker } from "./suggestion-queue-state";

/** A suggestion as the layer draws it: whether it is the current one of the queue, and its flash count. */
export interface DrawnSuggestion {
  suggestion: SuggestionDto;
  current: boolean;
  /** Changes with every request to show the current suggestion again (J, K, a click), to restart the flash. */
  flash: number;
}

const describe = (s: SuggestionDto) => `Suggested ${CLAIM_KIND_LABELS[s.kind].toLowerCase()} · ${suggestedSpeaker(s).label}${s.cue ? ` · “${s.cue}”` : ""}`;

/**
 * The suggested claims' highlights: a second layer beside the claims' (highlight-layer.ts), drawn as an outline
 * with no fill so that a suggestion never reads as a claim. The current suggestion's outline is solid, flashes
 * when shown, and its speaker mention and cue are marked too. Only the current one redraws as J and K move.
 */
export const suggestionHighlights = highlightLayer<DrawnSuggestion>("suggestionHighlights", {
  id: (d) => d.suggestion.id,
  key: (d) => `${d.suggestion.start}:${d.suggestion.end}:${d.suggestion.kind}:${d.current ? `current:${d.flash}` : ""}`,
  decorations({ suggestion: s, current, flash }, map, doc) {
    const size = doc.content.size;
    const range = (span: SpanDto | null) => {
      if (!span) return null;
      const from = Math.max(0, Math.min(offsetToPos(map, span.start), size));
      const to = Math.max(0, Math.min(offsetToPos(map, span.end), size));
      return from < to ? { from, to } : null;
    };
    const words = range(s.start !== null && s.end !== null ? { start: s.start, end: s.end } : null);
    if (!words) return [];
    const spec = { layerItem: s.id };
    const description = describe(s);
    const classes = ["suggestion", `suggestion-${s.kind}`, ...(current ? ["is-current", `is-flashing-${flash % 2}`] : [])];
    const out = [
      Decoration.inline(words.from, words.to, { nodeName: "span", class: classes.join(" "), "data-suggestion-id": s.id, title: description, "aria-description": description }, spec),
    ];
    if (current) {
      const mention = range(s.speakerMention);
      const cue = range(s.cueSpan);
      if (mention) out.push(Decoration.inline(mention.from, mention.to, { nodeName: "span", class: "suggestion-speaker", title: "The speaker, as the article names them here" }, spec));
      if (cue) out.push(Decoration.inline(cue.from, cue.to, { nodeName: "span", class: "suggestion-cue", title: "The attribution cue" }, spec));
    }
    return out;
  },
});

/** The TipTap extension of the suggestions' highlights. */
export const SuggestionHighlights = suggestionHighlights.extension;
