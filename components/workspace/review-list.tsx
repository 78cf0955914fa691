"use client";

import type { Ref } from "react";
import { CLAIM_KIND_LABELS, type ClaimDto } from "@/lib/model";
import { claimSource } from "./claim-text";
import styles from "./review-list.module.css";

interface ReviewListProps {
  /** Claims that lost their words in an edit. */
  orphans: readonly ClaimDto[];
  /** Claims an edit moved onto words that only resemble their old quote. */
  fuzzy: readonly ClaimDto[];
  /** Whether words are selected in the text, to re-attach an orphan to. */
  hasSelection: boolean;
  /** The claim whose request is under way (its buttons wait). */
  busyId: string | null;
  /** Why the analyst may not change a claim; null when they may. */
  whyNotChange(claim: ClaimDto): string | null;
  onReattach(claim: ClaimDto): void;
  onDelete(claim: ClaimDto): void;
  onConfirm(claim: ClaimDto): void;
  onShow(claim: ClaimDto): void;
  headingRef?: Ref<HTMLHeadingElement>;
}

const percent = (score: number) => `${Math.round(score * 100)}%`;

/** A claim's old quote in the context stored with it, the quote marked. */
function OldQuote({ claim }: { claim: ClaimDto }) {
  return (
    <blockquote className={styles.context}>
      {claim.prefix ? <span className={styles.around}>…{claim.prefix}</span> : null}
      <mark className={styles.quote}>{claim.quote}</mark>
      {claim.suffix ? <span className={styles.around}>{claim.suffix}…</span> : null}
    </blockquote>
  );
}

/**
 * The claims an edit left for a person to look at, above the claim list: orphans (re-attach to the words now
 * selected, or delete) and fuzzy matches (the words before and now; confirm, or edit the span).
 */
export function ReviewList({ orphans, fuzzy, hasSelection, busyId, whyNotChange, onReattach, onDelete, onConfirm, onShow, headingRef }: ReviewListProps) {
  if (orphans.length === 0 && fuzzy.length === 0) return null;
  return (
    <section className={styles.review} aria-labelledby="review-heading">
      <h3 id="review-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
        Needs review <span className={styles.count}>{orphans.length + fuzzy.length}</span>
      </h3>
      <ul className={styles.list}>
        {orphans.map((claim) => {
          const blocked = whyNotChange(claim);
          return (
            <li key={claim.id} className={styles.item} aria-label={`Orphaned claim: ${claim.quote}`}>
              <p className={styles.meta}>
                <span className={`badge ${styles.orphanBadge}`}>Orphaned</span>
                <span>
                  {CLAIM_KIND_LABELS[claim.kind]}
                  {claim.kind === "attributed" ? ` · ${claimSource(claim)}` : ""}
                </span>
              </p>
              <OldQuote claim={claim} />
              <p className={styles.hint}>
                {hasSelection ? "Re-attach it to the words selected in the text, or delete it." : "Select its words in the new text to re-attach it, or delete it."}
              </p>
              <div className={styles.actions}>
                <button
                  type="button"
                  className="button small primary"
                  disabled={!hasSelection || busyId === claim.id || blocked !== null}
                  onClick={() => onReattach(claim)}
                  title={blocked ?? (hasSelection ? "Attach this claim to the selected words" : "Select words in the article first")}
                >
                  Re-attach to selection
                </button>
                <button
                  type="button"
                  className="button small danger"
                  disabled={busyId === claim.id || blocked !== null}
                  title={blocked ?? undefined}
                  onClick={() => onDelete(claim)}
                >
                  Delete
                </button>
              </div>
            </li>
          );
        })}
        {fuzzy.map((claim) => {
          const blocked = whyNotChange(claim);
          return (
            <li key={claim.id} className={styles.item} aria-label={`Fuzzy match to check: ${claim.quote}`}>
              <p className={styles.meta}>
                <span className={`badge ${styles.fuzzyBadge}`}>Fuzzy match · {percent(claim.fuzzy?.score ?? 0)}</span>
                <span>{claim.kind === "attributed" ? claimSource(claim) : CLAIM_KIND_LABELS[claim.kind]}</span>
              </p>
              <dl className={styles.compare}>
                <dt>Before</dt>
                <dd>
                  <del>{claim.fuzzy?.oldQuote}</del>
                </dd>
                <dt>Now</dt>
                <dd>
                  <ins>{claim.quote}</ins>
                </dd>
              </dl>
              <div className={styles.actions}>
                <button
                  type="button"
                  className="button small primary"
                  disabled={busyId === claim.id || blocked !== null}
                  title={blocked ?? undefined}
                  onClick={() => onConfirm(claim)}
                >
                  Looks right
                </button>
                <button type="button" className="button small" onClick={() => onShow(claim)}>
                  Show in text
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
