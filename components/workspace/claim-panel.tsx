"use client";

import type { ReactNode, Ref } from "react";
import type { ClaimDto } from "@/lib/model";
import { ClaimItem } from "./claim-item";
import { KindFilterChips, type KindFilter } from "./kind-filter";
import styles from "./claim-panel.module.css";

interface ClaimPanelProps {
  /** The claims placed in the text, in text order. */
  claims: readonly ClaimDto[];
  /** Every claim of the article, orphans included. */
  total: number;
  /** Claims an edit left for review, shown above the list. */
  review: ReactNode;
  filter: KindFilter;
  onFilter(filter: KindFilter): void;
  selectedId: string | null;
  onSelect(claim: ClaimDto): void;
  onEdit(claim: ClaimDto): void;
  onDelete(claim: ClaimDto): void;
  /** The claim form, shown at the top of the panel while it is open. */
  form: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
  listRef?: Ref<HTMLDivElement>;
}

const EMPTY_FILTERED: Record<Exclude<KindFilter, "all">, string> = {
  attributed: "No attributed claims yet.",
  reporter: "No reporter statements yet.",
};

/** The claims side panel: a count, filter chips, and the article's claims in text order. */
export function ClaimPanel({ claims, total, review, filter, onFilter, selectedId, onSelect, onEdit, onDelete, form, headingRef, listRef }: ClaimPanelProps) {
  const shown = filter === "all" ? claims : claims.filter((c) => c.kind === filter);
  return (
    <aside className={styles.panel} aria-label="Claims">
      <div className={styles.header}>
        <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>
          Claims <span className={styles.count}>{total}</span>
        </h2>
        {claims.length > 0 ? <KindFilterChips claims={claims} value={filter} onChange={onFilter} /> : null}
      </div>
      <div className={styles.scroller} ref={listRef}>
        {form}
        {review}
        {total === 0 ? (
          <div className={styles.empty}>
            <p className={styles.emptyTitle}>No claims yet.</p>
            <p>Select words in the article, then press Tag selection.</p>
          </div>
        ) : claims.length === 0 ? null : shown.length === 0 && filter !== "all" ? (
          <div className={styles.empty}>
            <p>{EMPTY_FILTERED[filter]}</p>
            <button type="button" className="button small" onClick={() => onFilter("all")}>
              Show all claims
            </button>
          </div>
        ) : (
          <ul className={styles.list}>
            {shown.map((claim) => (
              <ClaimItem
                key={claim.id}
                claim={claim}
                selected={claim.id === selectedId}
                onSelect={() => onSelect(claim)}
                onEdit={() => onEdit(claim)}
                onDelete={() => onDelete(claim)}
              />
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
