"use client";

import { memo, type Ref } from "react";
import { CLAIM_KIND_LABELS, type ClaimDto } from "@/lib/model";
import { claimSource, CONFIDENCE_MARKERS, CONFIDENCE_SHORT } from "./claim-text";
import { ClaimDetails } from "./claim-details";
import { ShortQuote } from "./short-quote";
import styles from "./claim-panel.module.css";

interface ClaimItemProps {
  /** The item's place in the list (from 0), the list's length, and its offset in the list, in pixels. */
  index: number;
  setSize: number;
  top: number;
  claim: ClaimDto;
  selected: boolean;
  /** Why the analyst may not change this claim; null when they may. */
  blocked: string | null;
  /** The list's handlers, the same functions for every item (so that an item whose props did not change is not rendered again). */
  onSelect(claim: ClaimDto): void;
  onEdit(claim: ClaimDto): void;
  onDelete(claim: ClaimDto): void;
  ref?: Ref<HTMLLIElement>;
}

/**
 * One claim in the panel: a button with the kind, the speaker, the confidence and the quote (shortened for
 * the eye, whole for the accessible name); when selected, the claim's details follow it. Memoised: the list renders
 * again on every save, scroll and measurement, and only the items whose claim, place or selection changed follow.
 */
export const ClaimItem = memo(function ClaimItem({ index, setSize, top, claim, selected, blocked, onSelect, onEdit, onDelete, ref }: ClaimItemProps) {
  const detailsId = `claim-details-${claim.id}`;
  return (
    <li
      ref={ref}
      className={selected ? `${styles.item} ${styles.selected}` : styles.item}
      data-claim-item={claim.id}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={{ transform: `translateY(${top}px)` }}
    >
      <button
        type="button"
        data-claim-button={claim.id}
        className={`${styles.itemButton} ${styles[`item-${claim.kind}`] ?? ""}`}
        aria-expanded={selected}
        aria-controls={selected ? detailsId : undefined}
        onClick={() => onSelect(claim)}
      >
        <span className={styles.itemMeta}>
          <span className={`badge ${claim.kind}`}>{CLAIM_KIND_LABELS[claim.kind]}</span>
          {/* A reporter statement's badge already says who speaks. */}
          <span className={styles.source}>{claim.kind === "attributed" ? claimSource(claim) : ""}</span>
          <span className={`badge confidence-${claim.confidence}`}>
            <span aria-hidden="true" className={`${styles.badgeMark} ${styles[`mark-${claim.confidence}`] ?? ""}`}>
              {CONFIDENCE_MARKERS[claim.confidence]}
            </span>
            {CONFIDENCE_SHORT[claim.confidence]}
            <span className="visually-hidden"> confidence</span>
          </span>
        </span>
        <ShortQuote quote={claim.quote} className={styles.itemQuote} />
      </button>
      {selected ? <ClaimDetails id={detailsId} claim={claim} blocked={blocked} onEdit={() => onEdit(claim)} onDelete={() => onDelete(claim)} /> : null}
    </li>
  );
});
