"use client";

import { useCallback, useEffect, useRef } from "react";
import type { Span } from "@/lib/claims/span";
import { sentenceSpans } from "@/lib/text/sentences";

/**
 * The sentences of the text (for the cue the tag form suggests), worked out once the page is idle rather than
 * while it opens: 37 ms for the 100,000-word bench article, which opening need not wait for. Asked for before
 * then (a selection tagged at once), they are worked out on the spot.
 */
export function useSentences(text: string): () => Span[] {
  const cache = useRef<{ text: string; spans: Span[] } | null>(null);
  const sentences = useCallback(() => {
    if (cache.current?.text !== text) cache.current = { text, spans: sentenceSpans(text) };
    return cache.current.spans;
  }, [text]);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") {
      const timer = setTimeout(sentences, 500);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(sentences, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [sentences]);
  return sentences;
}
