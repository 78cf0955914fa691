import { ShortQuote } from "@/components/workspace/short-quote";
import { CLAIM_KIND_LABELS, type ClaimDto } from "@/lib/model";
import { claimSource, CONFIDENCE_SHORT, sortClaims } from "@/components/workspace/claim-text";
import { claimMarkId } from "./revision-text";
import styles from "./revision-text.module.css";

function ClaimFacts({ claim }: { claim: ClaimDto }) {
  return (
    <>
      <span className={styles.itemMeta}>
        <span className={`badge ${claim.kind}`}>{CLAIM_KIND_LABELS[claim.kind]}</span>
        {claim.kind === "attributed" ? <span className={styles.source}>{claimSource(claim)}</span> : null}
        <span className={`badge confidence-${claim.confidence}`}>
          {CONFIDENCE_SHORT[claim.confidence]}
          <span className="visually-hidden"> confidence</span>
        </span>
      </span>
      <ShortQuote quote={claim.quote} className={styles.quote} />
      {claim.cue ? <span className={styles.cue}>Cue: {claim.cue}</span> : null}
    </>
  );
}

/**
 * The claims of a revision beside its text, in text order; each links to its highlight. Claims that had no place
 * in this text (orphaned by an earlier edit) follow in a list of their own.
 */
export function RevisionClaims({ claims, headingId }: { claims: readonly ClaimDto[]; headingId: string }) {
  const sorted = sortClaims(claims);
  const placed = sorted.filter((c) => c.start !== null && c.end !== null);
  const orphans = sorted.filter((c) => c.start === null || c.end === null);
  return (
    <aside className={`card ${styles.panel}`} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.panelHeading}>
        Claims <span className={styles.count}>{placed.length}</span>
      </h3>
      {placed.length === 0 ? (
        <p className={styles.panelNote}>No claims were anchored in this text.</p>
      ) : (
        <ol className={styles.claims}>
          {placed.map((claim) => (
            <li key={claim.id} className={`${styles.item} ${claim.kind === "attributed" ? styles.itemAttributed : styles.itemReporter}`}>
              <a href={`#${claimMarkId(claim.id)}`} className={styles.itemLink}>
                <ClaimFacts claim={claim} />
              </a>
            </li>
          ))}
        </ol>
      )}
      {orphans.length > 0 ? (
        <>
          <h4 className={styles.subHeading}>
            Orphaned <span className={`${styles.count} ${styles.orphanCount}`}>{orphans.length}</span>
          </h4>
          <p className={styles.panelNote}>These claims had lost their words in an earlier edit: they have no place in this text.</p>
          <ul className={styles.claims}>
            {orphans.map((claim) => (
              <li key={claim.id} className={`${styles.item} ${styles.orphan}`}>
                <span className={styles.itemBody}>
                  <ClaimFacts claim={claim} />
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
