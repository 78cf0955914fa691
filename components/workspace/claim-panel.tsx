"use client";

import { useCallback, useLayoutEffect, useRef, type ReactNode, type Ref } from "react";
import type { ClaimDto } from "@/lib/model";
import { NO_FILTER, offersSetFilter, parseAuthorFilter, parseSetFilter, SET_OPTIONS, type AuthorOption, type ClaimFilter } from "./claim-filter";
import { ClaimList, type ClaimListHandle } from "./claim-list";
import { KindFilterChips, type KindFilter } from "./kind-filter";
import { FilterSelect } from "./filter-select";
import styles from "./claim-panel.module.css";

interface ClaimPanelProps {
  /** The claims placed in the text, in text order. */
  claims: readonly ClaimDto[];
  /** Those of `claims` by the author chosen (the kind chips count these), and those that pass both filters. */
  byAuthor: readonly ClaimDto[];
  shown: readonly ClaimDto[];
  /** Every claim of the article, orphans included. */
  total: number;
  /** Claims an edit left for review, shown above the list. */
  review: ReactNode;
  filter: ClaimFilter;
  authors: readonly AuthorOption[];
  onFilter(filter: ClaimFilter): void;
  selectedId: string | null;
  onSelect(claim: ClaimDto): void;
  onEdit(claim: ClaimDto): void;
  onDelete(claim: ClaimDto): void;
  /** Why the analyst may not change a claim; null when they may. */
  whyNotChange(claim: ClaimDto): string | null;
  /** Opens the history of the article's claims. */
  onHistory(): void;
  /** The claim form, shown at the top of the panel while it is open. */
  form: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
  listRef?: Ref<ClaimListHandle>;
}

const EMPTY_FILTERED: Record<Exclude<KindFilter, "all">, string> = {
  attributed: "No attributed claims yet.",
  reporter: "No reporter statements yet.",
};

/**
 * The claims side panel: a count, the article's history, the filters (kind chips and "Show claims by"), and
 * the article's claims in text order.
 */
export function ClaimPanel(props: ClaimPanelProps) {
  const { claims, byAuthor, shown, total, review, filter, authors, onFilter, selectedId, form, headingRef, listRef } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // The list is memoised: hand it the same functions on every render, calling the latest handlers.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const onSelect = useCallback((claim: ClaimDto) => latest.current.onSelect(claim), []);
  const onEdit = useCallback((claim: ClaimDto) => latest.current.onEdit(claim), []);
  const onDelete = useCallback((claim: ClaimDto) => latest.current.onDelete(claim), []);
  const whyNotChange = useCallback((claim: ClaimDto) => latest.current.whyNotChange(claim), []);
  const filtered = filter.kind !== "all" || filter.author !== "everyone" || filter.set !== "all";
  return (
    <aside className={styles.panel} aria-label="Claims">
      <div className={styles.header}>
        <div className={styles.headingRow}>
          <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>
            Claims <span className={styles.count}>{total}</span>
          </h2>
          <button type="button" className="button small ghost" onClick={props.onHistory}>
            Article history
          </button>
        </div>
        {claims.length > 0 ? (
          <div className={styles.filters}>
            <KindFilterChips claims={byAuthor} value={filter.kind} onChange={(kind) => onFilter({ ...filter, kind })} />
            <FilterSelect label="Show claims by" options={authors} value={filter.author} parse={parseAuthorFilter} onChange={(author) => onFilter({ ...filter, author })} />
            {offersSetFilter(claims, filter.set) ? (
              // The reviewed claims alone, or the analysts' own: offered once the article has reviewed claims.
              <FilterSelect label="Set" options={SET_OPTIONS} value={filter.set} parse={parseSetFilter} onChange={(set) => onFilter({ ...filter, set })} />
            ) : null}
          </div>
        ) : null}
      </div>
      <div className={styles.scroller} ref={scroller}>
        {form}
        {review}
        {total === 0 ? (
          <div className={styles.empty}>
            <p className={styles.emptyTitle}>No claims yet.</p>
            <p>Select words in the article, then press Tag selection.</p>
          </div>
        ) : claims.length === 0 ? null : shown.length === 0 && filtered ? (
          <div className={styles.empty}>
            <p>{filter.author === "everyone" && filter.set === "all" && filter.kind !== "all" ? EMPTY_FILTERED[filter.kind] : "No claims match these filters."}</p>
            <button type="button" className="button small" onClick={() => onFilter(NO_FILTER)}>
              Show all claims
            </button>
          </div>
        ) : (
          <ClaimList
            ref={listRef}
            claims={shown}
            selectedId={selectedId}
            scroller={scroller}
            onSelect={onSelect}
            onEdit={onEdit}
            onDelete={onDelete}
            whyNotChange={whyNotChange}
          />
        )}
      </div>
    </aside>
  );
}
