import { Fragment, type ReactNode } from "react";
import type { ClaimDto } from "@/lib/model";
import { describeClaim } from "@/components/workspace/claim-text";
import { claimParagraphs } from "./claim-pieces";
import styles from "./revision-text.module.css";

/** The id of a claim's first highlight, which the claims list links to. */
export const claimMarkId = (claimId: string) => `claim-${claimId}`;

/**
 * A revision's text, read-only: paragraphs split on blank lines, each claim a `<mark>` titled with its kind,
 * speaker and confidence. Where claims overlap, each piece of text nests the marks of every claim covering it,
 * outermost first. The text is rendered as text, never as HTML.
 */
export function RevisionText({ text, claims }: { text: string; claims: readonly ClaimDto[] }) {
  const paragraphs = claimParagraphs(text, claims);
  const seen = new Set<string>();
  return (
    <div className={styles.prose}>
      {paragraphs.length === 0 ? <p className={styles.empty}>This revision’s text is empty.</p> : null}
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.pieces.map((piece) => {
            let node: ReactNode = text.slice(piece.start, piece.end);
            // Wrap innermost first, so the outermost claim's mark ends up outside.
            for (const claim of [...piece.claims].reverse()) {
              const first = !seen.has(claim.id);
              node = (
                <mark
                  id={first ? claimMarkId(claim.id) : undefined}
                  className={`${styles.claim} ${styles[claim.kind]} ${styles[claim.confidence]}`}
                  title={describeClaim(claim)}
                  data-claim-id={claim.id}
                >
                  {node}
                </mark>
              );
            }
            for (const claim of piece.claims) seen.add(claim.id);
            return <Fragment key={piece.start}>{node}</Fragment>;
          })}
        </p>
      ))}
    </div>
  );
}

/** What the lines under the text mean: the kind by line style, the confidence by its weight. */
export function RevisionTextLegend() {
  return (
    <p className={styles.legend}>
      <span>
        <span className={`${styles.swatch} ${styles.attributed}`} aria-hidden="true">
          Abc
        </span>
        Attributed claim (solid line)
      </span>
      <span>
        <span className={`${styles.swatch} ${styles.reporter}`} aria-hidden="true">
          Abc
        </span>
        Reporter statement (dashed line)
      </span>
      <span>Thicker line: higher confidence</span>
    </p>
  );
}
