"use client";

import { useCallback, useMemo, useState } from "react";
import type { ClaimDto } from "@/lib/model";
import { authorOptions, matchesAuthor, matchesFilter, matchesSet, NO_FILTER, type ClaimFilter } from "./claim-filter";

/**
 * The claims panel's filters, kind, author and set, and what they leave: the claims of the set and the author
 * chosen (`byAuthor`, which the kind chips count) and those that pass every filter (the list and the highlights).
 */
export function useClaimFilter(placed: readonly ClaimDto[], meId: string) {
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const byAuthor = useMemo(
    () => placed.filter((c) => matchesSet(c, filter.set) && matchesAuthor(c, filter.author, meId)),
    [placed, filter.set, filter.author, meId],
  );
  const shown = useMemo(() => (filter.kind === "all" ? byAuthor : byAuthor.filter((c) => c.kind === filter.kind)), [byAuthor, filter.kind]);
  const authors = useMemo(() => authorOptions(placed, meId, filter.author), [placed, meId, filter.author]);
  /** Whether a claim passes the filters (those in effect, or others about to be). */
  const shows = useCallback((claim: ClaimDto, other: ClaimFilter = filter) => matchesFilter(claim, other, meId), [filter, meId]);
  return { filter, setFilter, byAuthor, shown, authors, shows };
}
