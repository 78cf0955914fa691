"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { api, ApiError, type ClaimFields } from "@/components/api-client";
import type { ClaimDto, Confidence } from "@/lib/model";
import type { SuggestionDto } from "@/lib/suggestions/model";
import { countOf } from "@/components/library/format";
import { afterDecision, stepSuggestion } from "./suggestion-queue-state";
import type { SaveFailure } from "./use-claim-actions";

interface SuggestionsDeps {
  articleId: string;
  /** The pending suggestions the page loaded, in text order. */
  initial: SuggestionDto[];
  /** The article's text: when a revision replaces it, the suggestions (re-anchored by the server) are fetched again. */
  text: string;
  /**
   * Changes when a claim was deleted or restored: a deleted claim made from a suggestion gives it back to the
   * queue (and restoring it takes it again), so the pending suggestions are fetched again.
   */
  claimRemovals: number;
  /** Claims created by accepting: into the workspace's claims, and onto the undo stack. */
  onAccepted(claims: ClaimDto[], message: string): void;
  /** A suggestion became current: scroll the text to it. */
  onCurrent(suggestion: SuggestionDto): void;
  /** The review started (suggestions computed, or "Review suggestions"): where the keyboard goes. */
  onStart(): void;
  say(message: string): void;
  onError(message: string): void;
}

const problem = (caught: unknown, fallback: string) => (caught instanceof ApiError ? caught.message : fallback);

/**
 * The suggested claims of the workspace: the pending ones in text order, the current one (J / K), and the
 * analyst's decisions, each one request; a decided suggestion leaves the queue and the next one becomes current.
 * A suggestion someone else decided meanwhile (409) leaves the queue too, with the server's explanation.
 */
