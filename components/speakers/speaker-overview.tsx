import { formatDate } from "@/components/library/format";
import type { SpeakerProfileDto, SpeakerStatsDto } from "@/lib/speakers/model";
import { buildTimeline, timelineSummary } from "@/lib/speakers/timeline";
import { ClaimsTimelineChart } from "./claims-timeline-chart";
import { ConfidenceChart } from "./confidence-chart";
import styles from "./speaker-page.module.css";

/**
 * A speaker's overview: the figures (claims, articles, first and latest claim), the chart of claims over time by
 * confidence, the confidence distribution, and both charts in words.
 */
export function SpeakerOverview({ speaker, stats }: { speaker: SpeakerProfileDto; stats: SpeakerStatsDto }) {
  const timeline = buildTimeline(stats.days);
  const summary = timelineSummary(timeline, stats.confidenceCounts);
  const first = stats.days[0]?.day ?? null;
  const latest = formatDate(speaker.latestClaimAt);
  return (
    <section aria-label="Overview" className={styles.overview}>
      <dl className={`card ${styles.figures}`}>
        <div>
          <dt>Claims</dt>
          <dd>{speaker.claimCount.toLocaleString("en-US")}</dd>
        </div>
        <div>
          <dt>Articles</dt>
          <dd>{stats.articleCount.toLocaleString("en-US")}</dd>
        </div>
        <div>
          <dt>First claim</dt>
          <dd className={styles.figureDate}>{formatDate(first) ?? "—"}</dd>
        </div>
        <div>
          <dt>Latest claim</dt>
          <dd className={styles.figureDate}>{latest ?? "—"}</dd>
        </div>
      </dl>
      <figure className={`card ${styles.chartCard}`}>
        <div className={styles.chartHead}>
          <figcaption id="timeline-title" className={styles.chartTitle}>
            Claims over time
          </figcaption>
          <div className={styles.legend} aria-hidden="true">
            <span>
              <i className={styles.fill_high} /> High
            </span>
            <span>
              <i className={styles.fill_moderate} /> Moderate
            </span>
            <span>
              <i className={styles.fill_low} /> Low
            </span>
          </div>
        </div>
        <div className={styles.chartScroll}>
          <ClaimsTimelineChart timeline={timeline} labelledBy="timeline-title" describedBy="chart-summary" />
        </div>
      </figure>
      <figure className={`card ${styles.chartCard}`}>
        <figcaption id="confidence-title" className={styles.chartTitle}>
          Confidence
        </figcaption>
        <div className={styles.confidenceBody}>
          <ConfidenceChart counts={stats.confidenceCounts} labelledBy="confidence-title" describedBy="chart-summary" />
        </div>
      </figure>
      <p id="chart-summary" className={styles.chartSummary}>
        {summary}
      </p>
    </section>
  );
}
