"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { ClaimDto } from "@/lib/model";
import type { ArticleTextHandle } from "./article-text";
import type { ClaimListHandle } from "./claim-list";
import { setClaimInUrl } from "./reveal";

interface SelectionDeps {
  claims: readonly ClaimDto[];
  /** A claim to open with (`?claim=`). */
  initialClaimId: string | null;
  textRef: RefObject<ArticleTextHandle | null>;
  panelList: RefObject<ClaimListHandle | null>;
  flashClaim(id: string): void;
  /** Makes the filters show a claim about to be selected. */
  unhide(claim: ClaimDto): void;
  /** The claim the page opened with is not in the article. */
  onMissing(): void;
}

/** How long the selection stays put before the address says it. */
const URL_DELAY_MS = 200;

/**
 * The selected claim, kept in step between the text, the panel and the address (`?claim=`): selecting from
 * the panel scrolls the text, selecting from the text scrolls the panel, and a claim that leaves the
 * article is no longer selected.
 */
export function useClaimSelection({ claims, initialClaimId, textRef, panelList, flashClaim, unhide, onMissing }: SelectionDeps) {
  const [selectedId, setSelectedId] = useState<string | null>(() => (claims.some((c) => c.id === initialClaimId) ? initialClaimId : null));
  const opening = useRef({ claims, onMissing });

  // The address follows once the selection settles: replacing it costs 15–20 ms on a long article (Next.js updates
  // its router with it), which a click on a highlight, or J / K held down, should not wait for.
  useEffect(() => {
    const timer = setTimeout(() => setClaimInUrl(selectedId), URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [selectedId]);
  useEffect(() => {
    if (selectedId && !claims.some((c) => c.id === selectedId)) setSelectedId(null);
  }, [claims, selectedId]);

  /** Selects a claim; from the panel, the text scrolls to it, and from the text, the panel does. */
  const select = useCallback(
    (id: string, from: "panel" | "text") => {
      setSelectedId(id);
      if (from === "panel") {
        textRef.current?.scrollToClaim(id);
        flashClaim(id);
      } else {
        // Wait for the item to render its details before measuring it.
        requestAnimationFrame(() => panelList.current?.reveal(id));
      }
    },
    [flashClaim, textRef, panelList],
  );

  /** Selects and flashes a claim just saved or brought back; `scrollText` also brings its words into view. */
  const show = (claim: ClaimDto, scrollText: boolean) => {
    unhide(claim);
    setSelectedId(claim.id);
    flashClaim(claim.id);
    requestAnimationFrame(() => {
      if (scrollText) textRef.current?.scrollToClaim(claim.id);
      // The panel follows a frame later, once the text has painted the claim: scrolling the list mounts and measures
      // a screenful of items (forced layouts of the whole page, 15–30 ms with the large article), which, done in the
      // same frame, held back the new highlight by as much.
      requestAnimationFrame(() => panelList.current?.reveal(claim.id));
    });
  };

  /** A click on highlights: clicking again where claims overlap moves on to the next one under the pointer. */
  const onClaimClick = useCallback(
    (ids: string[]) => {
      const at = selectedId ? ids.indexOf(selectedId) : -1;
      const id = ids[(at + 1) % ids.length];
      if (id) select(id, "text");
    },
    [selectedId, select],
  );

  /** The text is on screen: go to the claim the page opened with. Only the claims the page opened with matter. */
  const onReady = useCallback(() => {
    if (!initialClaimId) return;
    if (!opening.current.claims.some((c) => c.id === initialClaimId)) return opening.current.onMissing();
    textRef.current?.scrollToClaim(initialClaimId);
    panelList.current?.reveal(initialClaimId);
    flashClaim(initialClaimId);
  }, [initialClaimId, textRef, panelList, flashClaim]);

  return { selectedId, setSelectedId, select, show, onClaimClick, onReady };
}
