"use client";

import { useState } from "react";
import { ApiError } from "@/components/api-client";
import type { Page } from "@/lib/model";

interface PagedListOptions<T> {
  /** The first page, rendered by the server. */
  initial: Page<T>;
  /** What tells two items apart (an item already shown is not added twice). */
  keyOf(item: T): string | number;
  fetchPage(cursor: string): Promise<Page<T>>;
  /** The sentence announced after more arrived, given how many are shown. */
  describe(shown: number): string;
  /** The message when a page could not be loaded and the server said nothing better. */
  failure: string;
}

/**
 * A list that starts from the server's first page and grows with "Load more": the items, the next cursor, the
 * request under way, the error and the screen-reader announcement. `setItems` changes items in place (an edit).
 */
export function usePagedList<T>({ initial, keyOf, fetchPage, describe, failure }: PagedListOptions<T>) {
  const [items, setItems] = useState(initial.items);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  async function loadMore() {
    if (!nextCursor || loading) return;
    setLoading(true);
    setError(null);
    try {
      const page = await fetchPage(nextCursor);
      const seen = new Set(items.map(keyOf));
      const next = [...items, ...page.items.filter((item) => !seen.has(keyOf(item)))];
      setItems(next);
      setNextCursor(page.nextCursor);
      setStatus(describe(next.length));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : failure);
    } finally {
      setLoading(false);
    }
  }

  return { items, setItems, nextCursor, loading, error, status, loadMore };
}
