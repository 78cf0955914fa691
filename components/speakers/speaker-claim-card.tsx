import Link from "@/components/app-link";
import { formatDate, sourceHost } from "@/components/library/format";
import { CONFIDENCE_LABELS } from "@/lib/model";
import type { SpeakerClaimDto } from "@/lib/speakers/model";
import styles from "./speaker-page.module.css";

/** Where a claim opens in its article's workspace: scrolled to, highlighted and selected. */
export const claimHref = (claim: Pick<SpeakerClaimDto, "id" | "articleId">) => `/articles/${claim.articleId}?claim=${claim.id}`;

/** An article's title, date and source, as a line under a claim or as the head of an article's group. */
export function ArticleLine({ article, heading = false }: { article: SpeakerClaimDto["article"]; heading?: boolean }) {
  const host = sourceHost(article.sourceUrl);
  const date = formatDate(article.publishedAt);
  const Title = heading ? "h3" : "p";
  return (
    <div className={heading ? styles.groupHead : styles.articleLine}>
      <Title className={styles.articleTitle}>
        <Link href={`/articles/${article.id}`}>{article.title}</Link>
      </Title>
      <p className={styles.articleMeta}>
        {date ? <time dateTime={article.publishedAt ?? undefined}>{date}</time> : <span>Undated (imported {formatDate(article.date)})</span>}
        {host && article.sourceUrl ? (
          <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer">
            {host}
            <span className="visually-hidden"> (source, opens in a new tab)</span>
          </a>
        ) : null}
      </p>
    </div>
  );
}

/**
 * One claim on the speaker page: the sentence it sits in with the claim highlighted, its confidence, cue and
 * note, and the link into the workspace. With `showArticle`, the article is named above it (the one-list view).
 */
export function SpeakerClaimCard({ claim, showArticle }: { claim: SpeakerClaimDto; showArticle: boolean }) {
  const { text, quoteStart, quoteEnd, clippedBefore, clippedAfter } = claim.sentence;
  return (
    <article className={styles.claim} aria-label={`Claim: ${claim.quote.length > 80 ? `${claim.quote.slice(0, 80)}…` : claim.quote}`}>
      {showArticle ? <ArticleLine article={claim.article} /> : null}
      <blockquote className={styles.sentence}>
        {clippedBefore ? <span className={styles.ellipsis}>… </span> : null}
        {text.slice(0, quoteStart)}
        <mark className={`${styles.quote} ${styles[`quote_${claim.confidence}`]}`}>{text.slice(quoteStart, quoteEnd)}</mark>
        {text.slice(quoteEnd)}
        {clippedAfter ? <span className={styles.ellipsis}> …</span> : null}
      </blockquote>
      <div className={styles.claimMeta}>
        <span className={`badge confidence-${claim.confidence}`}>{CONFIDENCE_LABELS[claim.confidence]}</span>
        {claim.cue ? (
          <span className={styles.cue}>
            <span className={styles.metaLabel}>Cue</span> {claim.cue}
          </span>
        ) : null}
        <span className={styles.spacer} />
        <Link href={claimHref(claim)} className={styles.open}>
          Open in article<span className="visually-hidden">: {claim.article.title}</span> <span aria-hidden="true">→</span>
        </Link>
      </div>
      {claim.note ? (
        <p className={styles.note}>
          <span className={styles.metaLabel}>Note</span> {claim.note}
        </p>
      ) : null}
    </article>
  );
}