export function useSuggestions({ articleId, initial, text, claimRemovals, onAccepted, onCurrent, onStart, say, onError }: SuggestionsDeps) {
  const [items, setItems] = useState(initial);
  const [currentId, setCurrentId] = useState<string | null>(null);
  /** Changes with every request to show the current suggestion, so that the same one can flash again. */
  const [flash, setFlash] = useState(0);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [computing, setComputing] = useState(false);
  const [reporterStatements, setReporterStatements] = useState(false);
  /** Whether the analyst is reviewing: then J, K and the decision keys are the queue's (else J and K walk the claims). */
  const [active, setActive] = useState(false);
  const latest = useRef({ items, currentId, onCurrent });
  latest.current = { items, currentId, onCurrent };

  const show = useCallback((id: string | null) => {
    setCurrentId(id);
    if (!id) return;
    setActive(true);
    setFlash((n) => n + 1);
    const suggestion = latest.current.items.find((s) => s.id === id);
    if (suggestion) requestAnimationFrame(() => latest.current.onCurrent(suggestion));
  }, []);

  // A new text (an edit, a replacement, a restored revision) moved the suggestions on the server; a deleted or
  // restored claim may have given one back or taken it.
  const seen = useRef({ text, claimRemovals });
  useEffect(() => {
    if (text === seen.current.text && claimRemovals === seen.current.claimRemovals) return;
    seen.current = { text, claimRemovals };
    let stale = false;
    api.listSuggestions(articleId, "pending").then(
      (result) => {
        if (stale) return;
        setItems(result.items);
        setCurrentId((id) => (result.items.some((s) => s.id === id) ? id : null));
      },
      () => {},
    );
    return () => {
      stale = true;
    };
  }, [articleId, text, claimRemovals]);

  const decided = (ids: ReadonlySet<string>) => {
    const next = afterDecision(latest.current.items, ids, latest.current.currentId);
    setItems(next.items);
    latest.current.items = next.items;
    show(next.currentId);
  };

  const run = async <T,>(suggestion: SuggestionDto, request: () => Promise<T>, fallback: string): Promise<T | null> => {
    setBusyId(suggestion.id);
    try {
      return await request();
    } catch (caught) {
      // Decided by someone else meanwhile: it is not pending any more, whatever we do.
      if (caught instanceof ApiError && (caught.status === 409 || caught.status === 404)) decided(new Set([suggestion.id]));
      onError(problem(caught, fallback));
      return null;
    } finally {
      setBusyId(null);
    }
  };

  return {
    items,
    currentId,
    current: items.find((s) => s.id === currentId) ?? null,
    flash,
    busyId,
    computing,
    reporterStatements,
    setReporterStatements,
    show,
    /** Reviewing the queue (J, K and the decision keys are its own) while suggestions wait. */
    reviewing: active && items.length > 0,
    review(on: boolean) {
      setActive(on);
      if (!on) return setCurrentId(null);
      if (!currentId) show(items[0]?.id ?? null);
      onStart();
    },
    step(delta: 1 | -1) {
      show(stepSuggestion(items, currentId, delta));
    },
    async compute() {
      setComputing(true);
      try {
        const result = await api.computeSuggestions(articleId, { reporterStatements });
        setItems(result.items);
        latest.current.items = result.items;
        say(result.items.length === 0 ? "No suggestions: Claimlens found no attributions left to propose." : `${countOf(result.items.length, "suggestion")} to review: J and K walk them, Enter accepts, X rejects.`);
        show(result.items[0]?.id ?? null);
        if (result.items.length > 0) onStart();
      } catch (caught) {
        onError(problem(caught, "The suggestions could not be computed. Try again."));
      } finally {
        setComputing(false);
      }
    },
    /** Accepts with a confidence, and the fields the analyst changed in the tag form (E). */
    async accept(suggestion: SuggestionDto, confidence: Confidence, fields: Partial<ClaimFields> = {}): Promise<boolean> {
      const claim = await run(suggestion, () => api.acceptSuggestion(suggestion.id, { ...fields, confidence }), "The suggestion could not be accepted. Try again.");
      if (!claim) return false;
      decided(new Set([suggestion.id]));
      onAccepted([claim], "Suggestion accepted as a claim.");
      return true;
    },
    /**
     * Accepts from the tag form (E) with the form's fields: resolves to the claim, or throws the form's
     * `SaveFailure` (the form keeps its values and shows the message).
     */
    async acceptFromForm(suggestion: SuggestionDto, fields: ClaimFields): Promise<ClaimDto> {
      try {
        const claim = await api.acceptSuggestion(suggestion.id, fields);
        decided(new Set([suggestion.id]));
        return claim;
      } catch (caught) {
        if (caught instanceof ApiError && (caught.status === 409 || caught.status === 404)) decided(new Set([suggestion.id]));
        throw { message: problem(caught, "The suggestion could not be accepted. Try again."), current: null } satisfies SaveFailure;
      }
    },
    async reject(suggestion: SuggestionDto) {
      if ((await run(suggestion, () => api.rejectSuggestion(suggestion.id), "The suggestion could not be rejected. Try again.")) === null) return;
      decided(new Set([suggestion.id]));
      say("Suggestion rejected: it will not be proposed again.");
    },
    /** Accepts every pending suggestion of this suggestion's speaker, in one request (all or none). */
    async acceptAll(suggestion: SuggestionDto, confidence: Confidence) {
      const speaker = suggestion.speaker;
      if (!speaker) return;
      const who = speaker.speakerId ? { speakerId: speaker.speakerId } : { speakerName: speaker.name };
      const result = await run(suggestion, () => api.acceptAllSuggestions(articleId, { ...who, confidence }), "The suggestions could not be accepted. Try again.");
      if (!result) return;
      // The server says which are still pending; the others were these speaker's.
      const still = await api.listSuggestions(articleId, "pending").then((r) => new Set(r.items.map((s) => s.id)), () => null);
      decided(new Set(latest.current.items.filter((s) => (still ? !still.has(s.id) : s.id === suggestion.id)).map((s) => s.id)));
      onAccepted(result.items, `${countOf(result.items.length, "claim")} by ${speaker.name} accepted.`);
    },
  };
}

export type Suggestions = ReturnType<typeof useSuggestions>;
