"use client";

import { useShortcuts } from "@/components/use-shortcuts";
import type { Confidence } from "@/lib/model";
import type { SuggestionDto } from "@/lib/suggestions/model";
import { SUGGESTION_KEYMAP } from "./shortcuts";
import type { Suggestions } from "./use-suggestions";

interface SuggestionKeysDeps {
  suggestions: Suggestions;
  /** Whether the review's keys are on: reviewing, with the form closed and the text not being edited. */
  enabled: boolean;
  defaultConfidence: Confidence;
  /** Opens the tag form on a suggestion (E). */
  edit(suggestion: SuggestionDto): void;
  /** Tells the analyst why a key did nothing. */
  notice(message: string): void;
}

/** The keys of the suggestions review (SUGGESTION_KEYMAP): J / K, Enter, 1 / 2 / 3, E and X on the current suggestion. */
export function useSuggestionKeys({ suggestions, enabled, defaultConfidence, edit, notice }: SuggestionKeysDeps) {
  const onCurrent = (decide: (suggestion: SuggestionDto) => void) => {
    if (suggestions.current) decide(suggestions.current);
    else notice("Choose a suggestion first: J and K walk them.");
  };
  const accept = (confidence: Confidence) => onCurrent((s) => void suggestions.accept(s, confidence));
  useShortcuts(
    SUGGESTION_KEYMAP,
    {
      next: () => suggestions.step(1),
      previous: () => suggestions.step(-1),
      low: () => accept("low"),
      moderate: () => accept("moderate"),
      high: () => accept("high"),
      edit: () => onCurrent(edit),
      reject: () => onCurrent((s) => void suggestions.reject(s)),
    },
    { enabled, ignoreWithin: 'dialog, [role="dialog"]' },
  );
  // Enter accepts, except on a focused control, where it keeps its usual meaning (press the button, follow the link).
  useShortcuts(
    SUGGESTION_KEYMAP,
    { accept: () => accept(defaultConfidence) },
    { enabled, ignoreWithin: 'dialog, [role="dialog"], button, a, input, select, textarea, summary, [role="button"]' },
  );
}
