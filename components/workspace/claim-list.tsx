"use client";

import { memo, useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref, type RefObject } from "react";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import type { ClaimDto } from "@/lib/model";
import { runShortcut } from "@/components/use-shortcuts";
import { ClaimItem } from "./claim-item";
import { CLAIM_LIST_KEYMAP } from "./shortcuts";
import styles from "./claim-panel.module.css";

/** What the workspace can ask of the claims list. */
export interface ClaimListHandle {
  /** Scrolls the list so the claim's item shows (centred when it was out of sight); false when it is not listed. */
  reveal(id: string): boolean;
  /** Moves the keyboard focus to the claim's item, scrolling it into view first. */
  focus(id: string): void;
}

interface ClaimListProps {
  /** The claims listed, in text order. */
  claims: readonly ClaimDto[];
  selectedId: string | null;
  /** The panel's scrolling element (the list scrolls with the form and review list above it). */
  scroller: RefObject<HTMLDivElement | null>;
  onSelect(claim: ClaimDto): void;
  onEdit(claim: ClaimDto): void;
  onDelete(claim: ClaimDto): void;
  whyNotChange(claim: ClaimDto): string | null;
  ref?: Ref<ClaimListHandle>;
}

/** A collapsed item's height before it is measured (badges and a two-line quote), and the gap between items. */
const ESTIMATED_HEIGHT = 84;
const GAP = 8;

/**
 * The claims of the panel, rendering only the items on screen (and a few either side), so that 5,000 claims
 * cost what 20 do. The selected claim's item is always rendered, so the keyboard focus never falls out of the
 * list; every item says its place (`aria-posinset` of `aria-setsize`) to screen readers. ↑ ↓ Home End move
 * between claims. Memoised (with the panel's handlers kept the same functions): opening the form, typing in it or
 * saving it renders the workspace again, and the list follows only when its claims or selection change.
 */
export const ClaimList = memo(function ClaimList({ claims, selectedId, scroller, onSelect, onEdit, onDelete, whyNotChange, ref }: ClaimListProps) {
  const list = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  // The virtualiser starts once the browser has laid the list out (the first notification of the observer below).
  // Started with the list, it read the scroller's size, scroll height and each item's height at once, in the same
  // task that put the 100,000-word text in: each read forced a layout of the whole page (two to three, 25 ms each, of
  // opening the large article). After the first layout only the list is new, and reading it costs little. The text
  // shows a frame before the items.
  const [laidOut, setLaidOut] = useState(false);
  const pendingReveal = useRef<string | null>(null);
  const selectedIndex = useMemo(() => claims.findIndex((c) => c.id === selectedId), [claims, selectedId]);
  const indexOf = useCallback((id: string) => claims.findIndex((c) => c.id === id), [claims]);

  // The same function while the claims are the same: a new one makes the virtualiser work out the place of every
  // item again (5,000 of them on each selection).
  const getItemKey = useCallback((index: number) => claims[index]?.id ?? index, [claims]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (selectedIndex >= 0 && !indexes.includes(selectedIndex)) return [...indexes, selectedIndex].sort((a, b) => a - b);
      return indexes;
    },
    [selectedIndex],
  );
  const virtualizer = useVirtualizer({
    count: claims.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_HEIGHT,
    getItemKey,
    overscan: 6,
    gap: GAP,
    scrollMargin: margin,
    rangeExtractor,
    // Before the panel is measured (and on the server), render as many items as a panel of this size shows.
    initialRect: { width: 380, height: 900 },
    // A scroll re-renders the items in React's next update, not synchronously inside the scroll event (which
    // held up the frame in which a claim clicked in the text shows selected, 15 ms with 5,000 claims).
    useFlushSync: false,
    enabled: laidOut,
  });

  // The list starts below the form, the suggestions and the review list, whose heights change: keep the virtualiser
  // told. The container is read from the list itself: the panel's ref to it is attached only after this effect has
  // run on the first render (React attaches a parent's ref after its children's layout effects), and a margin left
  // at 0 put every item as far off as the suggestion queue is tall (a selected claim scrolled to just out of sight).
  useLayoutEffect(() => {
    const element = list.current;
    const container = element?.parentElement;
    if (!element || !container) return;
    const measure = () => {
      setMargin(element.offsetTop);
      setLaidOut(true);
    };
    const resized = new ResizeObserver(measure);
    // Observing an element delivers a first notification after the next layout, where reading the offset costs
    // nothing (the first one gives the first offset): read in the MutationObserver's callback, or as the list first
    // rendered, it forced a layout of the whole page (10–25 ms with the large article) each time the form opened or
    // closed, between React's commit and the text's update.
    const observeSiblings = () => {
      resized.disconnect();
      resized.observe(element);
      for (const child of container.children) if (child !== element) resized.observe(child);
    };
    observeSiblings();
    // The form opens above the list as a new element: observe what comes and goes too.
    const changed = new MutationObserver(observeSiblings);
    changed.observe(container, { childList: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, []);

  const itemElement = (id: string) => list.current?.querySelector<HTMLElement>(`[data-claim-item="${CSS.escape(id)}"]`) ?? null;

  // A claim to show as the workspace opens (`?claim=`) is shown once the virtualiser has started.
  useLayoutEffect(() => {
    const id = pendingReveal.current;
    pendingReveal.current = null;
    if (laidOut && id) virtualizer.scrollToIndex(indexOf(id), { align: "center" });
  }, [laidOut]); // eslint-disable-line react-hooks/exhaustive-deps -- once, as the virtualiser starts

  const reveal = (id: string): boolean => {
    const index = indexOf(id);
    if (index < 0) return false;
    if (!laidOut) {
      pendingReveal.current = id;
      return true;
    }
    const container = scroller.current;
    const item = itemElement(id);
    if (container && item) {
      const box = container.getBoundingClientRect();
      const at = item.getBoundingClientRect();
      if (at.top >= box.top && at.bottom <= box.bottom) return true;
    }
    virtualizer.scrollToIndex(index, { align: "center" });
    return true;
  };

  const focus = (id: string) => {
    if (!reveal(id)) return;
    // The item may render a frame or two later (after the list has scrolled to it).
    let tries = 0;
    const attempt = () => {
      const button = itemElement(id)?.querySelector<HTMLButtonElement>("button");
      if (button) button.focus({ preventScroll: true });
      else if (tries++ < 10) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  };

  useImperativeHandle(ref, () => ({ reveal, focus }));

  const step = (from: ClaimDto, to: number) => {
    const claim = claims[Math.max(0, Math.min(claims.length - 1, to))];
    if (!claim || claim.id === from.id) return;
    onSelect(claim);
    focus(claim.id);
  };

  return (
    <ul
      ref={list}
      role="list"
      className={styles.list}
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={(event) => {
        const id = event.target instanceof HTMLElement ? event.target.getAttribute("data-claim-button") : null;
        const at = id ? indexOf(id) : -1;
        const claim = claims[at];
        if (!claim) return;
        runShortcut(CLAIM_LIST_KEYMAP, {
          next: () => step(claim, at + 1),
          previous: () => step(claim, at - 1),
          first: () => step(claim, 0),
          last: () => step(claim, claims.length - 1),
        }, event);
      }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const claim = claims[row.index];
        if (!claim) return null;
        const selected = claim.id === selectedId;
        return (
          <ClaimItem
            key={row.key}
            ref={virtualizer.measureElement}
            index={row.index}
            setSize={claims.length}
            top={row.start - margin}
            claim={claim}
            selected={selected}
            blocked={selected ? whyNotChange(claim) : null}
            onSelect={onSelect}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        );
      })}
    </ul>
  );
});
